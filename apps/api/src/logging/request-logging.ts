/**
 * One JSON log line per HTTP request (pino-http): id, method, path, status,
 * time taken, the client address as trusted by 'trust proxy'. Headers and
 * bodies are not logged, so cookies, tokens and submitted personal details stay out.
 * Health probes are logged only when they fail.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import type { Request } from 'express';
import { pinoHttp } from 'pino-http';
import { assignRequestId } from '../http/request-id';
import { logger } from './logger';

export function requestLogging() {
  return pinoHttp({
    logger,
    genReqId: assignRequestId,
    quietReqLogger: true,
    autoLogging: { ignore: (req: IncomingMessage) => req.url === '/healthz' },
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    customProps: (req: IncomingMessage) => ({ clientAddress: (req as Request).ip }),
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
