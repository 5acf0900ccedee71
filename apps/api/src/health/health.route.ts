import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { logger } from '../logging/logger';

const CHECK_TIMEOUT_MS = 2000;

/**
 * GET /healthz, for load balancers and compose: 200 {"status":"ok"} when the
 * database answers, 503 {"status":"unavailable"} when it does not. Nothing
 * more, to anyone: why it failed goes to the log, not to the caller.
 */
export function healthRoute(dataSource: DataSource) {
  return async (_req: Request, res: Response) => {
    try {
      await Promise.race([
        dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS).unref()),
      ]);
      res.status(200).json({ status: 'ok' });
    } catch (error) {
      logger.warn({ err: error, dialect: dataSource.options.type }, 'health check: database unreachable');
      res.status(503).json({ status: 'unavailable' });
    }
  };
}
