/** How refused or stopped aggregate work is told to clients, over GraphQL and on the CSV/HTML routes. */
import { GraphQLError } from 'graphql';

export const TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS';
export const QUERY_TIMEOUT = 'QUERY_TIMEOUT';
/** nginx's name (and status, 499) for a request whose client went away before its answer. */
export const CLIENT_CLOSED_REQUEST = 'CLIENT_CLOSED_REQUEST';

/** `waitedMs`: refused after waiting that long in the queue (else refused at once, the queue being full). */
export function tooManyAggregates(refusedBy: 'user' | 'global', limit: number, waitedMs?: number): GraphQLError {
  const message =
    refusedBy === 'user'
      ? `Too many trend and report queries at once: at most ${limit} may run at once for each user. Wait for one to finish, then try again.`
      : waitedMs !== undefined
        ? `The server is busy: this query waited ${duration(waitedMs)} for one of the ${limit} trend and report queries it runs at once. Try again in a moment.`
        : `The server is already running ${limit} trend and report queries, and as many more are waiting as it queues. Try again in a moment.`;
  return new GraphQLError(message, { extensions: { code: TOO_MANY_REQUESTS, limit, per: refusedBy === 'user' ? 'USER' : 'SERVER' } });
}

function duration(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

export function aggregateTimedOut(limitMs: number): GraphQLError {
  return new GraphQLError(
    `The query was stopped at its time limit of ${duration(limitMs)}: ask for a narrower range (fewer years or a single year), a coarser granularity, or add a filter.`,
    { extensions: { code: QUERY_TIMEOUT, limitMs } },
  );
}

/** Its client went away while it ran, so its statements were stopped. No one reads this; it keeps the stop out of the error log. */
export function aggregateAbandoned(): GraphQLError {
  return new GraphQLError('The query was stopped because its client went away before the answer.', {
    extensions: { code: CLIENT_CLOSED_REQUEST },
  });
}

/** The HTTP status and one-line message for an aggregate refusal on a REST route; null for any other error. */
export function aggregateRefusalForHttp(error: unknown): { status: 429 | 499 | 503; message: string } | null {
  if (!(error instanceof GraphQLError)) return null;
  if (error.extensions.code === TOO_MANY_REQUESTS) return { status: 429, message: error.message };
  if (error.extensions.code === QUERY_TIMEOUT) return { status: 503, message: error.message };
  if (error.extensions.code === CLIENT_CLOSED_REQUEST) return { status: 499, message: error.message };
  return null;
}
