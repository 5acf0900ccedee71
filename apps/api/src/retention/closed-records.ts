/**
 * Every closed record that still holds personal data, with the day it closed
 * and the years its kind is kept, as one SQL statement over contacts and
 * information requests: the report of records due for deletion pages through
 * it, and anonymising checks the records it is given against it.
 *
 * A contact closed on its last step: the latest of its receipt,
 * acknowledgement, response, withdrawal and its escalations' steps (only
 * CLOSED and WITHDRAWN contacts count; an open one is never due). An
 * information request closed when it was answered or withdrawn.
 */
import type { EntityManager } from 'typeorm';
import { RetentionRecordKind } from './retention.enums';

export interface ClosedRecord {
  recordKind: RetentionRecordKind;
  id: number;
  reference: string;
  /** The record type's code (contacts) or the request's kind. */
  typeCode: string;
  years: number;
  closedOn: string;
}

export interface ClosedRecordsQuery {
  /** Only contacts received on or before this day, and requests closed on or before it (no record closes before it arrives). */
  closedBy?: string;
  /** Only these records (for anonymising). */
  contactIds?: readonly number[];
  informationRequestIds?: readonly number[];
}

/** The statement and its parameters (positional `?`, which both drivers take). */
export interface Statement {
  sql: string;
  parameters: unknown[];
}

function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

/** SQLite's many-argument MAX is MySQL's GREATEST. */
function greatest(manager: EntityManager): string {
  return manager.connection.options.type === 'better-sqlite3' ? 'MAX' : 'GREATEST';
}

/** The SELECT of closed, not yet anonymised records (recordKind, id, reference, typeCode, years, closedOn). */
export function closedRecordsStatement(manager: EntityManager, query: ClosedRecordsQuery = {}): Statement {
  const parameters: unknown[] = [];
  // Each COALESCE falls back to the received date, so a step not taken never makes the GREATEST null.
  const contactClosedOn = `${greatest(manager)}(c.receivedDate, COALESCE(c.acknowledgementSentDate, c.receivedDate),
    COALESCE(c.responseSentDate, c.receivedDate), COALESCE(c.withdrawnDate, c.receivedDate), COALESCE(esc.lastDay, c.receivedDate))`;
  let contacts = `SELECT '${RetentionRecordKind.CONTACT}' AS recordKind, c.id AS id, c.reference AS reference, rt.code AS typeCode,
      rt.retentionYears AS years, ${contactClosedOn} AS closedOn
    FROM contact c
    JOIN record_type rt ON rt.id = c.recordTypeId
    LEFT JOIN (SELECT e.contactId AS contactId, MAX(COALESCE(e.responseSentDate, e.panelHeldDate, e.requestedDate)) AS lastDay
      FROM escalation e GROUP BY e.contactId) esc ON esc.contactId = c.id
    WHERE c.status IN ('CLOSED', 'WITHDRAWN')
      AND NOT EXISTS (SELECT 1 FROM anonymised_record a WHERE a.recordKind = '${RetentionRecordKind.CONTACT}' AND a.recordId = c.id)`;
  if (query.closedBy !== undefined) {
    contacts += ' AND c.receivedDate <= ?';
    parameters.push(query.closedBy);
  }
  if (query.contactIds) {
    contacts += query.contactIds.length ? ` AND c.id IN (${placeholders(query.contactIds)})` : ' AND 1 = 0';
    parameters.push(...query.contactIds);
  }

  let requests = `SELECT '${RetentionRecordKind.INFORMATION_REQUEST}' AS recordKind, r.id AS id, r.reference AS reference, r.kind AS typeCode,
      rr.retentionYears AS years, COALESCE(r.completedDate, r.withdrawnDate) AS closedOn
    FROM information_request r
    JOIN information_request_retention rr ON rr.kind = r.kind
    WHERE (r.completedDate IS NOT NULL OR r.withdrawnDate IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM anonymised_record a WHERE a.recordKind = '${RetentionRecordKind.INFORMATION_REQUEST}' AND a.recordId = r.id)`;
  if (query.closedBy !== undefined) {
    requests += ' AND COALESCE(r.completedDate, r.withdrawnDate) <= ?';
    parameters.push(query.closedBy);
  }
  if (query.informationRequestIds) {
    requests += query.informationRequestIds.length ? ` AND r.id IN (${placeholders(query.informationRequestIds)})` : ' AND 1 = 0';
    parameters.push(...query.informationRequestIds);
  }
  return { sql: `${contacts}\n  UNION ALL\n  ${requests}`, parameters };
}

/** mysql2 hands back DATE results as strings here (dateStrings), counts as strings or numbers: one shape for both drivers. */
export function closedRecordOf(row: Record<string, unknown>): ClosedRecord {
  const closedOn = row.closedOn instanceof Date ? row.closedOn.toISOString().slice(0, 10) : String(row.closedOn).slice(0, 10);
  return {
    recordKind: row.recordKind as RetentionRecordKind,
    id: Number(row.id),
    reference: String(row.reference),
    typeCode: String(row.typeCode),
    years: Number(row.years),
    closedOn,
  };
}

/** The closed, not yet anonymised records among those given (any others are open, already anonymised or unknown). */
export async function closedRecordsAmong(manager: EntityManager, contactIds: readonly number[], informationRequestIds: readonly number[]): Promise<ClosedRecord[]> {
  const { sql, parameters } = closedRecordsStatement(manager, { contactIds, informationRequestIds });
  const rows: Record<string, unknown>[] = await manager.query(sql, parameters);
  return rows.map(closedRecordOf);
}
