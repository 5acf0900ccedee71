/**
 * Tables 8 and 9 share one shape: requests received in each year, some of
 * them by kind of requester or answered jointly, and those completed by their
 * due date. Two GROUP BY queries per kind.
 */
import { countOf } from '../../statistics/aggregate-count';
import { InformationRequest } from '../../information-requests/information-request.entity';
import type { InformationRequestKind } from '../../reference/reference-data';
import { comparisonRow, type YearPair } from '../report-rows';
import { type ReportScope } from '../report-scope';
import type { ReportRow } from '../report.types';

export interface RequestCounts {
  received: YearPair;
  fromPolice: YearPair;
  inTime: YearPair;
  /** Answered jointly with another directorate, by its name. */
  jointWith: Map<string, YearPair>;
}

const zero = (): YearPair => ({ previous: 0, current: 0 });

export async function countRequests(scope: ReportScope, kind: InformationRequestKind): Promise<RequestCounts> {
  const years = { previous: scope.previous.financialYear, current: scope.current.financialYear };
  const base = () =>
    scope.dataSource
      .createQueryBuilder()
      .from(InformationRequest, 'r')
      .where('r.kind = :kind', { kind })
      .andWhere('r.receivedFinancialYear IN (:...years)', { years: [years.previous, years.current] })
      .select('r.receivedFinancialYear', 'year')
      .groupBy('r.receivedFinancialYear');
  const [totals, joint] = await Promise.all([
    scope.aggregates.rawMany<{ year: string; n: unknown; police: unknown; inTime: unknown }>(
      base()
        .addSelect('COUNT(*)', 'n')
        .addSelect("SUM(CASE WHEN r.requesterType = 'POLICE' THEN 1 ELSE 0 END)", 'police')
        .addSelect('SUM(CASE WHEN r.completedDate <= r.dueDate THEN 1 ELSE 0 END)', 'inTime'),
    ),
    scope.aggregates.rawMany<{ year: string; directorate: string; n: unknown }>(
      base()
        .andWhere('r.jointWithDirectorate IS NOT NULL')
        .addSelect('r.jointWithDirectorate', 'directorate')
        .addSelect('COUNT(*)', 'n')
        .addGroupBy('r.jointWithDirectorate'),
    ),
  ]);

  const counts: RequestCounts = { received: zero(), fromPolice: zero(), inTime: zero(), jointWith: new Map() };
  const which = (year: string) => (year === years.current ? 'current' : 'previous');
  for (const row of totals) {
    counts.received[which(row.year)] = countOf(row.n);
    counts.fromPolice[which(row.year)] = countOf(row.police);
    counts.inTime[which(row.year)] = countOf(row.inTime);
  }
  for (const row of joint.sort((a, b) => a.directorate.localeCompare(b.directorate))) {
    const pair = counts.jointWith.get(row.directorate) ?? zero();
    pair[which(row.year)] = countOf(row.n);
    counts.jointWith.set(row.directorate, pair);
  }
  return counts;
}

/** Rows answered jointly, one per directorate named; one row of zeros when there were none. */
export function jointRows(counts: RequestCounts): ReportRow[] {
  const joint = counts.jointWith.size ? [...counts.jointWith] : [['another directorate', zero()] as const];
  return joint.map(([directorate, pair]) => comparisonRow(`Answered jointly with ${directorate}`, pair, counts.received));
}
