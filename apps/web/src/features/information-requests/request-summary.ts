/**
 * The summary table: sections 10 and 11 of the annual report (tables 8 and 9)
 * for a year, one row per figure and a column per kind of request. Pure.
 */
import { formatDate } from '../cases/case-dates';
import type { RequestKindSummary, RequestSummaryData } from './useRequestSummaryQuery';

export interface SummaryRow {
  label: string;
  /** Access to records, then Freedom of Information. */
  values: string[];
}

const count = (n: number) => n.toLocaleString('en-GB');
const percent = (n: number | null) => (n === null ? 'Not applicable' : `${n.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`);
const signed = (n: number | null) => (n === null ? 'Not applicable' : `${n > 0 ? '+' : ''}${percent(n)}`);

function row(label: string, kinds: readonly RequestKindSummary[], value: (kind: RequestKindSummary) => string): SummaryRow {
  return { label, values: kinds.map(value) };
}

export function summaryRows(summary: RequestSummaryData): SummaryRow[] {
  const { kinds, financialYear, previousFinancialYear } = summary;
  return [
    row(`Received in ${financialYear}`, kinds, (k) => count(k.received)),
    row(`Received in ${previousFinancialYear}`, kinds, (k) => count(k.receivedPreviousYear)),
    row('Change from the year before', kinds, (k) => signed(k.changePercent)),
    row('From the police', kinds, (k) => count(k.fromPolice)),
    row('Answered jointly with another directorate', kinds, (k) => count(k.jointWithAnotherDirectorate)),
    row('Responded', kinds, (k) => count(k.completed)),
    row('Responded within the time limit', kinds, (k) =>
      k.completedWithinDeadlinePercent === null ? count(k.completedWithinDeadline) : `${count(k.completedWithinDeadline)} (${percent(k.completedWithinDeadlinePercent)} of those received)`,
    ),
    row('Still open', kinds, (k) => count(k.stillOpen)),
    row(`Overdue on ${formatDate(summary.asOf)}`, kinds, (k) => count(k.overdue)),
    row('Withdrawn', kinds, (k) => count(k.withdrawn)),
  ];
}
