/**
 * A request's history, pure: the clock's pauses read back from the recorded
 * steps, and the timeline people see. Requests loaded in bulk (the demo data,
 * older records) have no recorded steps: their timeline is made from their
 * dates, with nobody named as having recorded them.
 */
import type { ClockHistory } from './information-request-lifecycle';
import { InformationRequestEventKind, type ClockPauseReason } from './information-request.enums';
import type { InformationRequest } from './information-request.entity';
import type { InformationRequestEvent } from './information-request-event.entity';

type EventRow = Pick<InformationRequestEvent, 'id' | 'kind' | 'date' | 'reason' | 'note' | 'dueDate' | 'recordedBy' | 'recordedAt'>;

/** One entry of the timeline (the GraphQL InformationRequestHistoryEntry). */
export interface HistoryEntry {
  kind: InformationRequestEventKind;
  date: string;
  reason: ClockPauseReason | null;
  note: string | null;
  dueDate: string | null;
  /** Null for entries made from the request's own dates. */
  recordedBy: string | null;
  recordedAt: Date | null;
}

function inOrder(events: readonly EventRow[]): EventRow[] {
  return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
}

/** The ended pauses (each CLOCK_PAUSED with the CLOCK_RESUMED after it) and the last resumption. */
export function clockHistoryOf(events: readonly EventRow[]): ClockHistory {
  const history: ClockHistory = { pauses: [], lastResumedOn: null };
  let open: { reason: ClockPauseReason; pausedOn: string } | null = null;
  for (const event of inOrder(events)) {
    if (event.kind === InformationRequestEventKind.CLOCK_PAUSED && event.reason) open = { reason: event.reason, pausedOn: event.date };
    if (event.kind === InformationRequestEventKind.CLOCK_RESUMED && open) {
      history.pauses.push({ ...open, resumedOn: event.date });
      history.lastResumedOn = event.date;
      open = null;
    }
  }
  return history;
}

const fromDates = (kind: InformationRequestEventKind, date: string, dueDate: string | null = null): HistoryEntry => ({
  kind,
  date,
  reason: null,
  note: null,
  dueDate,
  recordedBy: null,
  recordedAt: null,
});

/** Every step, oldest first; steps the request's dates show but nobody recorded here are added from them. */
export function historyOf(
  request: Pick<InformationRequest, 'receivedDate' | 'dueDate' | 'acknowledgedDate' | 'completedDate' | 'withdrawnDate' | 'extended' | 'extensionReason'>,
  events: readonly EventRow[],
): HistoryEntry[] {
  const entries: HistoryEntry[] = inOrder(events).map((e) => ({
    kind: e.kind,
    date: e.date,
    reason: e.reason,
    note: e.note,
    dueDate: e.dueDate,
    recordedBy: e.recordedBy,
    recordedAt: e.recordedAt,
  }));
  const has = (kind: InformationRequestEventKind) => entries.some((e) => e.kind === kind);
  const missing: HistoryEntry[] = [];
  if (!has(InformationRequestEventKind.RECEIVED)) {
    // With no step recorded here it was never paused, so unless extended its due date is the one set on receipt.
    const dueOnReceipt = entries.length || request.extended ? null : request.dueDate;
    missing.push(fromDates(InformationRequestEventKind.RECEIVED, request.receivedDate, dueOnReceipt));
  }
  if (request.acknowledgedDate && !has(InformationRequestEventKind.ACKNOWLEDGED)) missing.push(fromDates(InformationRequestEventKind.ACKNOWLEDGED, request.acknowledgedDate));
  if (request.extended && !has(InformationRequestEventKind.EXTENDED)) {
    missing.push({ ...fromDates(InformationRequestEventKind.EXTENDED, request.receivedDate, request.dueDate), note: request.extensionReason });
  }
  if (request.completedDate && !has(InformationRequestEventKind.RESPONDED)) missing.push(fromDates(InformationRequestEventKind.RESPONDED, request.completedDate));
  if (request.withdrawnDate && !has(InformationRequestEventKind.WITHDRAWN)) missing.push(fromDates(InformationRequestEventKind.WITHDRAWN, request.withdrawnDate));
  if (!missing.length) return entries;
  // Stable: on the same date, made-up entries go before recorded ones, the received entry first of all.
  return [...missing, ...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
