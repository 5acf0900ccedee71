/**
 * Every request gets an id that the client sees (X-Request-Id response header,
 * `extensions.requestId` on errors) and every log line about it carries, so a
 * user quoting it leads straight to the server's record of what went wrong.
 * A caller's own X-Request-Id (e.g. from a proxy) is kept only when it is a
 * short, plain token: anything else could forge or garble log lines.
 */
import { AsyncLocalStorage } from 'async_hooks';
import { randomUUID } from 'crypto';
import type { IncomingMessage, ServerResponse } from 'http';
import type { NextFunction, Request, Response } from 'express';

export const REQUEST_ID_HEADER = 'X-Request-Id';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export function isSafeRequestId(value: unknown): value is string {
  return typeof value === 'string' && SAFE_REQUEST_ID.test(value);
}

/** The caller's X-Request-Id when safe, else a new UUID; echoed on the response. */
export function assignRequestId(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers['x-request-id'];
  const id = isSafeRequestId(incoming) ? incoming : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

/** The id request logging gave this request (assignRequestId), or a fresh one if it never ran. */
export function requestIdOf(req: Request): string {
  return typeof req.id === 'string' ? req.id : String(req.id ?? randomUUID());
}

const scope = new AsyncLocalStorage<string>();

/**
 * Makes the request id visible to code that is not handed the request (Apollo's
 * formatError). Mount it right before the handler that needs it: stream events
 * from body parsing run outside an async scope opened earlier.
 */
export function requestIdScope(req: Request, _res: Response, next: NextFunction): void {
  scope.run(requestIdOf(req), next);
}

export function currentRequestId(): string | undefined {
  return scope.getStore();
}
