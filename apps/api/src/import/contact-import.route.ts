/**
 * POST /import/contacts: a contacts spreadsheet saved as CSV, sent as the raw
 * request body (Content-Type: text/csv). Streamed, never buffered: bytes are
 * counted as they arrive and every row is checked on the way. Answers
 *   201 { imported, references }   every row saved, in one transaction
 *   200 { valid }                  ?dryRun=true and every row would be saved
 *   400 { error, problems, ... }   nothing saved; each problem names its line
 *   413 { error }                  over IMPORT_LIMITS (checked from Content-Length first)
 *   415 { error }                  not CSV, or compressed
 * GET /import/contacts/template.csv: the header row (and, with ?examples=true, two example rows).
 */
import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { requireRole } from '../auth/http-auth';
import { ACCESS } from '../auth/role';
import { todayIso } from '../periods/today';
import { loadReferenceCatalog } from '../reference/reference-catalog';
import { contactTemplateCsv } from './contact-template';
import {
  ContactImport,
  IMPORT_LIMITS,
  ImportTooLargeError,
  tooManyBytesMessage,
  type ImportLimits,
} from './contact-import';
import { completeContactImport } from './contact-import.service';

/** Types browsers give .csv files (Windows with Excel installed says application/vnd.ms-excel). */
const CSV_TYPES = ['text/csv', 'application/csv', 'application/vnd.ms-excel'];
const UTF8_CHARSETS = ['utf-8', 'utf8', 'us-ascii'];

export function importRouter(dataSource: DataSource, limits: ImportLimits = IMPORT_LIMITS): Router {
  const router = Router();
  router.get('/contacts/template.csv', requireRole(ACCESS.CASES_WRITE), templateRoute(dataSource));
  router.post('/contacts', requireRole(ACCESS.CASES_WRITE), importContactsRoute(dataSource, limits));
  return router;
}

function templateRoute(dataSource: DataSource) {
  return async (req: Request, res: Response) => {
    const examples = req.query.examples === 'true';
    const catalog = examples ? await loadReferenceCatalog(dataSource.manager) : null;
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', 'attachment; filename="contacts-import-template.csv"')
      .send(contactTemplateCsv(catalog));
  };
}

function refuse(res: Response, status: number, error: string, extra: Record<string, unknown> = {}): void {
  res.status(status).json({ error, ...extra });
}

/** Why the request cannot be a CSV upload we accept, before reading any of it. */
export function uploadRefusal(
  headers: Request['headers'],
  limits: ImportLimits,
): { status: number; error: string } | null {
  const encoding = (headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding !== 'identity') return { status: 415, error: 'Send the CSV file uncompressed (no Content-Encoding).' };
  const [type = '', ...params] = (headers['content-type'] ?? '').toLowerCase().split(';').map((s) => s.trim());
  if (!CSV_TYPES.includes(type)) {
    return { status: 415, error: 'Send the CSV file itself as the request body with Content-Type: text/csv.' };
  }
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  if (charset && !UTF8_CHARSETS.includes(charset)) {
    return { status: 415, error: `The file must be UTF-8, not ${charset}; in Excel use Save As → "CSV UTF-8 (Comma delimited)".` };
  }
  const length = Number(headers['content-length']);
  if (Number.isFinite(length) && length > limits.maxBytes) return { status: 413, error: tooManyBytesMessage(limits) };
  return null;
}

/** Feeds the body to the import as it arrives; rejects with ImportTooLargeError once over a limit. */
function streamBody(req: Request, session: ContactImport, limits: ImportLimits): Promise<'ended' | 'aborted'> {
  return new Promise((resolve, reject) => {
    let bytes = 0;
    const stop = () => {
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      try {
        if (bytes > limits.maxBytes) throw new ImportTooLargeError(tooManyBytesMessage(limits));
        session.write(chunk);
      } catch (error) {
        stop();
        // Keep reading and discarding the rest, so the client can finish sending and read our answer.
        req.resume();
        reject(error);
      }
    };
    const onEnd = () => {
      stop();
      try {
        session.end();
        resolve('ended');
      } catch (error) {
        reject(error);
      }
    };
    // The client went away (an error on the request stream means the connection broke): nobody to answer.
    const onError = () => {
      stop();
      resolve('aborted');
    };
    const onClose = () => {
      stop();
      resolve('aborted');
    };
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

function importContactsRoute(dataSource: DataSource, limits: ImportLimits) {
  return async (req: Request, res: Response) => {
    const dryRunParam = req.query.dryRun ?? 'false';
    if (dryRunParam !== 'true' && dryRunParam !== 'false') {
      refuse(res, 400, "dryRun must be 'true' or 'false'.");
      return;
    }
    const dryRun = dryRunParam === 'true';
    const refusal = uploadRefusal(req.headers, limits);
    if (refusal) {
      refuse(res, refusal.status, refusal.error, refusal.status === 413 ? { limits } : {});
      return;
    }

    const today = todayIso();
    const catalog = await loadReferenceCatalog(dataSource.manager);
    const session = new ContactImport(catalog, today, { limits, keepInputs: !dryRun });
    try {
      if ((await streamBody(req, session, limits)) === 'aborted') return;
    } catch (error) {
      if (error instanceof ImportTooLargeError) {
        refuse(res, 413, error.message, { limits });
        return;
      }
      throw error;
    }

    const outcome = await completeContactImport(dataSource, session, { dryRun, today });
    switch (outcome.kind) {
      case 'invalid':
        refuse(res, 400, `${outcome.problemCount} problem${outcome.problemCount === 1 ? '' : 's'} in the file; nothing was imported.`, {
          problemCount: outcome.problemCount,
          rowsChecked: outcome.rows,
          problems: outcome.problems,
        });
        return;
      case 'valid':
        res.status(200).json({ valid: outcome.rows });
        return;
      case 'imported':
        res.status(201).json({ imported: outcome.imported, references: outcome.references });
        return;
      case 'conflict':
        refuse(res, 409, outcome.message);
        return;
    }
  };
}
