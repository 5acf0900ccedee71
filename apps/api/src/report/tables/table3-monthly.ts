/** Table 3: contacts received month by month, by record type, with row and column totals. */
import { Dimension, Granularity } from '../../trends/trend.enums';
import { trendOfYear, type ReportScope } from '../report-scope';
import type { ReportTable } from '../report.types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2009-10' → 'Oct 2009'. */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-');
  return `${MONTHS[Number(m) - 1]} ${year}`;
}

export async function buildTable3(scope: ReportScope): Promise<ReportTable> {
  const result = await trendOfYear(scope, { groupBy: Dimension.RECORD_TYPE, granularity: Granularity.MONTH });
  const rows = result.series.map((s) => ({ label: s.label, values: [...s.points.map((p) => p.value ?? 0), s.total ?? 0] }));
  const monthTotals = result.periods.map((_, i) => rows.reduce((sum, row) => sum + (row.values[i] ?? 0), 0));
  return {
    id: 'table3',
    title: `Table 3: Contacts received month by month, ${scope.current.financialYear}`,
    columns: [...result.periods.map(monthLabel), 'Total'],
    rows: [...rows, { label: 'Total', values: [...monthTotals, result.totalCount] }],
    notes: ["Each contact counts once, in the month it was received and under its record type; every record type is shown, including those with none."],
  };
}
