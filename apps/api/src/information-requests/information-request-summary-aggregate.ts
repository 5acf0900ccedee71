/**
 * The one count of information requests (sections 10 and 11, tables 8 and 9)
 * that both informationRequestSummary and the annual report read: one GROUP BY
 * over kind and year of receipt, run through the aggregate runner. The share
 * completed in time is the printed report's: of the requests *received* in the
 * year ("62 (96%) access requests were completed within the statutory timescale",
 * 62 of 65 received; 11.5 "98.90% of these requests"), so a request still open
 * counts against it (a withdrawn one too: the printed definition has no
 * exception, and the report's figures stay comparable with it).
 */
import type { AggregateRun } from '../aggregates/aggregate-runner';
import type { InformationRequestKind } from '../reference/reference-data';
import { countOf } from '../statistics/aggregate-count';
import { percentOf } from '../statistics/percent';
import { InformationRequest } from './information-request.entity';

/** One kind's requests received in one financial year. */
export interface RequestYearCounts {
  received: number;
  fromPolice: number;
  /** Answered jointly with another directorate (11.4). */
  joint: number;
  completed: number;
  /** Completed on or before the due date. */
  inTime: number;
  /** Neither completed nor withdrawn. */
  open: number;
  /** Open, its clock running on `asOf`, and past the due date then. */
  overdue: number;
  /** Withdrawn by the requester (or lapsed). */
  withdrawn: number;
}

export const NO_REQUESTS: RequestYearCounts = Object.freeze({ received: 0, fromPolice: 0, joint: 0, completed: 0, inTime: 0, open: 0, overdue: 0, withdrawn: 0 });

/** The published definition: completed in time as a percentage of requests received; null when none were received. */
export function completedInTimePercent(counts: Pick<RequestYearCounts, 'inTime' | 'received'>): number | null {
  return percentOf(counts.inTime, counts.received);
}

type RawRow = { kind: string; year: string } & Record<keyof RequestYearCounts, unknown>;

/** Counts by kind and year, keyed `${kind}|${year}` (read with countsFor). */
export type RequestCountsByKindAndYear = Map<string, RequestYearCounts>;

export function countsFor(counts: RequestCountsByKindAndYear, kind: InformationRequestKind, year: string): RequestYearCounts {
  return counts.get(`${kind}|${year}`) ?? NO_REQUESTS;
}

/** Folds grouped rows (MySQL returns sums as strings) into counts. */
export function foldRequestCounts(rows: RawRow[]): RequestCountsByKindAndYear {
  const out: RequestCountsByKindAndYear = new Map();
  for (const row of rows) {
    out.set(`${row.kind}|${row.year}`, {
      received: countOf(row.received),
      fromPolice: countOf(row.fromPolice),
      joint: countOf(row.joint),
      completed: countOf(row.completed),
      inTime: countOf(row.inTime),
      open: countOf(row.open),
      overdue: countOf(row.overdue),
      withdrawn: countOf(row.withdrawn),
    });
  }
  return out;
}

/** Requests received in `years`, every kind, one GROUP BY in the database. */
export async function countInformationRequests(run: AggregateRun, years: string[], asOf: string): Promise<RequestCountsByKindAndYear> {
  const query = run.dataSource
    .createQueryBuilder()
    .from(InformationRequest, 'r')
    .select('r.kind', 'kind')
    .addSelect('r.receivedFinancialYear', 'year')
    .addSelect('COUNT(*)', 'received')
    .addSelect("SUM(CASE WHEN r.requesterType = 'POLICE' THEN 1 ELSE 0 END)", 'fromPolice')
    .addSelect('SUM(CASE WHEN r.jointWithDirectorate IS NOT NULL THEN 1 ELSE 0 END)', 'joint')
    .addSelect('SUM(CASE WHEN r.completedDate IS NOT NULL THEN 1 ELSE 0 END)', 'completed')
    .addSelect('SUM(CASE WHEN r.completedDate <= r.dueDate THEN 1 ELSE 0 END)', 'inTime')
    .addSelect('SUM(CASE WHEN r.completedDate IS NULL AND r.withdrawnDate IS NULL THEN 1 ELSE 0 END)', 'open')
    // A clock paused on or before asOf (and still paused) was not running then.
    .addSelect(
      'SUM(CASE WHEN r.completedDate IS NULL AND r.withdrawnDate IS NULL AND r.dueDate < :asOf AND (r.clockPausedOn IS NULL OR r.clockPausedOn > :asOf) THEN 1 ELSE 0 END)',
      'overdue',
    )
    .addSelect('SUM(CASE WHEN r.withdrawnDate IS NOT NULL THEN 1 ELSE 0 END)', 'withdrawn')
    .where('r.receivedFinancialYear IN (:...years)', { years })
    .setParameter('asOf', asOf)
    .groupBy('r.kind')
    .addGroupBy('r.receivedFinancialYear');
  return foldRequestCounts(await run.rawMany<RawRow>(query));
}

/** Requests of one kind answered jointly, by directorate and year (table 9's rows). */
export async function countJointRequests(
  run: AggregateRun,
  kind: InformationRequestKind,
  years: string[],
): Promise<Array<{ directorate: string; year: string; count: number }>> {
  const query = run.dataSource
    .createQueryBuilder()
    .from(InformationRequest, 'r')
    .select('r.jointWithDirectorate', 'directorate')
    .addSelect('r.receivedFinancialYear', 'year')
    .addSelect('COUNT(*)', 'n')
    .where('r.kind = :kind', { kind })
    .andWhere('r.receivedFinancialYear IN (:...years)', { years })
    .andWhere('r.jointWithDirectorate IS NOT NULL')
    .groupBy('r.jointWithDirectorate')
    .addGroupBy('r.receivedFinancialYear');
  const rows = await run.rawMany<{ directorate: string; year: string; n: unknown }>(query);
  return rows.map((r) => ({ directorate: r.directorate, year: r.year, count: countOf(r.n) })).sort((a, b) => a.directorate.localeCompare(b.directorate));
}
