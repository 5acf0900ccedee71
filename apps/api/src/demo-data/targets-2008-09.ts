/**
 * The comparison year. The 2009/10 report gives 2008/09 only as table 1's
 * totals, table 7's percentages and the access-to-records and FOI counts; the
 * rest (months, channels, issues, outcomes) is a plausible invention, spread
 * like 2009/10. docs/demo-data.md lists what is published and what is not.
 *
 * Table 1, 2008/09: Social Care complaints 90, 'All other' 24, Schools 4,
 * referrals 10, representations 77, MP/Cllr enquiries 56, compliments 48 = 309.
 * 'All other' is split here as 7 Inclusion + 9 School Standards + 2 Young
 * People statutory complaints, 3 corporate school complaints and 3 LGO complaints.
 */
import type { ContactGroupPlan, YearPlan } from './year-plan.types';

/** April 2008 to March 2009 (invented; each row adds up to the table 1 total). */
const MONTHLY_BY_RECORD_TYPE_2008_09 = {
  STATUTORY_COMPLAINT: [9, 7, 9, 11, 9, 9, 6, 11, 10, 10, 10, 7],
  CORPORATE_COMPLAINT: [1, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0],
  LGO_COMPLAINT: [0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0],
  SCHOOL_COMPLAINT: [1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 0],
  MP_CLLR_ENQUIRY: [5, 3, 6, 4, 6, 4, 4, 4, 5, 7, 5, 3],
  REPRESENTATION: [5, 5, 8, 4, 6, 6, 6, 5, 9, 7, 7, 9],
  COMMENT: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  REFERRAL: [1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 1],
  COMPLIMENT: [5, 4, 2, 4, 4, 3, 5, 4, 3, 5, 5, 4],
} as const;

const CHANNELS_BY_RECORD_TYPE_2008_09: YearPlan['channelsByRecordType'] = {
  STATUTORY_COMPLAINT: { COMPLAINT_FORM: 6, EMAIL: 18, IN_PERSON: 3, LETTER: 52, TELEPHONE: 27, WEB_APPLICATION: 2 },
  CORPORATE_COMPLAINT: { EMAIL: 1, LETTER: 2 },
  LGO_COMPLAINT: { OMBUDSMAN: 3 },
  SCHOOL_COMPLAINT: { LETTER: 1, TELEPHONE: 3 },
  MP_CLLR_ENQUIRY: { EMAIL: 19, LETTER: 34, TELEPHONE: 3 },
  REPRESENTATION: { EMAIL: 9, IN_PERSON: 3, LETTER: 10, TELEPHONE: 55 },
  REFERRAL: { EMAIL: 2, TELEPHONE: 8 },
  COMPLIMENT: { EMAIL: 4, LETTER: 38, TELEPHONE: 6 },
};

const NONE = { onTime: 0, late: 0, missing: 0 };
const all = (count: number) => ({ ...NONE, onTime: count });
const missing = (count: number) => ({ ...NONE, missing: count });

/**
 * Table 7, 2008/09 (same definitions as 2009/10):
 * - Social Care formal: 97.70% = 86/88 acknowledged in time (2 never
 *   acknowledged); 89.90% = 80/89 answered in time (1 withdrawn without a response).
 * - Inclusion and School Standards formal: 100% and 100% (all 16 on time).
 */
