/**
 * The reference data every council starts with: the record types, channels,
 * divisions, service areas and issue taxonomy of the 2009/10 annual report.
 * Names are exactly the labels used in docs/reference/published-figures-2009-10.json
 * so generated tables read like the published ones. Codes are stable identifiers
 * (used in filters, URLs and the demo data); names can be edited by an admin.
 */

export const RECORD_TYPE_GROUPS = {
  FORMAL_COMPLAINT: 'Formal complaints',
  ENQUIRY: 'Enquiries',
  REPRESENTATION_OR_COMMENT: 'Representations and comments',
  COMPLIMENT: 'Compliments',
  REFERRAL: 'Referrals',
} as const;
export type RecordTypeGroupCode = keyof typeof RECORD_TYPE_GROUPS;

export interface RecordTypeDefinition {
  code: string;
  name: string;
  group: RecordTypeGroupCode;
}

/** The ten record types of table 3, in the table's order. */
export const RECORD_TYPES = [
  { code: 'COMMENT', name: 'Comment', group: 'REPRESENTATION_OR_COMMENT' },
  { code: 'COMPLIMENT', name: 'Compliment', group: 'COMPLIMENT' },
  { code: 'CORPORATE_COMPLAINT', name: 'Corporate complaint', group: 'FORMAL_COMPLAINT' },
  { code: 'CORRESPONDENCE_ENQUIRY', name: 'Correspondence/Enquiry', group: 'ENQUIRY' },
  { code: 'LGO_COMPLAINT', name: 'LGO Complaint', group: 'FORMAL_COMPLAINT' },
  { code: 'MP_CLLR_ENQUIRY', name: 'MP/Cllr Enquiry', group: 'ENQUIRY' },
  { code: 'REFERRAL', name: 'Referral', group: 'REFERRAL' },
  { code: 'REPRESENTATION', name: 'Representation', group: 'REPRESENTATION_OR_COMMENT' },
  { code: 'SCHOOL_COMPLAINT', name: 'School complaint', group: 'FORMAL_COMPLAINT' },
  { code: 'STATUTORY_COMPLAINT', name: 'Statutory complaint', group: 'FORMAL_COMPLAINT' },
] as const satisfies readonly RecordTypeDefinition[];
export type RecordTypeCode = (typeof RECORD_TYPES)[number]['code'];

/** The seven channels of table 2. */
export const CHANNELS = [
  { code: 'COMPLAINT_FORM', name: 'Complaint form' },
  { code: 'EMAIL', name: 'Email' },
  { code: 'IN_PERSON', name: 'In person' },
  { code: 'LETTER', name: 'Letter' },
  { code: 'OMBUDSMAN', name: "From Ombudsman's office" },
  { code: 'TELEPHONE', name: 'Telephone' },
  { code: 'WEB_APPLICATION', name: 'Web application' },
] as const;
export type ChannelCode = (typeof CHANNELS)[number]['code'];

/** The four divisions of 3.2. */
export const DIVISIONS = [
  { code: 'SAFEGUARDING_SOCIAL_CARE', name: 'Safeguarding Social Care' },
  { code: 'SCHOOL_STANDARDS', name: 'School Standards' },
  { code: 'SAFEGUARDING_INCLUSION', name: 'Safeguarding Inclusion' },
  { code: 'SCHOOLS', name: 'Schools' },
] as const;
export type DivisionCode = (typeof DIVISIONS)[number]['code'];

/**
 * The service areas of table 4, each rolling up into one division. The report
 * does not say where Young People and Community Support, Commissioning, Assets
 * and Infrastructure, corporate-procedure school complaints and LGO complaints
 * belong; docs/demo-data.md records the mapping chosen here.
 */
