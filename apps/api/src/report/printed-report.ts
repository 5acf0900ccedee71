/**
 * The printed report the product was built around: Children's Services and
 * Learning, 1 April 2009 to 31 March 2010. A report generated for that year
 * notes where the printed figures differ from what the records give; the
 * generated report always shows the figures counted from the records.
 */
import type { ReportScope } from './report-scope';

export const PRINTED_REPORT_YEAR = '2009/10';

/** Notes about the printed report, only for the year it covers. */
export function printedReportNotes(scope: ReportScope, notes: () => string[]): string[] {
  return scope.current.financialYear === PRINTED_REPORT_YEAR ? notes() : [];
}
