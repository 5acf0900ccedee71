import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { ACCESSIBILITY_STATEMENT_PATH } from '../features/accessibility/accessibility-statement-path';
import { OpenToAllFrame } from './layout/OpenToAllFrame';
import { SignedInLayout } from './layout/SignedInLayout';
import { SiteFrame } from './layout/SiteFrame';
import { PageLoading, RoutePage } from './RoutePage';
import { APP_ROUTES } from './route-table';

const SignInRoute = lazy(() => import('../routes/sign-in.route'));
const NotFoundRoute = lazy(() => import('../routes/not-found.route'));
const HaveYourSayRoute = lazy(() => import('../routes/have-your-say.route'));
const AccessibilityStatementRoute = lazy(() => import('../routes/accessibility.route'));

/** A page anyone may open, loaded when first visited, in its frame (by default the one without navigation). */
function PublicPage({ page: Page, frame: Frame = SiteFrame }: { page: ComponentType; frame?: ComponentType<{ children: ReactNode }> }) {
  return (
    <Frame>
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    </Frame>
  );
}

/**
 * The sign-in, "Have your say" and accessibility statement pages are public; every page in the route table sits behind the
 * sign-in guard (SignedInLayout). Used by App and, inside a MemoryRouter, by tests.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<PublicPage page={SignInRoute} />} />
      {/* Public, like sign-in: children and young people tell the service what happened without an account. */}
      <Route path="/have-your-say" element={<PublicPage page={HaveYourSayRoute} />} />
      {/* Public: the regulations want it reachable by anyone, from every page (the footer links to it). */}
      <Route path={ACCESSIBILITY_STATEMENT_PATH} element={<PublicPage page={AccessibilityStatementRoute} frame={OpenToAllFrame} />} />
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
