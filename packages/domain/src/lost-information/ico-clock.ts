/**
 * The 72-hour clock for telling the Information Commissioner's Office about a
 * personal data breach (UK GDPR article 33(1): "without undue delay and, where
 * feasible, not later than 72 hours after having become aware of it").
 *
 * Unlike every other deadline in the product (timescales/: working days that
 * skip weekends and bank holidays), this one is ELAPSED TIME: 72 hours from
 * the moment the council became aware, i.e. when the loss was discovered.
 * Weekends, bank holidays and nights all count.
 *
 * Times are instants: stored in UTC (the database columns are UTC on both
 * dialects) and only shown in London time. Because the clock adds elapsed
 * milliseconds, a deadline across a clock change falls an hour earlier or
 * later on London's wall clock (discovered 12:00 GMT on the Saturday before
 * British Summer Time starts → due 13:00 BST on the Tuesday), which is right:
 * 72 hours really have passed.
 */
import type { IcoDecision } from './lost-information-vocabulary';

export const ICO_NOTIFICATION_HOURS = 72;
const HOUR_MS = 60 * 60 * 1000;

export type IsoInstant = string;
type Instant = Date | IsoInstant;

function ms(value: Instant): number {
  return typeof value === 'string' ? Date.parse(value) : value.getTime();
}

/** When the ICO decision (and, if notifying, the notification) is due: discovery + 72 elapsed hours. */
export function icoDeadline(discoveredAt: Instant): Date {
  return new Date(ms(discoveredAt) + ICO_NOTIFICATION_HOURS * HOUR_MS);
}

export interface IcoClockInput {
  discoveredAt: Instant;
  icoDecision?: IcoDecision | null;
  icoDecidedAt?: Instant | null;
  icoNotifiedAt?: Instant | null;
}

/**
 * RUNNING: not yet done and the deadline is still ahead. OVERDUE: not done and
 * past it. MET / MISSED: done, on or before / after the deadline.
 */
export type IcoClockState = 'RUNNING' | 'OVERDUE' | 'MET' | 'MISSED';

export interface IcoClock {
  deadline: Date;
  state: IcoClockState;
  /** When the clock stopped: the notification when notifying, else the decision not to; null while it runs. */
  stoppedAt: Date | null;
  /** Whole hours left (rounded down: "due in 14 h" means at least 14); 0 unless RUNNING. */
  hoursRemaining: number;
  /** Whole hours past the deadline (rounded up: 1 minute late is "1 h"), until now or until it stopped; 0 unless OVERDUE or MISSED. */
  hoursOverdue: number;
  /** Milliseconds from now to the deadline (negative once past), for live countdowns. */
  msRemaining: number;
}

/**
 * When the clock stops. Deciding not to notify stops it (the decision, with its
 * reason, is what the ICO expects to see recorded); deciding to notify stops it
 * only once the notification has been made.
 */
export function icoClockStoppedAt(input: IcoClockInput): Date | null {
  if (input.icoDecision === 'DO_NOT_NOTIFY' && input.icoDecidedAt) return new Date(ms(input.icoDecidedAt));
  if (input.icoDecision === 'NOTIFY' && input.icoNotifiedAt) return new Date(ms(input.icoNotifiedAt));
  return null;
}

export function icoClock(input: IcoClockInput, now: Instant = new Date()): IcoClock {
  const deadline = icoDeadline(input.discoveredAt);
  const stoppedAt = icoClockStoppedAt(input);
  const end = stoppedAt ? stoppedAt.getTime() : ms(now);
  const late = end - deadline.getTime();
  const msRemaining = deadline.getTime() - ms(now);
  if (stoppedAt) {
    return { deadline, stoppedAt, state: late > 0 ? 'MISSED' : 'MET', hoursRemaining: 0, hoursOverdue: late > 0 ? Math.ceil(late / HOUR_MS) : 0, msRemaining };
  }
  if (late > 0) return { deadline, stoppedAt, state: 'OVERDUE', hoursRemaining: 0, hoursOverdue: Math.ceil(late / HOUR_MS), msRemaining };
  return { deadline, stoppedAt, state: 'RUNNING', hoursRemaining: Math.floor(-late / HOUR_MS), hoursOverdue: 0, msRemaining };
}

/** Whether the ICO was notified (or the decision not to was made) within 72 hours of discovery; null while undecided. */
export function reportedWithin72Hours(input: IcoClockInput): boolean | null {
  const stoppedAt = icoClockStoppedAt(input);
  return stoppedAt ? stoppedAt.getTime() <= icoDeadline(input.discoveredAt).getTime() : null;
}

/** The clock in words: "ICO decision due in 14 h", "ICO decision overdue by 3 h", "Met: …", "Missed by 5 h". */
export function describeIcoClock(clock: IcoClock, decision?: IcoDecision | null): string {
  const what = decision === 'NOTIFY' ? 'ICO notification' : 'ICO decision';
  switch (clock.state) {
    case 'RUNNING':
      return clock.hoursRemaining < 1 ? `${what} due in under 1 h` : `${what} due in ${clock.hoursRemaining} h`;
    case 'OVERDUE':
      return `${what} overdue by ${clock.hoursOverdue} h`;
    case 'MET':
      return decision === 'NOTIFY' ? 'ICO notified within 72 hours' : 'ICO decision made within 72 hours';
    case 'MISSED':
      return decision === 'NOTIFY' ? `ICO notified ${clock.hoursOverdue} h after the 72 hours` : `ICO decision made ${clock.hoursOverdue} h after the 72 hours`;
  }
}

const LONDON_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** London's wall-clock time of an instant as 'YYYY-MM-DDTHH:MM' (the value an <input type="datetime-local"> takes). */
export function londonLocalDateTime(instant: Instant): string {
  const parts = Object.fromEntries(LONDON_PARTS.formatToParts(new Date(ms(instant))).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant a London wall-clock time ('YYYY-MM-DDTHH:MM') names, or null if
 * it is not one. In the repeated hour when clocks go back the earlier (BST)
 * instant is taken; a time in the skipped hour in spring is read as GMT
 * (01:30 → 02:30 BST), as a person's watch would have shown before changing.
 */
export function instantFromLondonLocal(local: string): Date | null {
  const m = LOCAL_PATTERN.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
  // London is UTC+0 or UTC+1: try BST first so the repeated autumn hour reads as BST.
  for (const offsetHours of [1, 0]) {
    const candidate = new Date(asUtc - offsetHours * HOUR_MS);
    if (londonLocalDateTime(candidate) === local) return candidate;
  }
  return new Date(asUtc);
}
