/**
 * Words for the trend API's codes. Each map is keyed by a generated enum type,
 * so when the API adds a measure, dimension or filter value the typecheck
 * fails here until it has a label (and a place in the explorer).
 */
import type {
  ComplainantType,
  Dimension,
  Granularity,
  Outcome,
  RecordTypeGroup,
  Stage,
  TrendMeasure,
} from '../../graphql/graphql';

export type MeasureUnit = 'count' | 'percent' | 'days';

export const MEASURES: Record<TrendMeasure, { label: string; unit: MeasureUnit }> = {
  CONTACTS: { label: 'Number of contacts', unit: 'count' },
  ACKNOWLEDGED_IN_TIME_PERCENT: { label: 'Acknowledged in time (%)', unit: 'percent' },
  RESPONDED_IN_TIME_PERCENT: { label: 'Responded to in time (%)', unit: 'percent' },
  MEDIAN_WORKING_DAYS_TO_RESPONSE: { label: 'Median working days to respond', unit: 'days' },
};

export const DIMENSIONS: Record<Dimension, string> = {
  RECORD_TYPE: 'Record type',
  CHANNEL: 'Channel',
  DIVISION: 'Division',
  SERVICE_AREA: 'Service area (primary)',
  ALL_SERVICE_AREAS: 'Service area (every one named)',
  ISSUE_CATEGORY: 'Issue category',
  ISSUE: 'Issue (primary)',
  ALL_ISSUES: 'Issue (every one raised)',
  OUTCOME: 'Outcome',
  STAGE: 'Stage',
  COMPLAINANT_TYPE: 'Complainant type',
};

export const GRANULARITIES: Record<Granularity, string> = {
  MONTH: 'Month',
  QUARTER: 'Quarter',
  FINANCIAL_YEAR: 'Financial year',
};

export const RECORD_TYPE_GROUPS: Record<RecordTypeGroup, string> = {
  FORMAL_COMPLAINT: 'Formal complaints',
  ENQUIRY: 'Enquiries',
  REPRESENTATION_OR_COMMENT: 'Representations and comments',
  COMPLIMENT: 'Compliments',
  REFERRAL: 'Referrals',
};

export const OUTCOMES: Record<Outcome, string> = {
  UPHELD: 'Upheld',
  PARTIALLY_UPHELD: 'Partially upheld',
  NOT_UPHELD: 'Not upheld',
  WITHDRAWN: 'Withdrawn',
  ONGOING: 'Ongoing',
  NOT_RECORDED: 'Not recorded',
};

export const STAGES: Record<Stage, string> = {
  STAGE_1: 'Stage 1',
  STAGE_2: 'Stage 2',
  STAGE_3: 'Stage 3',
  OMBUDSMAN: 'Ombudsman',
};

export const COMPLAINANT_TYPES: Record<ComplainantType, string> = {
  CHILD_OR_YOUNG_PERSON: 'Child or young person',
  PARENT_OR_CARER: 'Parent or carer',
  RELATIVE: 'Other relative',
  ADVOCATE: 'Advocate or representative',
  PROFESSIONAL: 'Professional',
  MP_OR_COUNCILLOR: 'MP or councillor',
  MEMBER_OF_PUBLIC: 'Member of the public',
};

/** The codes of a label map, in its order. */
export function codesOf<Code extends string>(labels: Record<Code, unknown>): Code[] {
  return Object.keys(labels) as Code[];
}
