/**
 * Table 4: Stage 1 (formal) complaints by the service area they are mainly
 * about, and the issues subject to complaint: every service area each
 * complaint names (3.10: many complaints name more than one).
 */
import { Dimension } from '../../trends/trend.enums';
import { FORMAL_COMPLAINTS, trendOfYear, type ReportScope } from '../report-scope';
import type { ReportTable } from '../report.types';

export async function buildTable4(scope: ReportScope): Promise<ReportTable> {
  const filter = FORMAL_COMPLAINTS;
  const [primary, named] = await Promise.all([
    trendOfYear(scope, { groupBy: Dimension.SERVICE_AREA, filter }),
    trendOfYear(scope, { groupBy: Dimension.ALL_SERVICE_AREAS, filter }),
  ]);
  const areasNamed = named.series.reduce((sum, s) => sum + (s.total ?? 0), 0);
  return {
    id: 'table4',
    title: `Table 4: Stage 1 complaints by specific service area, ${scope.current.financialYear}`,
    columns: ['Number'],
    rows: [
      ...primary.series.map((s) => ({ label: s.label, values: [s.total ?? 0] })),
      { label: 'Total number of formal complaints', values: [primary.totalCount] },
      { label: 'Total number of issues subject to complaint', values: [areasNamed] },
    ],
    notes: [
      "Formal complaints are statutory, corporate, school and Ombudsman (LGO) complaints. Each counts once, under its primary service area, so the service area rows add up to the total number of formal complaints.",
      'The number of issues subject to complaint counts every service area each complaint names, the primary one included: a complaint about two service areas counts twice.',
    ],
  };
}
