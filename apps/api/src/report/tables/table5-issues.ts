/** Table 5: contacts by the category of their primary issue. */
import { Dimension } from '../../trends/trend.enums';
import { printedReportNotes } from '../printed-report';
import { trendOfYear, type ReportScope } from '../report-scope';
import type { ReportTable } from '../report.types';

export async function buildTable5(scope: ReportScope): Promise<ReportTable> {
  const result = await trendOfYear(scope, { groupBy: Dimension.ISSUE_CATEGORY });
  return {
    id: 'table5',
    title: `Table 5: Contacts and complaints by issue, ${scope.current.financialYear}`,
    columns: ['Number'],
    rows: [...result.series.map((s) => ({ label: s.label, values: [s.total ?? 0] })), { label: 'Total', values: [result.totalCount] }],
    notes: [
      "Each contact counts once, under the category of its primary (first-named) issue, so the rows add up to all contacts received in the year. Appendix 1 counts complaints naming an issue anywhere, so its counts can differ.",
      ...printedReportNotes(scope, () => [
        `The printed title says 'excluding schools and academies', but its rows add up to all the contacts it reports (441); this table counts every contact, ${result.totalCount} in the records.`,
      ]),
    ],
  };
}
