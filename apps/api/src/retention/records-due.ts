/**
 * The report of records due for deletion on a day: closed records whose
 * retention period has run by then and that still hold personal data, the
 * longest closed first, a keyset page at a time. Filtered, counted and paged
 * in SQL: each kind's period becomes the latest closure date that is due
 * (latestClosureDueBy), so the statement compares dates and does no date
 * arithmetic of its own, the same on both dialects.
 */
import { isRetentionYears, latestClosureDueBy, pageSizeOf, retentionDueDate } from '@complaints/domain';
import type { EntityManager } from 'typeorm';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { RecordType } from '../reference/record-type.entity';
import { closedRecordOf, closedRecordsStatement, type ClosedRecord } from './closed-records';
import { InformationRequestRetention } from './information-request-retention.entity';
import { RetentionRecordKind } from './retention.enums';

export interface DueRecord extends ClosedRecord {
  dueOn: string;
}

export interface DueRecordsPage {
  asOf: string;
  totalCount: number;
  records: DueRecord[];
  hasNextPage: boolean;
  endCursor: string | null;
}

type Cursor = [closedOn: string, recordKind: string, id: number];

function encodeCursor(record: ClosedRecord): string {
  return Buffer.from(JSON.stringify([record.closedOn, record.recordKind, record.id] satisfies Cursor)).toString('base64url');
}

function decodeCursor(cursor: string): Cursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [closedOn, recordKind, id] = value as unknown[];
    if (typeof closedOn !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(closedOn)) return null;
    if (!Object.values(RetentionRecordKind).includes(recordKind as RetentionRecordKind)) return null;
    if (!Number.isSafeInteger(id) || (id as number) < 1) return null;
    return [closedOn, recordKind as string, id as number];
  } catch {
    return null;
  }
}

/** Every retention period in use, in years. */
async function periodsInUse(manager: EntityManager): Promise<number[]> {
  const [types, kinds] = await Promise.all([
    manager.find(RecordType, { select: { retentionYears: true } }),
    manager.find(InformationRequestRetention, { select: { retentionYears: true } }),
  ]);
  return [...new Set([...types, ...kinds].map((row) => row.retentionYears))].filter(isRetentionYears);
}

export async function recordsDueForDeletion(
  manager: EntityManager,
  query: { asOf: string; first?: number | null; after?: string | null },
): Promise<DueRecordsPage> {
  const problems: FieldProblem[] = [];
  const size = pageSizeOf(query.first);
  if ('problem' in size) problems.push(size.problem);
  const cursor = query.after ? decodeCursor(query.after) : null;
  if (query.after && cursor === null) problems.push({ field: 'page.after', message: 'is not a cursor this API returned' });
  if (problems.length || !('size' in size)) throw badUserInput('records due for deletion', problems);

  const years = await periodsInUse(manager);
  if (!years.length) return { asOf: query.asOf, totalCount: 0, records: [], hasNextPage: false, endCursor: null };
  const cutoffs = years.map((y) => [y, latestClosureDueBy(query.asOf, y)] as const);
  const latest = cutoffs.map(([, cutoff]) => cutoff).sort().at(-1)!;

  const closed = closedRecordsStatement(manager, { closedBy: latest });
  const due = {
    sql: `d.closedOn <= CASE d.years ${cutoffs.map(() => 'WHEN ? THEN ?').join(' ')} END`,
    parameters: cutoffs.flat(),
  };
  const keyset = cursor
    ? { sql: ' AND (d.closedOn > ? OR (d.closedOn = ? AND (d.recordKind > ? OR (d.recordKind = ? AND d.id > ?))))', parameters: [cursor[0], cursor[0], cursor[1], cursor[1], cursor[2]] }
    : { sql: '', parameters: [] };

  const [rows, counted] = await Promise.all([
    manager.query(
      `SELECT d.recordKind, d.id, d.reference, d.typeCode, d.years, d.closedOn FROM (${closed.sql}) d
       WHERE ${due.sql}${keyset.sql} ORDER BY d.closedOn, d.recordKind, d.id LIMIT ?`,
      [...closed.parameters, ...due.parameters, ...keyset.parameters, size.size + 1],
    ) as Promise<Record<string, unknown>[]>,
    manager.query(`SELECT COUNT(*) AS n FROM (${closed.sql}) d WHERE ${due.sql}`, [...closed.parameters, ...due.parameters]) as Promise<Array<{ n: unknown }>>,
  ]);
  const records = rows.slice(0, size.size).map(closedRecordOf).map((r) => ({ ...r, dueOn: retentionDueDate(r.closedOn, r.years) }));
  return {
    asOf: query.asOf,
    totalCount: Number(counted[0]?.n ?? 0),
    records,
    hasNextPage: rows.length > size.size,
    endCursor: records.length ? encodeCursor(records[records.length - 1]) : null,
  };
}
