/** 3.7: compliments by the service area they were about. */
import { Dimension } from '../../trends/trend.enums';
import { trendOfYear, type ReportScope } from '../report-scope';
import type { ReportTable } from '../report.types';

export async function buildCompliments(scope: ReportScope): Promise<ReportTable> {
  const result = await trendOfYear(scope, { groupBy: Dimension.SERVICE_AREA, filter: { recordTypes: ['COMPLIMENT'] } });
  return {
    id: 'compliments',
    title: `3.7 Compliments by service area, ${scope.current.financialYear}`,
    columns: ['Number'],
    rows: [
      ...result.series.filter((s) => s.total).map((s) => ({ label: s.label, values: [s.total ?? 0] })),
      { label: 'Total', values: [result.totalCount] },
    ],
    notes: ['Compliments recorded by the team, by primary service area; service areas with no compliments are left out.'],
  };
}
