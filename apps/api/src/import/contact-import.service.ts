/**
 * After a contacts CSV has streamed through ContactImport: refuses references
 * already in the database, then (unless it is a dry run) saves every row with
 * ContactService.createMany in one transaction, so a file imports whole or not
 * at all. Rows are saved in chunks with a turn of the event loop between them:
 * on SQLite every statement blocks the event loop, and a 50,000-row file would
 * otherwise leave every other request (and /healthz) unanswered until it ends.
 *
 * Caveat on SQLite: the API has one connection, so while an import yields,
 * other requests' reads on that connection see its uncommitted rows; other
 * writes (inTransaction) wait until it commits or rolls back. Aggregates read
 * through their own connections (aggregates/) and see only committed rows.
 */
import { inTransaction } from '../db/transaction';
import { DataSource, In, QueryFailedError } from 'typeorm';
import { Contact } from '../contacts/contact.entity';
import { ContactBatchError, ContactService } from '../contacts/contact.service';
import { canonicalReference } from '../reference-numbers/canonical-reference';
import { columnForField, shown } from './contact-columns';
import { referenceKey, type ContactImport, type ImportProblem } from './contact-import';
import { lockRollups } from '../rollups/rollup-maintenance';
import { saveChunks } from './save-chunks';

/** How many of the saved references the response lists. */
export const REFERENCES_SHOWN = 10;
const LOOKUP_CHUNK = 500;
/** Rows saved between turns of the event loop (about a tenth of a second of SQLite work). */
const SAVE_CHUNK = 500;

/** Lets pending I/O (other requests, /healthz) run before continuing. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export type ImportOutcome =
  | { kind: 'invalid'; problems: ImportProblem[]; problemCount: number; rows: number }
  | { kind: 'valid'; rows: number }
  | { kind: 'imported'; imported: number; references: string[] }
  /** Another request took one of the references between our check and our write. */
  | { kind: 'conflict'; message: string };

function invalid(session: ContactImport): ImportOutcome {
  return { kind: 'invalid', problems: session.problems, problemCount: session.problemCount, rows: session.rows };
}

export async function completeContactImport(
  dataSource: DataSource,
  session: ContactImport,
  options: { dryRun: boolean; today: string },
): Promise<ImportOutcome> {
  await reportReferencesInUse(dataSource, session);
  if (session.problemCount > 0) return invalid(session);
  if (options.dryRun) return { kind: 'valid', rows: session.rows };

  // A copy: the session empties its own list once a problem is added (below).
  const pending = [...session.pending];
  try {
    const saved = await inTransaction(dataSource, async (manager) => {
      // Before any reference counter: chunks lock counters after their first contact write (rollup-maintenance.ts).
      await lockRollups(manager.queryRunner!);
      const service = new ContactService(dataSource);
      const byRow = new Array<Contact>(pending.length);
      const chunks = saveChunks(
        pending.map((p) => !!p.input.reference?.trim()),
        SAVE_CHUNK,
      );
      for (const [n, chunk] of chunks.entries()) {
        if (n > 0) await yieldToEventLoop();
        try {
          const contacts = await service.createMany(
            manager,
            chunk.map((i) => pending[i].input),
            options.today,
          );
          contacts.forEach((contact, k) => (byRow[chunk[k]] = contact));
        } catch (error) {
          // Problems are numbered within the chunk: renumber them as rows of the file.
          if (error instanceof ContactBatchError) throw new ContactBatchError(error.problems.map((p) => ({ ...p, index: chunk[p.index] })));
          throw error;
        }
      }
      return byRow;
    });
    return { kind: 'imported', imported: saved.length, references: saved.slice(0, REFERENCES_SHOWN).map((c) => c.reference) };
  } catch (error) {
    if (error instanceof ContactBatchError) {
      // The rows were checked as they arrived, so this means the data changed meanwhile (e.g. a reference was taken).
      for (const p of error.problems) {
        const { line, row } = pending[p.index];
        session.addProblem({ line, row, field: columnForField(p.field), message: p.message });
      }
      return invalid(session);
    }
    if (error instanceof QueryFailedError && /unique|duplicate/i.test(error.message)) {
      return { kind: 'conflict', message: 'Another contact was saved with one of these references while the file was being imported. Nothing was imported; try again.' };
    }
    throw error;
  }
}

async function reportReferencesInUse(dataSource: DataSource, session: ContactImport): Promise<void> {
  const given = [...session.references.values()];
  for (let i = 0; i < given.length; i += LOOKUP_CHUNK) {
    if (i > 0) await yieldToEventLoop();
    // Saved references are canonical (upper case), whatever case the file uses.
    const chunk = given.slice(i, i + LOOKUP_CHUNK).map((g) => canonicalReference(g.reference));
    const existing = await dataSource.manager.find(Contact, { select: { reference: true }, where: { reference: In(chunk) } });
    for (const { reference } of existing) {
      const g = session.references.get(referenceKey(reference));
      if (g) session.addProblem({ line: g.line, row: g.row, field: 'reference', message: `${shown(g.reference)} is already the reference of a saved contact` });
    }
  }
}
