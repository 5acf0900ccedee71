/**
 * The words for information requests' codes. Label maps are typed by the
 * schema's enums, so a new value fails the typecheck until it has words.
 */
import { CLOCK_PAUSE_REASONS, INFORMATION_REQUEST_KINDS, REQUESTER_TYPES } from '@complaints/domain';
import type {
  ClockPauseEffect,
  ClockPauseReason,
  InformationRequestEventKind,
  InformationRequestKind,
  InformationRequestSort,
  InformationRequestStatus,
  RequesterType,
} from '../../graphql/graphql';

export const KIND_LABELS: Readonly<Record<InformationRequestKind, string>> = INFORMATION_REQUEST_KINDS;
export const REQUESTER_TYPE_LABELS: Readonly<Record<RequesterType, string>> = REQUESTER_TYPES;
export const PAUSE_REASON_LABELS: Readonly<Record<ClockPauseReason, string>> = CLOCK_PAUSE_REASONS;

export const STATUS_LABELS: Readonly<Record<InformationRequestStatus, string>> = {
  OPEN: 'Open',
  OVERDUE: 'Overdue',
  PAUSED: 'Clock paused',
  COMPLETED: 'Responded',
  WITHDRAWN: 'Withdrawn',
};

/** The tag's colour class for each status (the words say it too). */
export const STATUS_TAGS: Readonly<Record<InformationRequestStatus, string>> = {
  OPEN: 'ir-tag ir-tag--open',
  OVERDUE: 'ir-tag ir-tag--overdue',
  PAUSED: 'ir-tag ir-tag--paused',
  COMPLETED: 'ir-tag ir-tag--done',
  WITHDRAWN: 'ir-tag ir-tag--neutral',
};

/** The statuses offered as a filter, with how each reads there. */
export const STATUS_FILTER_LABELS: Readonly<Record<InformationRequestStatus, string>> = {
  OPEN: 'Open (including overdue and paused)',
  OVERDUE: 'Overdue',
  PAUSED: 'Clock paused',
  COMPLETED: 'Responded',
  WITHDRAWN: 'Withdrawn',
};

export const SORT_LABELS: Readonly<Record<InformationRequestSort, string>> = {
  RECEIVED_NEWEST: 'Received, newest first',
  RECEIVED_OLDEST: 'Received, oldest first',
  DUE_SOONEST: 'Due date, soonest first',
  REFERENCE: 'Reference, A to Z',
};

export const EVENT_TITLES: Readonly<Record<InformationRequestEventKind, string>> = {
  RECEIVED: 'Received',
  ACKNOWLEDGED: 'Acknowledged',
  EXTENDED: 'Deadline extended',
  CLOCK_PAUSED: 'Clock paused',
  CLOCK_RESUMED: 'Clock restarted',
  RESPONDED: 'Response sent',
  WITHDRAWN: 'Withdrawn',
};

/** What resuming after a pause does to the due date, in words. */
export const PAUSE_EFFECT_HINTS: Readonly<Record<ClockPauseEffect, string>> = {
  RESTART: 'The whole time limit starts again on the day it arrives.',
  SUSPEND: 'The days waiting do not count: the due date moves on by them.',
};

export function codesOf<Code extends string>(labels: Readonly<Record<Code, string>>): Code[] {
  return Object.keys(labels) as Code[];
}