const FORMAL_COMPLAINTS_2008_09: ContactGroupPlan[] = [
  {
    recordType: 'STATUTORY_COMPLAINT',
    serviceArea: 'SOCIAL_CARE',
    count: 90,
    issueCategories: {
      BREACH_OF_CONFIDENTIALITY: 5,
      COMMUNICATION: 28,
      ELIGIBILITY_CRITERIA: 2,
      FINANCE: 3,
      STAFFING: 30,
      LACK_OF_SERVICE_PROVISION: 14,
      SAFEGUARDING: 8,
    },
    outcomes: { NOT_UPHELD: 40, UPHELD: 24, PARTIALLY_UPHELD: 22, WITHDRAWN: 2, NOT_RECORDED: 2 },
    acknowledgement: { onTime: 86, late: 2, missing: 2 },
    response: { onTime: 80, late: 9, missing: 1 },
    extended: 15,
  },
  {
    recordType: 'STATUTORY_COMPLAINT',
    serviceArea: 'INCLUSION',
    count: 7,
    issueCategories: { SCHOOL_RELATED: 4, COMMUNICATION: 2, LACK_OF_SERVICE_PROVISION: 1 },
    outcomes: { NOT_UPHELD: 4, UPHELD: 2, PARTIALLY_UPHELD: 1 },
    acknowledgement: all(7),
    response: all(7),
    extended: 1,
  },
  {
    recordType: 'STATUTORY_COMPLAINT',
    serviceArea: 'SCHOOL_STANDARDS',
    count: 9,
    issueCategories: { SCHOOL_RELATED: 6, COMMUNICATION: 2, POLICY: 1 },
    outcomes: { NOT_UPHELD: 5, UPHELD: 2, PARTIALLY_UPHELD: 2 },
    acknowledgement: all(9),
    response: all(9),
    extended: 1,
  },
  {
    recordType: 'STATUTORY_COMPLAINT',
    serviceArea: 'YOUNG_PEOPLE_COMMUNITY',
    count: 2,
    issueCategories: { LACK_OF_SERVICE_PROVISION: 1, STAFFING: 1 },
    outcomes: { NOT_UPHELD: 1, PARTIALLY_UPHELD: 1 },
    acknowledgement: all(2),
    response: all(2),
  },
  {
    recordType: 'CORPORATE_COMPLAINT',
    serviceArea: 'SCHOOLS_CORPORATE',
    count: 3,
    issueCategories: { SCHOOL_RELATED: 2, COMMUNICATION: 1 },
    outcomes: { NOT_UPHELD: 2, UPHELD: 1 },
    acknowledgement: all(3),
    response: { onTime: 2, late: 1, missing: 0 },
  },
  {
    recordType: 'LGO_COMPLAINT',
    serviceArea: 'LGO',
    count: 3,
    issueCategories: { SCHOOL_RELATED: 3 },
    outcomes: { NOT_UPHELD: 3 },
    acknowledgement: all(3),
    response: all(3),
  },
  {
    recordType: 'SCHOOL_COMPLAINT',
    serviceArea: 'SCHOOLS_OWN_PROCEDURE',
    count: 4,
    issueCategories: { SCHOOL_RELATED: 2, STAFFING: 2 },
    outcomes: { NOT_RECORDED: 4 },
    acknowledgement: all(4),
    response: all(4),
  },
];

/**
 * Table 7, 2008/09 enquiries:
 * - Social Care: 100.00% acknowledged (15/15); 93.30% = 14/15 answered in time.
 * - Inclusion and School Standards (22 + 17 = 39): 97.40% = 38/39
 *   acknowledged in time; 51.40% = 18/35 answered in time (4 never answered).
 */
const MP_ENQUIRIES_2008_09: ContactGroupPlan[] = [
  {
    recordType: 'MP_CLLR_ENQUIRY',
    serviceArea: 'SOCIAL_CARE',
    count: 15,
    issueCategories: { COMMUNICATION: 5, LACK_OF_SERVICE_PROVISION: 6, SAFEGUARDING: 2, STAFFING: 2 },
    acknowledgement: all(15),
    response: { onTime: 14, late: 1, missing: 0 },
  },
  {
    recordType: 'MP_CLLR_ENQUIRY',
    serviceArea: 'SCHOOL_STANDARDS',
    count: 22,
    issueCategories: { SCHOOL_RELATED: 12, COMMUNICATION: 6, POLICY: 2, LACK_OF_SERVICE_PROVISION: 2 },
    acknowledgement: all(22),
    response: { onTime: 10, late: 10, missing: 2 },
  },
  {
    recordType: 'MP_CLLR_ENQUIRY',
    serviceArea: 'INCLUSION',
    count: 17,
    issueCategories: { SCHOOL_RELATED: 7, LACK_OF_SERVICE_PROVISION: 6, COMMUNICATION: 4 },
    acknowledgement: { onTime: 16, late: 1, missing: 0 },
    response: { onTime: 8, late: 7, missing: 2 },
  },
  { recordType: 'MP_CLLR_ENQUIRY', serviceArea: 'YOUNG_PEOPLE_COMMUNITY', count: 1, issueCategories: { LACK_OF_SERVICE_PROVISION: 1 }, acknowledgement: all(1), response: all(1) },
  { recordType: 'MP_CLLR_ENQUIRY', serviceArea: 'COMMISSIONING', count: 1, issueCategories: { POLICY: 1 }, acknowledgement: all(1), response: all(1) },
];

