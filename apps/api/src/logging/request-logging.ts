/**
 * One JSON log line per HTTP request: id, method, path, status, time taken,
 * the client address as trusted by 'trust proxy'. Headers and bodies are not
 * logged, so cookies, tokens and submitted personal details stay out.
 * Health probes are logged only when their response fails.
 *
 * The same lines pino-http wrote (level by status, 'request completed',
 * 'request aborted' or 'request errored', `err` on failures), done by hand:
 * pino-http built three child loggers per request, each serialising and
 * redacting its bindings, though almost no request logs through one. Here
 * req.log (the request-id logger code may use) is made on first use, and the
 * line itself is one call on the shared logger, skipped when its level is off.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Level, Logger } from 'pino';
import { assignRequestId } from '../http/request-id';
import { logger } from './logger';

declare module 'http' {
  interface IncomingMessage {
    /** The request id (assignRequestId): logged, echoed as X-Request-Id. */
    id?: string;
    /** A logger whose lines carry this request's id. */
    log?: Logger;
  }
}

/** The line's level for an answer: errors for failures, warnings for refusals. */
function levelOf(res: ServerResponse, error?: Error): Level {
  return error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info';
}

/** req.log, made when first read (a getter per request costs less than a child logger nobody uses). */
function giveRequestLogger(req: IncomingMessage, reqId: string): void {
  let child: Logger | undefined;
  Object.defineProperty(req, 'log', {
    configurable: true,
    enumerable: true,
    get: () => (child ??= logger.child({ reqId })),
    set: (value: Logger) => (child = value),
  });
}

function logCompletion(req: Request, res: Response, reqId: string, started: number, error?: Error): void {
  const level = levelOf(res, error);
  if (!logger.isLevelEnabled(level)) return;
  const line = {
    reqId,
    // originalUrl: a mounted router (app.use('/graphql', …)) has rewritten req.url by the time the answer is sent.
    req: { method: req.method, path: (req.originalUrl || req.url).split('?')[0] },
    clientAddress: req.ip,
    res: { statusCode: res.statusCode },
  };
  const responseTime = Date.now() - started;
  if (error || res.statusCode >= 500) {
    logger[level]({ ...line, err: error ?? new Error(`failed with status code ${res.statusCode}`), responseTime }, 'request errored');
  } else {
    logger[level]({ ...line, responseTime }, !req.readableAborted && res.writableEnded ? 'request completed' : 'request aborted');
  }
}

export function requestLogging(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const reqId = (req.id ||= assignRequestId(req, res));
    giveRequestLogger(req, reqId);
    const started = Date.now();
    let logged = false;
    const complete = (error?: Error) => {
      if (logged) return;
      logged = true;
      logCompletion(req, res, reqId, started, error);
    };
    if (req.url !== '/healthz') {
      res.on('finish', complete);
      res.on('close', complete);
    }
    // As pino-http did: a response that fails is logged, a probe's too.
    res.on('error', complete);
    next();
  };
}
