import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';

/** The parts of an urql `useQuery` result that QueryState needs. */
export interface QueryResultLike<Data> {
  fetching: boolean;
  error?: CombinedError | undefined;
  data?: Data | undefined;
}

export interface QueryStateProps<Data> {
  /** The urql result, e.g. the first element returned by `useQuery`. */
  result: QueryResultLike<Data>;
  /** What is being loaded, in lower case, e.g. "record types". Used in the messages. */
  label: string;
  /** Whether loaded data counts as empty; when it does, `empty` is shown instead of `children`. */
  isEmpty?: (data: Data) => boolean;
  /** The empty-state message. Defaults to "There are no {label} yet." */
  empty?: ReactNode;
  /** Shows a "Try again" button in the error state. */
  onRetry?: () => void;
  /** Renders the loaded, non-empty data. */
  children: (data: Data) => ReactNode;
}

/**
 * One way to show the loading, error, empty and loaded states of a query.
 *
 * Loading and empty messages go in a live region (role="status") that stays in
 * the DOM for the component's lifetime, so screen readers announce changes to
 * it; errors use role="alert". Messages are text, never colour alone.
 */
export function QueryState<Data>({ result, label, isEmpty, empty, onRetry, children }: QueryStateProps<Data>) {
  const { fetching, error, data } = result;
  const hasData = data !== undefined && data !== null;
  const isEmptyData = hasData && !fetching && (isEmpty?.(data) ?? false);

  let statusMessage: ReactNode = null;
  if (fetching) {
    statusMessage = hasData ? `Refreshing ${label}…` : `Loading ${label}…`;
  } else if (isEmptyData) {
    statusMessage = empty ?? `There are no ${label} yet.`;
  }

  return (
    <div className="query-state" aria-busy={fetching}>
      <div
        role="status"
        className={
          statusMessage === null
            ? 'query-state__status'
            : `query-state__status query-state__status--${fetching ? 'loading' : 'empty'}`
        }
      >
        {statusMessage}
      </div>

      {error && (
        <div role="alert" className="query-state__error">
          <h3 className="query-state__error-title">There is a problem</h3>
          <p>{describeError(error, label)}</p>
          {onRetry && (
            <button type="button" className="button button--secondary" onClick={onRetry} disabled={fetching}>
              Try again
            </button>
          )}
          <details className="query-state__details">
            <summary>Technical details</summary>
            <p className="query-state__technical">{error.message}</p>
          </details>
        </div>
      )}

      {hasData && !isEmptyData && children(data)}
    </div>
  );
}

/** What went wrong, in words: the API's own message where it is meant for people. */
export function describeError(error: CombinedError, label: string): string {
  const first = error.graphQLErrors[0];
  const code = first?.extensions?.code;
  if (error.networkError && !first) {
    return `The ${label} could not be loaded because Complaints Insight could not reach its server. Check your connection and try again.`;
  }
  if (code === 'UNAUTHENTICATED') return `Your session has ended. Sign in again to see the ${label}.`;
  if (code === 'FORBIDDEN') return `Your role does not allow you to see the ${label}.`;
  if (code === 'BAD_USER_INPUT' && first) return `The ${label} could not be shown. ${first.message}`;
  // The server's queues were full or the wait too long: nothing is wrong with the question.
  if (code === 'SERVER_BUSY' || code === 'TOO_MANY_REQUESTS') return `Complaints Insight is busy. Wait a moment, then try again to see the ${label}.`;
  return `The server could not load the ${label}. Try again, and if the problem continues contact the system administrator.`;
}