const OTHER_CONTACTS_2008_09: ContactGroupPlan[] = [
  {
    recordType: 'REPRESENTATION',
    serviceArea: 'SOCIAL_CARE',
    count: 70,
    issueCategories: { COMMUNICATION: 24, STAFFING: 20, LACK_OF_SERVICE_PROVISION: 18, SAFEGUARDING: 5, BREACH_OF_CONFIDENTIALITY: 2, FINANCE: 1 },
    acknowledgement: missing(70),
    response: { onTime: 65, late: 5, missing: 0 },
  },
  { recordType: 'REPRESENTATION', serviceArea: 'SCHOOL_STANDARDS', count: 3, issueCategories: { SCHOOL_RELATED: 3 }, acknowledgement: missing(3), response: all(3) },
  { recordType: 'REPRESENTATION', serviceArea: 'INCLUSION', count: 2, issueCategories: { SCHOOL_RELATED: 1, COMMUNICATION: 1 }, acknowledgement: missing(2), response: all(2) },
  { recordType: 'REPRESENTATION', serviceArea: 'YOUNG_PEOPLE_COMMUNITY', count: 2, issueCategories: { LACK_OF_SERVICE_PROVISION: 2 }, acknowledgement: missing(2), response: all(2) },
  { recordType: 'REFERRAL', serviceArea: 'SOCIAL_CARE', count: 8, issueCategories: { LACK_OF_SERVICE_PROVISION: 5, SAFEGUARDING: 3 }, acknowledgement: missing(8), response: all(8) },
  { recordType: 'REFERRAL', serviceArea: 'YOUNG_PEOPLE_COMMUNITY', count: 2, issueCategories: { LACK_OF_SERVICE_PROVISION: 2 }, acknowledgement: missing(2), response: all(2) },
  { recordType: 'COMPLIMENT', serviceArea: 'SOCIAL_CARE', count: 30, issueCategories: { STAFFING: 20, LACK_OF_SERVICE_PROVISION: 10 }, acknowledgement: all(30), response: missing(30) },
  { recordType: 'COMPLIMENT', serviceArea: 'ASSETS_INFRASTRUCTURE', count: 12, issueCategories: { ENVIRONMENT: 8, STAFFING: 4 }, acknowledgement: all(12), response: missing(12) },
  { recordType: 'COMPLIMENT', serviceArea: 'INCLUSION', count: 3, issueCategories: { SCHOOL_RELATED: 3 }, acknowledgement: all(3), response: missing(3) },
  { recordType: 'COMPLIMENT', serviceArea: 'SCHOOL_STANDARDS', count: 3, issueCategories: { SCHOOL_RELATED: 3 }, acknowledgement: all(3), response: missing(3) },
];

export const PLAN_2008_09: YearPlan = {
  startYear: 2008,
  monthlyByRecordType: MONTHLY_BY_RECORD_TYPE_2008_09,
  channelsByRecordType: CHANNELS_BY_RECORD_TYPE_2008_09,
  contactGroups: [...FORMAL_COMPLAINTS_2008_09, ...MP_ENQUIRIES_2008_09, ...OTHER_CONTACTS_2008_09],
  formalPrimaryIssues: {
    ALLEGED_BREACH_OF_CONFIDENTIALITY: 5,
    COMMUNICATION_LACK_OF: 20,
    COMMUNICATION_INACCURATE: 3,
    COMMUNICATION_UNWANTED: 1,
    STAFF_CONDUCT: 22,
  },
  formalIssueMentions: {
    ALLEGED_BREACH_OF_CONFIDENTIALITY: 6,
    COMMUNICATION_UNWANTED: 2,
    COMMUNICATION_INACCURATE: 4,
    COMMUNICATION_LACK_OF: 27,
    STAFF_CONDUCT: 28,
  },
  otherSecondIssues: 30,
  extraServiceAreas: 52,
  stage2Escalations: 4,
  managementReviews: 0,
  prematureOmbudsmanReferrals: 1,
  feedback: { sent: 62, returned: 19, printedComments: [] },
  complaintsByChildren: 2,
  informationRequests: [
    {
      kind: 'ACCESS_TO_RECORDS',
      requesterTypes: { POLICE: 6, FORMER_CARE_LEAVER: 24, SOLICITOR: 5, INDIVIDUAL: 4 },
      completedOnTime: 36,
      jointWithAdultServices: 0,
    },
    {
      kind: 'FREEDOM_OF_INFORMATION',
      requesterTypes: { MEDIA: 25, CAMPAIGN_OR_RESEARCH: 28, COMPANY: 15, INDIVIDUAL: 31 },
      completedOnTime: 96,
      jointWithAdultServices: 11,
    },
  ],
};