export const SERVICE_AREAS = [
  { code: 'SOCIAL_CARE', name: 'Safeguarding: Social Care', division: 'SAFEGUARDING_SOCIAL_CARE' },
  { code: 'INCLUSION', name: 'Safeguarding: Inclusion', division: 'SAFEGUARDING_INCLUSION' },
  { code: 'SCHOOL_STANDARDS', name: 'School Standards', division: 'SCHOOL_STANDARDS' },
  {
    code: 'YOUNG_PEOPLE_COMMUNITY',
    name: 'Young People and Community Support Services',
    division: 'SAFEGUARDING_INCLUSION',
  },
  { code: 'COMMISSIONING', name: 'Commissioning, Policy and Performance', division: 'SCHOOL_STANDARDS' },
  { code: 'ASSETS_INFRASTRUCTURE', name: 'Assets and Infrastructure', division: 'SCHOOL_STANDARDS' },
  { code: 'SCHOOLS_CORPORATE', name: 'Schools (under corporate procedure)', division: 'SCHOOL_STANDARDS' },
  { code: 'SCHOOLS_OWN_PROCEDURE', name: "Schools (advised to follow school's procedure)", division: 'SCHOOLS' },
  { code: 'LGO', name: 'LGO complaints (not premature)', division: 'SCHOOL_STANDARDS' },
] as const satisfies readonly { code: string; name: string; division: DivisionCode }[];
export type ServiceAreaCode = (typeof SERVICE_AREAS)[number]['code'];

/**
 * Two-level issue taxonomy: the categories are the rows of table 5, the issues
 * beneath them follow Appendix 1 (e.g. Communication: unwanted / inaccurate / lack of).
 */
export const ISSUE_CATEGORIES = [
  {
    code: 'BREACH_OF_CONFIDENTIALITY',
    name: 'Breach of confidentiality',
    issues: [{ code: 'ALLEGED_BREACH_OF_CONFIDENTIALITY', name: 'Alleged breach of confidentiality' }],
  },
  {
    code: 'COMMUNICATION',
    name: 'Communication',
    issues: [
      { code: 'COMMUNICATION_UNWANTED', name: 'Communication: unwanted' },
      { code: 'COMMUNICATION_INACCURATE', name: 'Communication: inaccurate' },
      { code: 'COMMUNICATION_LACK_OF', name: 'Communication: lack of' },
      { code: 'COMMUNICATION_DELAY', name: 'Communication: delayed response' },
    ],
  },
  {
    code: 'ELIGIBILITY_CRITERIA',
    name: 'Eligibility criteria',
    issues: [{ code: 'ELIGIBILITY_DECISION', name: 'Eligibility decision disputed' }],
  },
  {
    code: 'ENVIRONMENT',
    name: 'Environment',
    issues: [
      { code: 'ENVIRONMENT_BUILDINGS', name: 'Buildings and premises' },
      { code: 'ENVIRONMENT_ACCESS', name: 'Physical access' },
    ],
  },
  {
    code: 'FINANCE',
    name: 'Finance',
    issues: [
      { code: 'FINANCE_PAYMENTS', name: 'Payments and allowances' },
      { code: 'FINANCE_CHARGES', name: 'Charges' },
    ],
  },
  {
    code: 'STAFFING',
    name: 'Staffing issues',
    issues: [
      { code: 'STAFF_CONDUCT', name: 'Code of conduct or attitude of staff' },
      { code: 'STAFF_CHANGES', name: 'Change of social worker or key worker' },
      { code: 'STAFF_DECISIONS', name: 'Professional decisions disputed' },
    ],
  },
  {
    code: 'LACK_OF_SERVICE_PROVISION',
    name: 'Lack of service provision',
    issues: [
      { code: 'SERVICE_NOT_PROVIDED', name: 'Service not provided' },
      { code: 'SERVICE_DELAYED', name: 'Service delayed' },
      { code: 'RESPITE_DISABLED_CHILDREN', name: 'Respite for children with disabilities' },
    ],
  },
  {
    code: 'SAFEGUARDING',
    name: 'Safeguarding provision / process',
    issues: [
      { code: 'SAFEGUARDING_ASSESSMENT', name: 'Assessment process' },
      { code: 'SAFEGUARDING_CHILD_PROTECTION', name: 'Child protection process' },
    ],
  },
  {
    code: 'SCHOOL_RELATED',
    name: 'School related services',
    issues: [
      { code: 'SCHOOL_ADMISSIONS', name: 'Admissions' },
      { code: 'SCHOOL_SPECIAL_NEEDS', name: 'Special educational needs statements' },
      { code: 'SCHOOL_TRANSPORT', name: 'School transport' },
    ],
  },
  {
    code: 'POLICY',
    name: 'Policy',
    issues: [{ code: 'POLICY_DISAGREEMENT', name: 'Disagreement with policy' }],
  },
] as const;
export type IssueCategoryCode = (typeof ISSUE_CATEGORIES)[number]['code'];
export type IssueCode = (typeof ISSUE_CATEGORIES)[number]['issues'][number]['code'];

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
