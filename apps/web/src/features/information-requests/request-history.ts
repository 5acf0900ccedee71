/** A request's history as the page lists it: a title, the date in words, and a line or two of detail per step. Pure. */
import { formatDate } from '../cases/case-dates';
import { EVENT_TITLES, PAUSE_REASON_LABELS } from './request-labels';
import type { RequestHistoryEntry } from './useInformationRequestQuery';

export interface HistoryItem {
  key: string;
  title: string;
  date: string;
  dateText: string;
  details: string[];
}

export function historyItems(entries: readonly RequestHistoryEntry[]): HistoryItem[] {
  return entries.map((entry, index) => {
    const details: string[] = [];
    if (entry.kind === 'CLOCK_PAUSED' && entry.reason) details.push(PAUSE_REASON_LABELS[entry.reason]);
    if (entry.note) details.push(`Reason: ${entry.note}`);
    if (entry.dueDate) details.push(`${entry.kind === 'RECEIVED' ? 'Due' : entry.kind === 'CLOCK_PAUSED' ? 'Was due' : 'Now due'} ${formatDate(entry.dueDate)}`);
    details.push(entry.recordedBy ? `Recorded by ${entry.recordedBy}` : 'From the request’s dates: recorded before this system kept its history');
    return { key: `${index}:${entry.kind}:${entry.date}`, title: EVENT_TITLES[entry.kind], date: entry.date, dateText: formatDate(entry.date), details };
  });
}
