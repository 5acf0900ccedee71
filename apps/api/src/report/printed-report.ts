/**
 * The printed report the product was built around: Children's Services and
 * Learning, 1 April 2009 to 31 March 2010. A report generated for that year
 * from the bundled demo dataset (that council's records) notes where the
 * printed figures differ from what the records give; another council's
 * 2009/10 has nothing to do with that document, so gets no such notes. The
 * generated report always shows the figures counted from the records.
 */
import type { ReportScope } from './report-scope';

export const PRINTED_REPORT_YEAR = '2009/10';

/** Whether notes about the printed report belong in this report: the demo council's records, the year it covers. */
export function describesPrintedReport(scope: Pick<ReportScope, 'isDemoDataset' | 'current'>): boolean {
  return scope.isDemoDataset && scope.current.financialYear === PRINTED_REPORT_YEAR;
}

/** Notes about the printed report, only for the demo council's year it covers. */
export function printedReportNotes(scope: ReportScope, notes: () => string[]): string[] {
  return describesPrintedReport(scope) ? notes() : [];
}
