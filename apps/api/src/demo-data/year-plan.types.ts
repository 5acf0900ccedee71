/**
 * What the generator must produce for one financial year, written as data:
 * targets-2009-10.ts holds the published figures of the 2009/10 report,
 * targets-2008-09.ts the comparison year. The generator turns a plan into
 * records; it makes no choice a plan could state.
 */
import type {
  ChannelCode,
  InformationRequestKind,
  IssueCategoryCode,
  IssueCode,
  Outcome,
  RecordTypeCode,
  RequesterType,
  ServiceAreaCode,
} from '../reference/reference-data';

export type Counts<K extends string> = Partial<Record<K, number>>;

/**
 * How many of a group had an acknowledgement (or response) sent on or before
 * its due date, sent after it, or never recorded. Where the record type has no
 * due date (see timescales/deadline-rules.ts), 'onTime' simply means sent
 * promptly and 'late' must be 0.
 */
export type SentCounts = {
  onTime: number;
  late: number;
  missing: number;
};

/** Contacts of one record type whose primary service area is the same. */
export interface ContactGroupPlan {
  recordType: RecordTypeCode;
  /** The primary service area (serviceAreas[0]); its division is the contact's. */
  serviceArea: ServiceAreaCode;
  count: number;
  /** Table 5: the category of each contact's primary issue. */
  issueCategories: Counts<IssueCategoryCode>;
  /**
   * 6.2: formal complaints only (other contacts are NOT_RECORDED). Responses
   * are missing first for ONGOING complaints, then WITHDRAWN, then NOT_RECORDED.
   */
  outcomes?: Counts<Outcome>;
  acknowledgement: SentCounts;
  response: SentCounts;
  /** How many have an extended response timescale (statutory and corporate complaints). */
  extended?: number;
}

export interface InformationRequestPlan {
  kind: InformationRequestKind;
  requesterTypes: Counts<RequesterType>;
  /** Completed on or before informationRequestDueDate; the rest are completed late. */
  completedOnTime: number;
  /** 11.4: answered jointly with Adult Services. */
  jointWithAdultServices: number;
}

export interface YearPlan {
  /** 2009 for 2009/10: references are CS/2009/0001 and on. */
  startYear: number;
  /** Table 3: contacts received each month, April to March, by record type. */
  monthlyByRecordType: Partial<Record<RecordTypeCode, readonly number[]>>;
  /** Table 2, split by record type. */
  channelsByRecordType: Partial<Record<RecordTypeCode, Counts<ChannelCode>>>;
  contactGroups: readonly ContactGroupPlan[];
  /**
   * Among formal complaints whose primary issue falls in an issue's category,
   * how many have that issue as the primary one (the rest get the category's other issues).
   */
  formalPrimaryIssues: Counts<IssueCode>;
  /** Formal complaints naming each issue anywhere in `issues` (Appendix 1); topped up with second issues. */
  formalIssueMentions: Counts<IssueCode>;
  /** Further second issues on formal complaints, drawn from issues not in formalIssueMentions. */
  otherSecondIssues: number;
  /** Table 4 / 3.10: service areas named by formal complaints beyond their primary one. */
  extraServiceAreas: number;
  /** 6.3 */
  stage2Escalations: number;
  managementReviews: number;
  /** 6.5: social care complaints the Ombudsman passed back as premature. */
  prematureOmbudsmanReferrals: number;
  /** 9: customer feedback forms sent to statutory complainants after the response. */
  feedback: { sent: number; returned: number; printedComments: readonly string[] };
  /** Table 6 / 12.3: statutory complaints made by children or young people. */
  complaintsByChildren: number;
  informationRequests: readonly InformationRequestPlan[];
}
