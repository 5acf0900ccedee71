/**
 * The statutory clock of an information request, with its pauses. The due
 * date is the rule's period from the received date (the rule in force on that
 * date), moved by each pause as the rule says (deadline-rules.ts `pauses`):
 *
 * - RESTART: the whole period runs again from the day the clock resumes
 *   (a subject access request's month starts when proof of identity arrives;
 *   an FOI request's 20 working days start again when clarification arrives);
 * - SUSPEND: the days from the pause to the resumption, both included, do not
 *   count (working days for a period in working days, otherwise calendar days),
 *   as FOI s10(2) says of a fees notice.
 *
 * A pause still open has no effect yet: the due date is set when it resumes.
 */
import type { ClockPauseReason } from '@complaints/domain';
import type { InformationRequestKind } from '../reference/reference-data';
import type { ClockPauseEffect, InformationRequestDeadlineRule } from './deadline-rule-types';
import { addPeriod } from './deadlines';
import { addCalendarDays, fromDayNumber, parseIsoDate, toDayNumber, type IsoDate } from './iso-date';
import { findDeadlineRule } from './rule-lookup';
import { addWorkingDays, onOrNextWorkingDay, workingDaysBetween } from './working-days';

export interface ClockPause {
  reason: ClockPauseReason;
  /** The day the requester was asked (for ID, clarification or the fee). */
  pausedOn: IsoDate;
  /** The day it arrived. */
  resumedOn: IsoDate;
}

export interface RequestClockInput {
  kind: InformationRequestKind;
  receivedDate: IsoDate;
  extended: boolean;
  /** Pauses that have ended, in any order; they must not overlap. */
  pauses: readonly ClockPause[];
}

export interface RequestClock {
  dueDate: IsoDate;
  ruleId: string;
  /** The day the period is counted from: the received date, or the latest restart. */
  clockStartedOn: IsoDate;
  /** Days not counted since then (SUSPEND pauses), in `disregardedUnit`. */
  daysDisregarded: number;
  disregardedUnit: 'WORKING_DAYS' | 'CALENDAR_DAYS';
}

function ruleFor(kind: InformationRequestKind, receivedDate: IsoDate): InformationRequestDeadlineRule {
  return findDeadlineRule({ kind: 'INFORMATION_REQUEST', requestKind: kind }, receivedDate);
}

/** What a pause for `reason` does under the rule in force on the received date; null when the rule allows no such pause. */
export function clockPauseEffect(kind: InformationRequestKind, receivedDate: IsoDate, reason: ClockPauseReason): ClockPauseEffect | null {
  return ruleFor(kind, receivedDate).pauses[reason] ?? null;
}

/**
 * Days in the pause (both ends included) after `countedFrom`: the day the
 * period counts from (which itself never counts) or the last day already
 * disregarded (a pause may begin on the day the one before it ended).
 */
function disregardedDays(countedFrom: IsoDate, pause: ClockPause, unit: RequestClock['disregardedUnit']): number {
  const from = Math.max(toDayNumber(countedFrom), toDayNumber(pause.pausedOn) - 1);
  if (unit === 'WORKING_DAYS') return workingDaysBetween(fromDayNumber(from), pause.resumedOn);
  return Math.max(0, toDayNumber(pause.resumedOn) - from);
}

/** The due date with every ended pause applied. Throws on pauses no validation should have let through. */
export function informationRequestClock(input: RequestClockInput): RequestClock {
  const { kind, receivedDate } = input;
  parseIsoDate(receivedDate);
  const rule = ruleFor(kind, receivedDate);
  const period = input.extended && rule.extendedPeriod ? rule.extendedPeriod : rule.period;
  const unit = period.unit === 'WORKING_DAYS' ? 'WORKING_DAYS' : 'CALENDAR_DAYS';
  const pauses = [...input.pauses].sort((a, b) => (a.pausedOn < b.pausedOn ? -1 : a.pausedOn > b.pausedOn ? 1 : 0));

  let start = receivedDate;
  let disregarded = 0;
  let previousEnd = receivedDate;
  let countedFrom = receivedDate;
  for (const pause of pauses) {
    parseIsoDate(pause.pausedOn);
    parseIsoDate(pause.resumedOn);
    if (pause.pausedOn < previousEnd) throw new Error(`A pause from ${pause.pausedOn} starts before ${previousEnd}, the received date or the end of the pause before it`);
    if (pause.resumedOn < pause.pausedOn) throw new Error(`A pause from ${pause.pausedOn} resumes before it started (${pause.resumedOn})`);
    const effect = rule.pauses[pause.reason];
    if (!effect) throw new Error(`Rule '${rule.id}' allows no pause for ${pause.reason}`);
    if (effect === 'RESTART') {
      start = pause.resumedOn;
      disregarded = 0;
    } else {
      disregarded += disregardedDays(countedFrom, pause, unit);
    }
    previousEnd = pause.resumedOn;
    countedFrom = pause.resumedOn;
  }

  const end = unit === 'WORKING_DAYS' ? addWorkingDays(start, period.count + disregarded) : addCalendarDays(addPeriod(start, period), disregarded);
  return {
    dueDate: rule.rollForwardToWorkingDay ? onOrNextWorkingDay(end) : end,
    ruleId: rule.id,
    clockStartedOn: start,
    daysDisregarded: disregarded,
    disregardedUnit: unit,
  };
}
