/**
 * Tables 8 and 9 share one shape: requests received in each year, some of
 * them by kind of requester or answered jointly, and those completed by their
 * due date. Counted by the one information-request aggregate that
 * informationRequestSummary also reads, so both give the same figures.
 */
import {
  completedInTimePercent,
  countInformationRequests,
  countJointRequests,
  countsFor,
  type RequestYearCounts,
} from '../../information-requests/information-request-summary-aggregate';
import type { InformationRequestKind } from '../../reference/reference-data';
import { comparisonRow, type YearPair } from '../report-rows';
import { percentChange } from '../../statistics/percent';
import { type ReportScope } from '../report-scope';
import type { ReportRow } from '../report.types';

export interface RequestCounts {
  received: YearPair;
  fromPolice: YearPair;
  inTime: YearPair;
  /** Answered jointly with another directorate, by its name. */
  jointWith: Map<string, YearPair>;
  /** Each year's share completed in time, by the one definition (of requests received). */
  inTimePercent: { previous: number | null; current: number | null };
}

const zero = (): YearPair => ({ previous: 0, current: 0 });

export async function countRequests(scope: ReportScope, kind: InformationRequestKind): Promise<RequestCounts> {
  const years = { previous: scope.previous.financialYear, current: scope.current.financialYear };
  const [totals, joint] = await Promise.all([
    countInformationRequests(scope.aggregates, [years.previous, years.current], scope.today),
    countJointRequests(scope.aggregates, kind, [years.previous, years.current]),
  ]);
  const pair = (field: keyof RequestYearCounts): YearPair => ({
    previous: countsFor(totals, kind, years.previous)[field],
    current: countsFor(totals, kind, years.current)[field],
  });
  const counts: RequestCounts = {
    received: pair('received'),
    fromPolice: pair('fromPolice'),
    inTime: pair('inTime'),
    jointWith: new Map(),
    inTimePercent: {
      previous: completedInTimePercent(countsFor(totals, kind, years.previous)),
      current: completedInTimePercent(countsFor(totals, kind, years.current)),
    },
  };
  const which = (year: string) => (year === years.current ? 'current' : 'previous');
  for (const row of joint) {
    const jointPair = counts.jointWith.get(row.directorate) ?? zero();
    jointPair[which(row.year)] = row.count;
    counts.jointWith.set(row.directorate, jointPair);
  }
  return counts;
}

/** Rows answered jointly, one per directorate named; one row of zeros when there were none. */
export function jointRows(counts: RequestCounts): ReportRow[] {
  const joint = counts.jointWith.size ? [...counts.jointWith] : [['another directorate', zero()] as const];
  return joint.map(([directorate, pair]) => comparisonRow(`Answered jointly with ${directorate}`, pair, counts.received));
}

/** The completed-in-time row: its percentages are the aggregate's definition, the same figure informationRequestSummary gives. */
export function inTimeRow(label: string, counts: RequestCounts): ReportRow {
  const { inTime, inTimePercent } = counts;
  return { label, values: [inTime.previous, inTimePercent.previous, inTime.current, inTimePercent.current, percentChange(inTime.current, inTime.previous)] };
}
