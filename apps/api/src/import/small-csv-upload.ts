/**
 * One handler for the small, all-or-nothing CSV uploads (service activity, the
 * Ombudsman's statistics), with the conventions of /import/contacts:
 *   201 { ...what save answers }  every row saved, in one transaction
 *   200 { valid }                 ?dryRun=true and every row would be saved
 *   400 { error, problems, ... }  nothing saved; each problem names its line and column
 *   413 / 415 { error }           too large; not CSV, or compressed
 * Bodies are read whole (they are a few rows a year); /import/contacts streams instead.
 */
import type { Request, RequestHandler, Response } from 'express';
import { uploadRefusal } from './contact-import.route';
import type { ImportLimits, ImportProblem } from './contact-import';

export interface SmallCsvUpload<Row> {
  limits: ImportLimits;
  /** The 413 message (it names the limit in the unit that suits the file). */
  tooLarge: string;
  read(body: Uint8Array): { ok: true; rows: Row[] } | { ok: false; problems: ImportProblem[]; rows: number };
  /** Saves every row in one transaction; its answer is the 201 body. */
  save(rows: Row[]): Promise<Record<string, unknown>>;
}

/** The whole body, or null once it passes `maxBytes`. */
function readBody(req: Request, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= maxBytes) chunks.push(chunk);
    });
    req.on('end', () => resolve(bytes > maxBytes ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function smallCsvUpload<Row>(upload: SmallCsvUpload<Row>): RequestHandler {
  return async (req: Request, res: Response) => {
    const dryRun = req.query.dryRun ?? 'false';
    if (dryRun !== 'true' && dryRun !== 'false') {
      res.status(400).json({ error: "dryRun must be 'true' or 'false'." });
      return;
    }
    const refusal = uploadRefusal(req.headers, upload.limits);
    if (refusal) {
      res.status(refusal.status).json({ error: refusal.status === 413 ? upload.tooLarge : refusal.error });
      return;
    }
    const body = await readBody(req, upload.limits.maxBytes);
    if (!body) {
      res.status(413).json({ error: upload.tooLarge });
      return;
    }
    const read = upload.read(body);
    if (!read.ok) {
      const n = read.problems.length;
      res.status(400).json({ error: `${n} problem${n === 1 ? '' : 's'} in the file; nothing was imported.`, problemCount: n, rowsChecked: read.rows, problems: read.problems });
      return;
    }
    if (dryRun === 'true') {
      res.status(200).json({ valid: read.rows.length });
      return;
    }
    res.status(201).json(await upload.save(read.rows));
  };
}
