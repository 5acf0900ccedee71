/** Table 2: how contacts reached the team, with each channel's share of the year's contacts. */
import { Dimension } from '../../trends/trend.enums';
import { printedReportNotes } from '../printed-report';
import { cellOf, countRow, percentNote } from '../report-rows';
import { trendOfYear, type ReportScope } from '../report-scope';
import type { ReportTable } from '../report.types';

export async function buildTable2(scope: ReportScope): Promise<ReportTable> {
  const result = await trendOfYear(scope, { groupBy: Dimension.CHANNEL });
  const rows = [...result.series.map((s) => countRow(s.label, s.total ?? 0, result.totalCount)), countRow('Total', result.totalCount, result.totalCount)];
  const letter = scope.catalog.channels.byCode.get('LETTER')?.name;
  const telephone = scope.catalog.channels.byCode.get('TELEPHONE')?.name;
  return {
    id: 'table2',
    title: `Table 2: Contacts – how received, ${scope.current.financialYear}`,
    columns: ['Number', '%'],
    rows,
    notes: [
      percentNote(`all ${result.totalCount} contacts received in the year`),
      ...printedReportNotes(scope, () =>
        letter && telephone
          ? [
              `The printed table shows Letter as 37.6% and Telephone as 31.1%; counted from the records they are ${cellOf(rows, letter, 1)}% and ${cellOf(rows, telephone, 1)}%.`,
            ]
          : [],
      ),
    ],
  };
}
