/**
 * Words for the case-work codes. Each map is keyed by a generated enum type,
 * so a new value in the API fails the typecheck here until it has words.
 */
import type { CaseworkStep, ComplainantType, EscalationStage, Outcome, Stage, TimelineEventKind } from '../../graphql/graphql';

export const STEPS: Record<CaseworkStep, string> = {
  ACKNOWLEDGEMENT: 'Acknowledgement',
  RESPONSE: 'Response',
  STAGE_2_RESPONSE: 'Stage 2 response',
  STAGE_3_PANEL: 'Stage 3 review panel',
  STAGE_3_RESPONSE: 'Stage 3 response',
};

export const COMPLAINANT_TYPES: Record<ComplainantType, string> = {
  PARENT_OR_CARER: 'Parent or carer',
  CHILD_OR_YOUNG_PERSON: 'Child or young person',
  RELATIVE: 'Other relative',
  ADVOCATE: 'Advocate or representative',
  PROFESSIONAL: 'Professional',
  MP_OR_COUNCILLOR: 'MP or councillor',
  MEMBER_OF_PUBLIC: 'Member of the public',
};

export const OUTCOMES: Record<Outcome, string> = {
  UPHELD: 'Upheld',
  PARTIALLY_UPHELD: 'Partially upheld',
  NOT_UPHELD: 'Not upheld',
  WITHDRAWN: 'Withdrawn',
  ONGOING: 'Ongoing',
  NOT_RECORDED: 'Not recorded',
};

/** The outcomes a complaint's response can have (the API refuses the others). */
export const RESPONSE_OUTCOMES = ['UPHELD', 'PARTIALLY_UPHELD', 'NOT_UPHELD'] as const satisfies readonly Outcome[];
export type ResponseOutcome = (typeof RESPONSE_OUTCOMES)[number];

export const STAGES: Record<Stage, string> = {
  STAGE_1: 'Stage 1',
  STAGE_2: 'Stage 2',
  STAGE_3: 'Stage 3',
  OMBUDSMAN: 'Ombudsman',
};

export const ESCALATION_STAGES: Record<EscalationStage, string> = {
  STAGE_2: 'Stage 2',
  STAGE_3: 'Stage 3',
};

/** The heading of each kind of timeline event. */
export const TIMELINE_KINDS: Record<TimelineEventKind, string> = {
  RECEIVED: 'Received',
  ACKNOWLEDGED: 'Acknowledged',
  EXTENDED: 'Response timescale extended',
  RESPONDED: 'Response sent',
  ESCALATED: 'Escalated',
  PANEL_HELD: 'Review panel met',
  ESCALATION_RESPONDED: 'Escalation response sent',
  WITHDRAWN: 'Withdrawn by the complainant',
};

/** The codes of a label map, in its order. */
export function codesOf<Code extends string>(labels: Record<Code, unknown>): Code[] {
  return Object.keys(labels) as Code[];
}
