/** 6.2: outcomes of the year's Stage 1 complaints, every complaint counted, those with no outcome recorded included. */
import { OUTCOMES, type Outcome } from '../../reference/reference-data';
import { Dimension } from '../../trends/trend.enums';
import { printedReportNotes } from '../printed-report';
import { countRow, percentNote } from '../report-rows';
import { FORMAL_COMPLAINTS, trendOfYear, type ReportScope } from '../report-scope';
import type { ReportTable } from '../report.types';

/** The order 6.2 lists them in, then the complaints with none recorded. */
const ORDER: Outcome[] = ['NOT_UPHELD', 'UPHELD', 'PARTIALLY_UPHELD', 'ONGOING', 'WITHDRAWN', 'NOT_RECORDED'];

export async function buildOutcomes(scope: ReportScope): Promise<ReportTable> {
  const result = await trendOfYear(scope, { groupBy: Dimension.OUTCOME, crossBy: Dimension.RECORD_TYPE, filter: FORMAL_COMPLAINTS });
  const count = (outcome: Outcome, recordType?: string) =>
    result.series.filter((s) => s.key === outcome && (!recordType || s.crossKey === recordType)).reduce((sum, s) => sum + (s.total ?? 0), 0);
  const total = result.totalCount;
  const notRecorded = count('NOT_RECORDED');
  const schools = count('NOT_RECORDED', 'SCHOOL_COMPLAINT');
  return {
    id: 'outcomes',
    title: `6.2 Outcomes of Stage 1 complaints, ${scope.current.financialYear}`,
    columns: ['Number', '%'],
    rows: [...ORDER.map((outcome) => countRow(OUTCOMES[outcome], count(outcome), total)), countRow('Stage 1 complaints', total, total)],
    notes: [
      'Stage 1 complaints are the formal complaints (statutory, corporate, school and Ombudsman) received in the year; the outcome is that of the Stage 1 response. Ongoing complaints had no response when the report was generated.',
      `${notRecorded} complaint${notRecorded === 1 ? ' has' : 's have'} no outcome recorded, ${schools} of them school complaints, which follow the school's own procedure (5.4).`,
      percentNote(`all ${total} Stage 1 complaints`),
      ...printedReportNotes(scope, () => [
        `The printed list of outcomes adds to 168 of the 181 complaints, leaving out those with no outcome recorded, and its percentages divide by 170 or by 181 (70 not upheld is printed as 41.18%); here every complaint is shown and every percentage divides by ${total}.`,
      ]),
    ],
  };
}
