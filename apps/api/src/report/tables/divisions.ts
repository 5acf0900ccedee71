/** 3.2: contacts by division of the directorate. */
import { Dimension } from '../../trends/trend.enums';
import { trendOfYear, type ReportScope } from '../report-scope';
import type { ReportTable } from '../report.types';

export async function buildDivisions(scope: ReportScope): Promise<ReportTable> {
  const result = await trendOfYear(scope, { groupBy: Dimension.DIVISION });
  return {
    id: 'divisions',
    title: `3.2 Contacts received by division, ${scope.current.financialYear}`,
    columns: ['Number'],
    rows: [...result.series.map((s) => ({ label: s.label, values: [s.total ?? 0] })), { label: 'Total', values: [result.totalCount] }],
    notes: ["Each contact counts once, under the division its primary service area belongs to."],
  };
}
