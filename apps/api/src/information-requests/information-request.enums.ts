/** GraphQL enums of the information request registers beyond the reference vocabularies. */
import { CLOCK_PAUSE_REASONS } from '@complaints/domain';
import { registerEnumType } from 'type-graphql';

export const ClockPauseReason = Object.fromEntries(Object.keys(CLOCK_PAUSE_REASONS).map((k) => [k, k])) as {
  [K in keyof typeof CLOCK_PAUSE_REASONS]: K;
};
export type ClockPauseReason = keyof typeof CLOCK_PAUSE_REASONS;

registerEnumType(ClockPauseReason, {
  name: 'ClockPauseReason',
  description:
    "Why a request's clock is paused. What the pause does to the due date depends on the rule in force: a subject access request's month starts when proof of identity arrives; an FOI request's 20 working days start again when clarification arrives; the working days awaiting an FOI fee do not count.",
  valuesConfig: Object.fromEntries(Object.entries(CLOCK_PAUSE_REASONS).map(([k, label]) => [k, { description: label }])) as never,
});

/** What happened to a request, in its history. */
export enum InformationRequestEventKind {
  RECEIVED = 'RECEIVED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  EXTENDED = 'EXTENDED',
  CLOCK_PAUSED = 'CLOCK_PAUSED',
  CLOCK_RESUMED = 'CLOCK_RESUMED',
  RESPONDED = 'RESPONDED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(InformationRequestEventKind, {
  name: 'InformationRequestEventKind',
  description: 'A step in the history of an information request.',
});
