/**
 * Words for the case-work codes. Each map is keyed by a generated enum type,
 * so a new value in the API fails the typecheck here until it has words. The
 * contact vocabularies' words are the API's own, from @complaints/domain.
 */
import {
  CASEWORK_SORTS as CASEWORK_SORT_LABELS,
  CONTACT_SORTS as CONTACT_SORT_LABELS,
  CONTACT_STATUSES as CONTACT_STATUS_LABELS,
  PREFERRED_CONTACT_METHODS as PREFERRED_CONTACT_METHOD_LABELS,
  COMPLAINANT_TYPES as COMPLAINANT_TYPE_LABELS,
  RESPONSE_OUTCOMES as DOMAIN_RESPONSE_OUTCOMES,
  OUTCOMES as OUTCOME_LABELS,
  STAGES as STAGE_LABELS,
} from '@complaints/domain';
import type {
  CaseworkSort,
  CaseworkStep,
  ComplainantType,
  ContactSort,
  ContactStatus,
  EscalationStage,
  Outcome,
  PreferredContactMethod,
  Stage,
  TimelineEventKind,
} from '../../graphql/graphql';

export const STEPS: Record<CaseworkStep, string> = {
  ACKNOWLEDGEMENT: 'Acknowledgement',
  RESPONSE: 'Response',
  STAGE_2_RESPONSE: 'Stage 2 response',
  // The Complaint Handling Code's Stage 2 (acknowledge in 5 working days, respond in 20 from the acknowledgement).
  CODE_STAGE_2_ACKNOWLEDGEMENT: 'Stage 2 acknowledgement (Complaint Handling Code)',
  CODE_STAGE_2_RESPONSE: 'Stage 2 response (Complaint Handling Code)',
  STAGE_3_PANEL: 'Stage 3 review panel',
  STAGE_3_RESPONSE: 'Stage 3 response',
};

export const COMPLAINANT_TYPES: Readonly<Record<ComplainantType, string>> = COMPLAINANT_TYPE_LABELS;

export const OUTCOMES: Readonly<Record<Outcome, string>> = OUTCOME_LABELS;

/** The outcomes a complaint's response can have (the API refuses the others). */
export const RESPONSE_OUTCOMES = DOMAIN_RESPONSE_OUTCOMES;
export type { ResponseOutcome } from '@complaints/domain';

export const STAGES: Readonly<Record<Stage, string>> = STAGE_LABELS;

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
  ASSIGNED: 'Handling officer changed',
};

export const CONTACT_STATUSES: Readonly<Record<ContactStatus, string>> = CONTACT_STATUS_LABELS;

export const CONTACT_SORTS: Readonly<Record<ContactSort, string>> = CONTACT_SORT_LABELS;

export const CASEWORK_SORTS: Readonly<Record<CaseworkSort, string>> = CASEWORK_SORT_LABELS;

export const PREFERRED_CONTACT_METHODS: Readonly<Record<PreferredContactMethod, string>> = PREFERRED_CONTACT_METHOD_LABELS;

export { codesOf } from '@complaints/domain';
