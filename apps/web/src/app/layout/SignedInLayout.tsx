import { Navigate, Outlet, useLocation } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { SignedInUserContext, useCurrentUserQuery } from '../../features/auth/current-user';
import { signInPath } from '../../features/auth/sign-in-redirect';
import { CHANGE_PASSWORD_PATH } from '../../features/account/change-password-form';
import { SiteFrame } from './SiteFrame';

/**
 * The route guard and frame for every signed-in page: asks the API who is
 * signed in, sends anyone who is not to the sign-in page (remembering where
 * they were going) and anyone holding a temporary password to change it, and
 * otherwise renders the page with the navigation their role may use.
 */
export function SignedInLayout() {
  const [result, reexecute] = useCurrentUserQuery();
  const location = useLocation();
  const user = result.data?.me;

  if (result.data && !user && !result.fetching) {
    return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  }

  // A temporary password allows nothing else (the API refuses everything with PASSWORD_CHANGE_REQUIRED).
  if (user?.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
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
