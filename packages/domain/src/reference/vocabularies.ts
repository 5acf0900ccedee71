/**
 * The fixed vocabularies of a contact (GraphQL enums in the API, labels in the
 * web app): each map's keys are the codes, in the schema's order; its values
 * are the words shown for them.
 */

export const RECORD_TYPE_GROUPS = {
  FORMAL_COMPLAINT: 'Formal complaints',
  ENQUIRY: 'Enquiries',
  REPRESENTATION_OR_COMMENT: 'Representations and comments',
  COMPLIMENT: 'Compliments',
  REFERRAL: 'Referrals',
} as const;
export type RecordTypeGroup = keyof typeof RECORD_TYPE_GROUPS;

/** Who made the contact. Table 6 counts complaints made by children and young people. */
export const COMPLAINANT_TYPES = {
  PARENT_OR_CARER: 'Parent or carer',
  CHILD_OR_YOUNG_PERSON: 'Child or young person',
  RELATIVE: 'Other relative',
  ADVOCATE: 'Advocate or representative',
  MP_OR_COUNCILLOR: 'MP or councillor',
  PROFESSIONAL: 'Professional',
  MEMBER_OF_PUBLIC: 'Member of the public',
} as const;
export type ComplainantType = keyof typeof COMPLAINANT_TYPES;

/** The stage a complaint has reached (null for contacts that are not complaints). */
export const STAGES = {
  STAGE_1: 'Stage 1',
  STAGE_2: 'Stage 2',
  STAGE_3: 'Stage 3',
  OMBUDSMAN: 'Ombudsman',
} as const;
export type Stage = keyof typeof STAGES;

/** Outcome of the contact's first-stage response (6.2). */
export const OUTCOMES = {
  UPHELD: 'Upheld',
  PARTIALLY_UPHELD: 'Partially upheld',
  NOT_UPHELD: 'Not upheld',
  WITHDRAWN: 'Withdrawn',
  ONGOING: 'Ongoing',
  NOT_RECORDED: 'Not recorded',
} as const;
export type Outcome = keyof typeof OUTCOMES;

/** The outcomes a complaint's response can have (the others describe no response, or one not recorded here). */
export const RESPONSE_OUTCOMES = ['UPHELD', 'PARTIALLY_UPHELD', 'NOT_UPHELD'] as const satisfies readonly Outcome[];
export type ResponseOutcome = (typeof RESPONSE_OUTCOMES)[number];

export const INFORMATION_REQUEST_KINDS = {
  ACCESS_TO_RECORDS: 'Access to records',
  FREEDOM_OF_INFORMATION: 'Freedom of Information',
} as const;
export type InformationRequestKind = keyof typeof INFORMATION_REQUEST_KINDS;

export const REQUESTER_TYPES = {
  INDIVIDUAL: 'Individual',
  FORMER_CARE_LEAVER: 'Care leaver (current or former)',
  POLICE: 'Police',
  SOLICITOR: 'Solicitor',
  MEDIA: 'Media',
  CAMPAIGN_OR_RESEARCH: 'Campaign group or researcher',
  COMPANY: 'Company',
} as const;
export type RequesterType = keyof typeof REQUESTER_TYPES;

export const LEARNING_ACTION_STATUSES = {
  OPEN: 'Open',
  ONGOING: 'Ongoing',
  COMPLETED: 'Completed',
} as const;
export type LearningActionStatus = keyof typeof LEARNING_ACTION_STATUSES;

/** The codes of a label map, in its order. */
export function codesOf<Code extends string>(labels: Readonly<Record<Code, unknown>>): Code[] {
  return Object.keys(labels) as Code[];
}
