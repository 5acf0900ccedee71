/**
 * Writing and reading the administrative audit log. Every user and reference
 * change calls recordAdminChange with its own transaction's manager, so an
 * entry exists exactly when the change does.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { pageSizeOf } from '@complaints/domain';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { AdminAuditEntry } from './admin-audit-entry.entity';
import type { AdminAction, AuditTargetType } from './admin-audit.enums';
import type { Snapshot } from './audit-changes';

/** Who made a change: a signed-in user, or null for the create-admin command (no one is signed in). */
export type AuditActor = { id: number; email: string } | null;

export interface AdminChange {
  actor: AuditActor;
  action: AdminAction;
  targetType: AuditTargetType;
  targetKey: string | number;
  targetLabel: string;
  before?: Snapshot | null;
  after?: Snapshot | null;
}

export async function recordAdminChange(manager: EntityManager, change: AdminChange): Promise<void> {
  await manager.insert(AdminAuditEntry, {
    actorId: change.actor?.id ?? null,
    actorEmail: change.actor?.email ?? null,
    action: change.action,
    targetType: change.targetType,
    targetKey: String(change.targetKey),
    targetLabel: change.targetLabel.slice(0, 254),
    before: change.before ? JSON.stringify(change.before) : null,
    after: change.after ? JSON.stringify(change.after) : null,
  });
}

export interface AuditLogQuery {
  targetType?: AuditTargetType | null;
  targetKey?: string | null;
  first?: number | null;
  after?: string | null;
}

function encodeCursor(id: number): string {
  return Buffer.from(String(id)).toString('base64url');
}

function decodeCursor(cursor: string): number | null {
  const id = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** Newest first, by id (ids grow with time, and unlike timestamps never tie), one keyset page at a time. */
export async function listAdminAudit(
  dataSource: DataSource,
  query: AuditLogQuery,
): Promise<{ entries: AdminAuditEntry[]; hasNextPage: boolean; endCursor: string | null }> {
  const problems: FieldProblem[] = [];
  const size = pageSizeOf(query.first);
  if ('problem' in size) problems.push(size.problem);
  const cursor = query.after ? decodeCursor(query.after) : null;
  if (query.after && cursor === null) problems.push({ field: 'page.after', message: 'is not a cursor this API returned' });
  if (query.targetKey && !query.targetType) problems.push({ field: 'filter.targetKey', message: 'needs filter.targetType' });
  if (problems.length || !('size' in size)) throw badUserInput('audit log query', problems);

  const select = dataSource.getRepository(AdminAuditEntry).createQueryBuilder('e');
  if (query.targetType) select.andWhere('e.targetType = :type', { type: query.targetType });
  if (query.targetKey) select.andWhere('e.targetKey = :key', { key: query.targetKey });
  if (cursor !== null) select.andWhere('e.id < :cursor', { cursor });
  const rows = await select.orderBy('e.id', 'DESC').take(size.size + 1).getMany();
  const entries = rows.slice(0, size.size);
  return {
    entries,
    hasNextPage: rows.length > size.size,
    endCursor: entries.length ? encodeCursor(entries[entries.length - 1].id) : null,
  };
}
