import { Component, Suspense, type ReactNode } from 'react';
import { useSignedInUser } from '../features/auth/current-user';
import type { AppRoute } from './route-table';
import { useDocumentTitle } from './useDocumentTitle';

/**
 * One page of the route table: sets its title, refuses roles that may not use
 * it (the API refuses their data anyway), and loads its code on demand.
 */
export function RoutePage({ route }: { route: AppRoute }) {
  const user = useSignedInUser();
  const allowed = route.access.includes(user.role);
  const Page = route.page;

  return (
    <>
      <RouteTitle title={allowed ? route.title : 'You cannot use this page'} />
      {allowed ? (
        <PageLoadBoundary>
          <Suspense fallback={<PageLoading />}>
            <Page />
          </Suspense>
        </PageLoadBoundary>
      ) : (
        <>
          <h1 className="heading-xl">You cannot use this page</h1>
          <p>Your role does not give you access to {route.title.toLowerCase()}. If you need it, ask your administrator.</p>
        </>
      )}
    </>
  );
}

/** Rendered before the page, so a page that sets its own title overrides this one. */
function RouteTitle({ title }: { title: string }) {
  useDocumentTitle(title);
  return null;
}

export function PageLoading() {
  return (
    <p role="status" className="query-state__status--loading">
      Loading the page…
    </p>
  );
}

/** A page's code failed to load (e.g. the app was updated while it was open). */
class PageLoadBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="query-state__error">
        <h1 className="heading-l">This page could not be shown</h1>
        <p>Something went wrong while loading it. Reload the page to try again.</p>
        <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    );
  }
}
