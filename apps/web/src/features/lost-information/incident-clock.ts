/**
 * The 72-hour ICO clock as the web app shows it: the same rule as the API's
 * (@complaints/domain ico-clock), worked out in the browser against its own
 * clock so the hours count down while the page is open.
 */
import { describeIcoClock, icoClock, londonLocalDateTime, type IcoClockState, type IcoDecision } from '@complaints/domain';
import { useEffect, useState } from 'react';

export interface ClockedIncident {
  discoveredAt: string;
  icoDecision?: IcoDecision | null;
  icoDecidedAt?: string | null;
  icoNotifiedAt?: string | null;
}

export interface ClockView {
  state: IcoClockState;
  text: string;
  deadline: Date;
}

export function clockView(incident: ClockedIncident, now: Date): ClockView {
  const clock = icoClock(incident, now);
  return { state: clock.state, text: describeIcoClock(clock, incident.icoDecision), deadline: clock.deadline };
}

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as London reads it, e.g. "Sun 27 Dec 2026, 10:00". */
export function formatLondonTime(instant: string | Date): string {
  return LONDON.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** The value for an <input type="datetime-local"> showing an instant in London time. */
export function localInputValue(instant: string | null | undefined): string {
  return instant ? londonLocalDateTime(instant) : '';
}

/** The current time, refreshed every `everyMs` (a minute by default) so countdowns stay live. */
export function useNow(everyMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
