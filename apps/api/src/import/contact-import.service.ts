/**
 * After a contacts CSV has streamed through ContactImport: refuses references
 * already in the database, then (unless it is a dry run) saves every row with
 * ContactService.createMany in one transaction, so a file imports whole or not
 * at all.
 */
import { inTransaction } from '../db/transaction';
import { DataSource, In, QueryFailedError } from 'typeorm';
import { Contact } from '../contacts/contact.entity';
import { ContactBatchError, ContactService } from '../contacts/contact.service';
import { columnForField, shown } from './contact-columns';
import { referenceKey, type ContactImport, type ImportProblem } from './contact-import';

/** How many of the saved references the response lists. */
export const REFERENCES_SHOWN = 10;
const LOOKUP_CHUNK = 500;

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

  const pending = session.pending;
  try {
    const saved = await inTransaction(dataSource, (manager) =>
      new ContactService(dataSource).createMany(
        manager,
        pending.map((p) => p.input),
        options.today,
      ),
    );
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
    const chunk = given.slice(i, i + LOOKUP_CHUNK).map((g) => g.reference);
    const existing = await dataSource.manager.find(Contact, { select: { reference: true }, where: { reference: In(chunk) } });
    for (const { reference } of existing) {
      const g = session.references.get(referenceKey(reference));
      if (g) session.addProblem({ line: g.line, row: g.row, field: 'reference', message: `${shown(g.reference)} is already the reference of a saved contact` });
    }
  }
}
