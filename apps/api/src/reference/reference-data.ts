/**
 * The reference data every council starts with: the record types, channels,
 * divisions, service areas and issue taxonomy of the 2009/10 annual report.
 * Names are exactly the labels used in docs/reference/published-figures-2009-10.json
 * so generated tables read like the published ones. Codes are stable identifiers
 * (used in filters, URLs and the demo data); names can be edited by an admin.
 */

// The fixed vocabularies (codes and their words) are defined once, in @complaints/domain.
import type { RecordTypeGroup } from '@complaints/domain';
export {
  COMPLAINANT_TYPES,
  INFORMATION_REQUEST_KINDS,
  LEARNING_ACTION_STATUSES,
  OUTCOMES,
  RECORD_TYPE_GROUPS,
  REQUESTER_TYPES,
  STAGES,
} from '@complaints/domain';
export type { ComplainantType, InformationRequestKind, LearningActionStatus, Outcome, RequesterType, Stage } from '@complaints/domain';
export type RecordTypeGroupCode = RecordTypeGroup;

/** The ten record types of table 3 and their groups: defined in @complaints/domain (reference/record-types). */
export { RECORD_TYPES, type RecordTypeCode, type RecordTypeDefinition } from '@complaints/domain';

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
