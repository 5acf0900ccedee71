/**
 * The last word on any HTTP request that a route did not answer: JSON in the
 * same shape as a GraphQL error response, never Express's HTML page, a stack,
 * SQL or driver text. Malformed or oversized bodies are the client's fault
 * (400/413); a database outage is 503; anything else is 500, logged with the
 * request id that the client is told to quote.
 */
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { internalErrorMessage, UNAVAILABLE_MESSAGE } from '../graphql/error-posture';
import { requestIdOf } from './request-id';

export interface HttpErrorAnswer {
  status: number;
  code: string;
  message: string;
}

/** express.json's limit for GraphQL requests (file uploads have their own routes and limits). */
export const JSON_BODY_LIMIT = '1mb';

/** What body-parser's errors (they carry `type` and `status`) mean for the client. */
const BODY_ERRORS: Record<string, HttpErrorAnswer> = {
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' },
  'entity.too.large': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is larger than 1 MB.' },
  'entity.verify.failed': { status: 400, code: 'BAD_REQUEST', message: 'The request body was refused.' },
  'request.aborted': { status: 400, code: 'BAD_REQUEST', message: 'The request body ended early.' },
  'request.size.invalid': { status: 400, code: 'BAD_REQUEST', message: 'The request body does not match its Content-Length.' },
  'encoding.unsupported': { status: 415, code: 'BAD_REQUEST', message: 'The request body must not be compressed.' },
  'charset.unsupported': { status: 415, code: 'BAD_REQUEST', message: 'The request body must be UTF-8.' },
  'parameters.too.many': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request has too many parameters.' },
};

/** Pure: how to answer an error thrown while handling a request. */
export function answerFor(error: unknown, requestId: string): HttpErrorAnswer {
  const e = (error ?? {}) as { type?: unknown; status?: unknown; statusCode?: unknown };
  if (typeof e.type === 'string' && BODY_ERRORS[e.type]) return BODY_ERRORS[e.type];
  if (isDatabaseUnavailable(error)) return { status: 503, code: 'SERVICE_UNAVAILABLE', message: UNAVAILABLE_MESSAGE };
  const status = Number(e.status ?? e.statusCode);
  // Other client errors raised by Express or its middleware (e.g. a malformed URL): say only that it was bad.
  if (Number.isInteger(status) && status >= 400 && status < 500) {
    return { status, code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', message: 'The request could not be understood.' };
  }
  return { status: 500, code: 'INTERNAL_SERVER_ERROR', message: internalErrorMessage(requestId) };
}

export function sendError(res: Response, requestId: string, answer: HttpErrorAnswer): void {
  res.status(answer.status).json({ errors: [{ message: answer.message, extensions: { code: answer.code, requestId } }] });
}

/** Express's final error handler (mounted last). */
export function errorHandler(): ErrorRequestHandler {
  return (error, req: Request, res: Response, next) => {
    const requestId = requestIdOf(req);
    const answer = answerFor(error, requestId);
    const log = req.log ?? undefined;
    if (answer.status >= 500) log?.error({ err: error }, answer.code === 'SERVICE_UNAVAILABLE' ? 'database unavailable' : 'unexpected error');
    // The parser's message can quote the body: log its type only.
    else log?.warn({ code: answer.code, type: (error as { type?: unknown })?.type }, 'request refused');
    // Part of the answer already went out (a streamed export): all that is left is to cut the connection.
    if (res.headersSent) {
      next(error);
      return;
    }
    sendError(res, requestId, answer);
  };
}

/** 404 for paths no route claims, in the same JSON shape. */
export function notFoundHandler(): RequestHandler {
  return (req, res) => sendError(res, requestIdOf(req), { status: 404, code: 'NOT_FOUND', message: 'Nothing here.' });
}
