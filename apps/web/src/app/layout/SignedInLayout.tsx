import { Navigate, Outlet, useLocation } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { SignedInUserContext, useCurrentUserQuery } from '../../features/auth/current-user';
import { signInPath } from '../../features/auth/sign-in-redirect';
import { SiteFrame } from './SiteFrame';

/**
 * The route guard and frame for every signed-in page: asks the API who is
 * signed in, sends anyone who is not to the sign-in page (remembering where
 * they were going), and otherwise renders the page with the navigation their
 * role may use.
 */
export function SignedInLayout() {
  const [result, reexecute] = useCurrentUserQuery();
  const location = useLocation();
  const user = result.data?.me;

  if (result.data && !user && !result.fetching) {
    return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  }

  if (!user) {
    return (
      <SiteFrame>
        <QueryState result={result} label="your account" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          {() => null}
        </QueryState>
      </SiteFrame>
    );
  }

  return (
    <SignedInUserContext.Provider value={user}>
      <SiteFrame user={user}>
        <Outlet />
      </SiteFrame>
    </SignedInUserContext.Provider>
  );
}
