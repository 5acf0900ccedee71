/**
 * POST /import/ombudsman-statistics: the Ombudsman's per-council statistics as
 * CSV (Content-Type: text/csv), with the conventions of /import/service-activity:
 *   201 { imported }   every row saved in one transaction
 *   200 { valid }      ?dryRun=true and every row would be saved
 *   400 { error, problems }  nothing saved; each problem names its line and column
 */
import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { requireRole } from '../auth/http-auth';
import { ACCESS } from '../auth/role';
import { uploadRefusal } from '../import/contact-import.route';
import { OMBUDSMAN_IMPORT_LIMITS, readOmbudsmanStatisticsCsv } from './ombudsman-statistics-import';
import { saveOmbudsmanStatistics } from './ombudsman.service';

function readBody(req: Request): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= OMBUDSMAN_IMPORT_LIMITS.maxBytes) chunks.push(chunk);
    });
    req.on('end', () => resolve(bytes > OMBUDSMAN_IMPORT_LIMITS.maxBytes ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function ombudsmanImportRouter(dataSource: DataSource): Router {
  const router = Router();
  const tooLarge = `The file is larger than ${OMBUDSMAN_IMPORT_LIMITS.maxBytes / 1024 / 1024} MB.`;
  router.post('/ombudsman-statistics', requireRole(ACCESS.OMBUDSMAN_WRITE), async (req: Request, res: Response) => {
    const dryRun = req.query.dryRun ?? 'false';
    if (dryRun !== 'true' && dryRun !== 'false') {
      res.status(400).json({ error: "dryRun must be 'true' or 'false'." });
      return;
    }
    const refusal = uploadRefusal(req.headers, OMBUDSMAN_IMPORT_LIMITS);
    if (refusal) {
      res.status(refusal.status).json({ error: refusal.status === 413 ? tooLarge : refusal.error });
      return;
    }
    const body = await readBody(req);
    if (!body) {
      res.status(413).json({ error: tooLarge });
      return;
    }
    const read = readOmbudsmanStatisticsCsv(body);
    if (!read.ok) {
      const n = read.problems.length;
      res.status(400).json({ error: `${n} problem${n === 1 ? '' : 's'} in the file; nothing was imported.`, problemCount: n, rowsChecked: read.rows, problems: read.problems });
      return;
    }
    if (dryRun === 'true') {
      res.status(200).json({ valid: read.rows.length });
      return;
    }
    res.status(201).json({ imported: await saveOmbudsmanStatistics(dataSource, read.rows) });
  });
  return router;
}
