import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config/config';

const CHECK_TIMEOUT_MS = 2000;

/** GET /healthz: 200 when the database answers, 503 when it does not (for load balancers and compose). */
export function healthRoute(dataSource: DataSource, database: DatabaseConfig) {
  return async (_req: Request, res: Response) => {
    let reachable = false;
    let error: string | undefined;
    try {
      await Promise.race([
        dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS).unref()),
      ]);
      reachable = true;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    res.status(reachable ? 200 : 503).json({
      status: reachable ? 'ok' : 'error',
      database: { dialect: database.dialect, reachable, ...(error ? { error } : {}) },
    });
  };
}
