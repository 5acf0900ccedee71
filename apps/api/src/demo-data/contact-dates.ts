/**
 * Received and sent dates. Sent dates are placed against the due dates the
 * timescales module gives, so 'on time' and 'late' mean exactly what the
 * report's queries will measure.
 */
import {
  addCalendarDays,
  addCalendarMonths,
  addWorkingDays,
  isWorkingDay,
  workingDaysBetween,
  type IsoDate,
} from '../timescales';
import type { ChannelCode } from '../reference/reference-data';
import type { Random } from './seeded-random';

/** The dataset is as at the end of September 2012 (2011/12 its last year): nothing is sent after this. */
export const LATEST_SENT_DATE: IsoDate = '2012-09-30';

export type SentStatus = 'onTime' | 'late' | 'missing';

/** Emails and web forms can arrive at weekends; everything else is logged on a working day. */
const WEEKEND_CHANNELS: readonly ChannelCode[] = ['EMAIL', 'WEB_APPLICATION'];

/** A day in `month` ('YYYY-MM'); a working day unless an email or web form came in at the weekend. */
export function receivedDateIn(month: string, channel: ChannelCode | null, random: Random): IsoDate {
  const first = `${month}-01`;
  const daysInMonth = Number(addCalendarDays(addCalendarMonths(first, 1), -1).slice(8));
  const date = addCalendarDays(first, random.int(0, daysInMonth - 1));
  const weekendAllowed = channel !== null && WEEKEND_CHANNELS.includes(channel) && random.chance(0.3);
  return weekendAllowed ? date : nearestWorkingDayInMonth(date);
}

function nearestWorkingDayInMonth(date: IsoDate): IsoDate {
  for (const step of [1, -1]) {
    for (let day = date; day.slice(0, 7) === date.slice(0, 7); day = addCalendarDays(day, step)) {
      if (isWorkingDay(day)) return day;
    }
  }
  throw new Error(`No working day in the month of ${date}`);
}

/**
 * On time: 1 working day after receipt up to the due date. Late: 1-3 working
 * days after it (so still before a 10-day response deadline). With no due
 * date, 'on time' is simply 1-3 working days after receipt.
 */
export function acknowledgementSentDate(
  received: IsoDate,
  due: IsoDate | null,
  status: SentStatus,
  random: Random,
): IsoDate | null {
  if (status === 'missing') return null;
  if (due === null) {
    if (status === 'late') throw new Error('An acknowledgement cannot be late when none is due');
    return addWorkingDays(received, random.int(1, 3));
  }
  if (status === 'onTime') return addWorkingDays(received, random.int(1, workingDaysBetween(received, due)));
  return addWorkingDays(due, random.int(1, 3));
}

/**
 * On time: in the second half of the allowed period (responses tend to go out
 * near the deadline), never before the acknowledgement. Late: 1 to `maxLateWorkingDays`
 * working days after the due date. With no due date, within 4 working days.
 */
export function responseSentDate(
  received: IsoDate,
  acknowledged: IsoDate | null,
  due: IsoDate | null,
  status: SentStatus,
  maxLateWorkingDays: number,
  random: Random,
): IsoDate | null {
  if (status === 'missing') return null;
  const earliest = acknowledged ? workingDaysBetween(received, acknowledged) : isWorkingDay(received) ? 0 : 1;
  if (due === null) {
    if (status === 'late') throw new Error('A response cannot be late when none is due');
    return addWorkingDays(received, earliest + random.int(0, 4));
  }
  if (status === 'onTime') {
    const allowed = workingDaysBetween(received, due);
    if (earliest > allowed) throw new Error(`Acknowledged ${acknowledged} after the response due date ${due}`);
    return addWorkingDays(received, random.int(Math.max(earliest, Math.floor(allowed / 2)), allowed));
  }
  const sent = addWorkingDays(due, random.int(1, maxLateWorkingDays));
  if (acknowledged && sent < acknowledged) throw new Error(`Response ${sent} before acknowledgement ${acknowledged}`);
  return sent;
}

export function assertNotAfterCutoff(what: string, date: IsoDate | null): void {
  if (date && date > LATEST_SENT_DATE) throw new Error(`Demo data: ${what} ${date} is after ${LATEST_SENT_DATE}`);
}
