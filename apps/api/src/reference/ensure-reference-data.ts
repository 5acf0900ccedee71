/**
 * Inserts the standard reference data (reference-data.ts) that a database does
 * not have yet. Idempotent, and it never renames or removes what a council has
 * edited: it only adds missing codes. Runs on every start, production included.
 */
import { inTransaction } from '../db/transaction';
import { invalidateReferenceCatalog } from './reference-catalog';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Channel } from './channel.entity';
import { Division } from './division.entity';
import { IssueCategory } from './issue-category.entity';
import { Issue } from './issue.entity';
import { RecordType } from './record-type.entity';
import { CHANNELS, DIVISIONS, ISSUE_CATEGORIES, RECORD_TYPES, SERVICE_AREAS } from './reference-data';
import { ServiceArea } from './service-area.entity';
import { ensureCodeProvisions } from '../self-assessment/ensure-code-provisions';

async function insertMissing<T extends ObjectLiteral & { code: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: Array<Partial<T> & { code: string }>,
): Promise<Map<string, number>> {
  const existing = await manager.find(entity, { select: { id: true, code: true } as never });
  const have = new Set(existing.map((r) => r.code));
  const missing = rows.filter((r) => !have.has(r.code));
  if (missing.length) await manager.insert(entity, missing as never);
  const all = await manager.find(entity, { select: { id: true, code: true } as never });
  return new Map(all.map((r) => [r.code, (r as unknown as { id: number }).id]));
}

export async function ensureReferenceData(dataSource: DataSource): Promise<void> {
  await inTransaction(dataSource, async (manager) => {
    const divisions = await insertMissing(manager, Division, DIVISIONS.map((d, i) => ({ ...d, sortOrder: i })));
    await insertMissing(
      manager,
      ServiceArea,
      SERVICE_AREAS.map((s, i) => ({ code: s.code, name: s.name, divisionId: divisions.get(s.division)!, sortOrder: i })),
    );
    const categories = await insertMissing(
      manager,
      IssueCategory,
      ISSUE_CATEGORIES.map((c, i) => ({ code: c.code, name: c.name, sortOrder: i })),
    );
    await insertMissing(
      manager,
      Issue,
      ISSUE_CATEGORIES.flatMap((c) =>
        c.issues.map((issue, i) => ({ code: issue.code, name: issue.name, categoryId: categories.get(c.code)!, sortOrder: i })),
      ),
    );
    await insertMissing(manager, RecordType, RECORD_TYPES.map((r, i) => ({ ...r, sortOrder: i })));
    await insertMissing(manager, Channel, CHANNELS.map((c, i) => ({ ...c, sortOrder: i })));
    // The Complaint Handling Code's provisions (paraphrased seed data for the self-assessment).
    await ensureCodeProvisions(manager);
  });
  invalidateReferenceCatalog(dataSource);
}
