import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { SignedInLayout } from './layout/SignedInLayout';
import { SiteFrame } from './layout/SiteFrame';
import { PageLoading, RoutePage } from './RoutePage';
import { APP_ROUTES } from './route-table';

const SignInRoute = lazy(() => import('../routes/sign-in.route'));
const NotFoundRoute = lazy(() => import('../routes/not-found.route'));
const HaveYourSayRoute = lazy(() => import('../routes/have-your-say.route'));

/**
 * The sign-in page is public; every page in the route table sits behind the
 * sign-in guard (SignedInLayout). Used by App and, inside a MemoryRouter, by tests.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/sign-in"
        element={
          <SiteFrame>
            <Suspense fallback={<PageLoading />}>
              <SignInRoute />
            </Suspense>
          </SiteFrame>
        }
      />
      {/* Public, like sign-in: children and young people tell the service what happened without an account. */}
      <Route
        path="/have-your-say"
        element={
          <SiteFrame>
            <Suspense fallback={<PageLoading />}>
              <HaveYourSayRoute />
            </Suspense>
          </SiteFrame>
        }
      />
      <Route element={<SignedInLayout />}>
        {APP_ROUTES.map((route) => (
          <Route key={route.path} path={route.path} element={<RoutePage route={route} />} />
        ))}
        <Route
          path="*"
          element={
            <Suspense fallback={<PageLoading />}>
              <NotFoundRoute />
            </Suspense>
          }
        />
      </Route>
    </Routes>
  );
}
