/**
 * POST /import/service-activity: social care activity figures (table 6) as CSV,
 * the raw request body (Content-Type: text/csv), beside /import/contacts and
 * with its conventions. Answers
 *   201 { imported, financialYears }  every row saved (a year already entered is replaced), in one transaction
 *   200 { valid }                     ?dryRun=true and every row would be saved
 *   400 { error, problems, ... }      nothing saved; each problem names its line and column
 *   413 / 415 { error }               too large; not CSV, or compressed
 */
import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { requireRole } from '../auth/http-auth';
import { ACCESS } from '../auth/role';
import { saveServiceActivity } from '../service-activity/service-activity.service';
import { uploadRefusal } from './contact-import.route';
import { readServiceActivityCsv, SERVICE_ACTIVITY_IMPORT_LIMITS } from './service-activity-import';

export function serviceActivityImportRouter(dataSource: DataSource): Router {
  const router = Router();
  router.post('/service-activity', requireRole(ACCESS.SERVICE_ACTIVITY_WRITE), importServiceActivityRoute(dataSource));
  return router;
}

const tooLarge = `The file is larger than ${SERVICE_ACTIVITY_IMPORT_LIMITS.maxBytes / 1024} KB; service activity needs one row a year.`;

/** The whole (small) body, or null once it passes the byte limit. */
function readBody(req: Request): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= SERVICE_ACTIVITY_IMPORT_LIMITS.maxBytes) chunks.push(chunk);
    });
    req.on('end', () => resolve(bytes > SERVICE_ACTIVITY_IMPORT_LIMITS.maxBytes ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function importServiceActivityRoute(dataSource: DataSource) {
  return async (req: Request, res: Response) => {
    const dryRunParam = req.query.dryRun ?? 'false';
    if (dryRunParam !== 'true' && dryRunParam !== 'false') {
      res.status(400).json({ error: "dryRun must be 'true' or 'false'." });
      return;
    }
    const refusal = uploadRefusal(req.headers, SERVICE_ACTIVITY_IMPORT_LIMITS);
    if (refusal) {
      res.status(refusal.status).json({ error: refusal.status === 413 ? tooLarge : refusal.error });
      return;
    }
    const body = await readBody(req);
    if (!body) {
      res.status(413).json({ error: tooLarge });
      return;
    }
    const read = readServiceActivityCsv(body);
    if (!read.ok) {
      const n = read.problems.length;
      res.status(400).json({ error: `${n} problem${n === 1 ? '' : 's'} in the file; nothing was imported.`, problemCount: n, rowsChecked: read.rows, problems: read.problems });
      return;
    }
    if (dryRunParam === 'true') {
      res.status(200).json({ valid: read.rows.length });
      return;
    }
    const saved = await saveServiceActivity(dataSource, read.rows);
    res.status(201).json({ imported: saved.length, financialYears: saved.map((s) => s.financialYear) });
  };
}
