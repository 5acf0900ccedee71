/** Table 9 (section 11): Freedom of Information requests, both years. */
import { printedReportNotes } from '../printed-report';
import { cellOf, CHANGE_NOTE, comparisonColumns, comparisonRow, percentNote } from '../report-rows';
import type { ReportScope } from '../report-scope';
import type { ReportTable } from '../report.types';
import { countRequests, inTimeRow, jointRows } from './information-requests';

export async function buildTable9(scope: ReportScope): Promise<ReportTable> {
  const counts = await countRequests(scope, 'FREEDOM_OF_INFORMATION');
  const rows = [
    comparisonRow('Requests received', counts.received, counts.received),
    ...jointRows(counts),
    inTimeRow('Completed within 20 working days', counts),
  ];
  return {
    id: 'table9',
    title: `Table 9: Freedom of Information requests received, ${scope.previous.financialYear} and ${scope.current.financialYear}`,
    columns: comparisonColumns(scope),
    rows,
    notes: [
      'Requests are counted in the year they were received. Completed within 20 working days means completed on or before the due date (20 working days from receipt; 40 when extended to consider the public interest).',
      'Answered jointly: requests for information held by another directorate as well as this one (11.4).',
      percentNote("that year's requests received"),
      CHANGE_NOTE,
      ...printedReportNotes(scope, () => [
        `The printed report gives the rise in requests as 39% and the share answered within 20 working days as 98.90%, which no whole number of 137 requests gives; computed from the records they are ${cellOf(rows, 'Requests received', 4)}% and ${cellOf(rows, 'Completed within 20 working days', 3)}%.`,
      ]),
    ],
  };
}
