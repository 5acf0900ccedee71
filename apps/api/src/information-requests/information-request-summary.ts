/**
 * Sections 10 and 11 for a financial year: one GROUP BY over both years and
 * both kinds, the counts as SUM(CASE ...) columns; percentages computed here
 * from the whole-number counts, rounded as the report rounds them.
 */
import { DataSource } from 'typeorm';
import { badUserInput } from '../graphql/errors';
import { isFinancialYear, previousFinancialYear } from '../periods/financial-year';
import { INFORMATION_REQUEST_KINDS, type InformationRequestKind } from '../reference/reference-data';
import { countOf } from '../statistics/aggregate-count';
import { percentChange, percentOf } from '../statistics/percent';
import { InformationRequest } from './information-request.entity';
import type { InformationRequestKindSummary, InformationRequestSummary } from './information-request.types';

export interface SummaryRow {
  kind: string;
  year: string;
  received: unknown;
  police: unknown;
  joint: unknown;
  completed: unknown;
  inTime: unknown;
  open: unknown;
  overdue: unknown;
}

/** Both kinds, always, from the grouped rows (a kind with no requests gives zeros). */
export function summarise(rows: SummaryRow[], financialYear: string, previous: string): InformationRequestKindSummary[] {
  const find = (kind: string, year: string) => rows.find((r) => r.kind === kind && r.year === year);
  return (Object.keys(INFORMATION_REQUEST_KINDS) as InformationRequestKind[]).map((kind) => {
    const current = find(kind, financialYear);
    const received = countOf(current?.received);
    const receivedPreviousYear = countOf(find(kind, previous)?.received);
    const completed = countOf(current?.completed);
    const completedWithinDeadline = countOf(current?.inTime);
    return {
      kind,
      received,
      receivedPreviousYear,
      changePercent: percentChange(received, receivedPreviousYear),
      fromPolice: countOf(current?.police),
      jointWithAnotherDirectorate: countOf(current?.joint),
      completed,
      completedWithinDeadline,
      completedWithinDeadlinePercent: percentOf(completedWithinDeadline, completed),
      stillOpen: countOf(current?.open),
      overdue: countOf(current?.overdue),
    };
  });
}

export async function summariseInformationRequests(dataSource: DataSource, financialYear: string, asOf: string): Promise<InformationRequestSummary> {
  if (!isFinancialYear(financialYear)) {
    throw badUserInput('summary', [{ field: 'financialYear', message: `'${financialYear}' is not a financial year such as 2009/10` }]);
  }
  const previous = previousFinancialYear(financialYear);
  const rows = await dataSource
    .createQueryBuilder()
    .from(InformationRequest, 'r')
    .select('r.kind', 'kind')
    .addSelect('r.receivedFinancialYear', 'year')
    .addSelect('COUNT(*)', 'received')
    .addSelect("SUM(CASE WHEN r.requesterType = 'POLICE' THEN 1 ELSE 0 END)", 'police')
    .addSelect('SUM(CASE WHEN r.jointWithDirectorate IS NOT NULL THEN 1 ELSE 0 END)', 'joint')
    .addSelect('SUM(CASE WHEN r.completedDate IS NOT NULL THEN 1 ELSE 0 END)', 'completed')
    .addSelect('SUM(CASE WHEN r.completedDate <= r.dueDate THEN 1 ELSE 0 END)', 'inTime')
    .addSelect('SUM(CASE WHEN r.completedDate IS NULL THEN 1 ELSE 0 END)', 'open')
    .addSelect('SUM(CASE WHEN r.completedDate IS NULL AND r.dueDate < :asOf THEN 1 ELSE 0 END)', 'overdue')
    .where('r.receivedFinancialYear IN (:...years)', { years: [financialYear, previous] })
    .setParameter('asOf', asOf)
    .groupBy('r.kind')
    .addGroupBy('r.receivedFinancialYear')
    .getRawMany<SummaryRow>();
  return { financialYear, previousFinancialYear: previous, asOf, kinds: summarise(rows, financialYear, previous) };
}
