/**
 * What a GraphQL client may learn from an error, in every mode: the refusals
 * the API means to make (known codes) pass with their message and extensions;
 * anything else (a bug, SQL, driver text, a stack) becomes a generic message
 * quoting the request id, and the original goes to the log under that id.
 * A database outage becomes SERVICE_UNAVAILABLE with HTTP 503.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { fieldOfVariableError } from './errors';
import { shortenQuotedValues } from './long-values';
import { currentRequestId } from '../http/request-id';
import { logger } from '../logging/logger';

/**
 * Codes whose errors the API raises on purpose, with messages written for the
 * client. A new deliberate code must be added here, or clients see INTERNAL_SERVER_ERROR.
 */
export const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_DEEP',
  'QUERY_TIMEOUT',
  'TOO_MANY_ATTEMPTS',
  'PASSWORD_CHANGE_REQUIRED',
  'TOO_MANY_REQUESTS',
  // An aggregate stopped because its client went away: nobody reads it, and it is no fault to log.
  'CLIENT_CLOSED_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'SERVICE_UNAVAILABLE',
  // Apollo's own:
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Extensions never sent, whatever the code: debugging detail and Apollo's transport hints. */
const PRIVATE_EXTENSIONS = ['stacktrace', 'exception', 'originalError', 'http'];

export const UNAVAILABLE_MESSAGE = 'The database is unavailable; try again in a moment.';

export function internalErrorMessage(requestId: string | undefined): string {
  return requestId
    ? `Something went wrong; quote request id ${requestId} if you report it.`
    : 'Something went wrong.';
}

function publicExtensions(extensions: Record<string, unknown> | undefined): Record<string, unknown> {
  const kept = { ...extensions };
  for (const key of PRIVATE_EXTENSIONS) delete kept[key];
  return kept;
}

/** Apollo's formatError: see the module comment. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const requestId = currentRequestId();
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
  const where = { locations: formatted.locations, path: formatted.path };
  if (CLIENT_ERROR_CODES.has(code)) {
    const extensions = publicExtensions(formatted.extensions);
    // A value GraphQL itself refuses (an unknown enum value) names its field as our own checks do.
    if (code === 'BAD_USER_INPUT' && extensions.field === undefined) {
      const field = fieldOfVariableError(formatted.message);
      if (field) extensions.field = field;
    }
    // The field is read from the whole message first; the answer quotes a long refused value only in part.
    return { message: shortenQuotedValues(formatted.message), ...where, extensions: { ...extensions, code, requestId } };
  }
  const original = unwrapResolverError(error);
  if (isDatabaseUnavailable(original)) {
    logger.error({ reqId: requestId, err: original, path: formatted.path }, 'database unavailable');
    return { message: UNAVAILABLE_MESSAGE, ...where, extensions: { code: 'SERVICE_UNAVAILABLE', requestId } };
  }
  logger.error({ reqId: requestId, err: original, code, path: formatted.path }, 'unexpected error answering GraphQL');
  return { message: internalErrorMessage(requestId), ...where, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } };
}

/** Answers 503 when any error in the response is a database outage (formatError cannot set the status). */
export function errorStatusPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (errors.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) response.http.status = 503;
        },
      };
    },
  };
}
