/**
 * The shape of the generated demo dataset: plain records that name reference
 * data by code. The generator (generate-demo-dataset.ts) is pure and
 * deterministic; the loader (load-demo-dataset.ts) writes these records through
 * the same services the API uses, which compute due dates, months and financial years.
 */
import type {
  ChannelCode,
  ComplainantType,
  InformationRequestKind,
  IssueCategoryCode,
  IssueCode,
  LearningActionStatus,
  Outcome,
  RecordTypeCode,
  RequesterType,
  ServiceAreaCode,
  Stage,
} from '../reference/reference-data';

export type IsoDate = string;

export interface DemoEscalation {
  stage: 'STAGE_2' | 'STAGE_3';
  requestedDate: IsoDate;
  responseSentDate: IsoDate | null;
  extended: boolean;
  /** 6.3: one Stage 2 complaint went on to a management review. */
  managementReview: boolean;
  outcome: Outcome;
}

export interface DemoFeedback {
  sentDate: IsoDate;
  returnedDate: IsoDate | null;
  comments: string | null;
}

export interface DemoContact {
  reference: string;
  recordType: RecordTypeCode;
  channel: ChannelCode;
  receivedDate: IsoDate;
  /** Every service area the contact names; the first is the primary one (its division is the contact's). */
  serviceAreas: ServiceAreaCode[];
  /** Every issue the contact raises; the first is the primary one. */
  issues: IssueCode[];
  complainantType: ComplainantType;
  /** Current stage; null for contacts that are not complaints. */
  stage: Stage | null;
  outcome: Outcome;
  acknowledgementSentDate: IsoDate | null;
  responseSentDate: IsoDate | null;
  extended: boolean;
  /** 6.5: a complaint the Ombudsman passed back because the council had not yet investigated it. */
  prematureOmbudsmanReferral: boolean;
  escalations: DemoEscalation[];
  feedback: DemoFeedback | null;
}

export interface DemoInformationRequest {
  reference: string;
  kind: InformationRequestKind;
  /** Service area code: managers see their areas' requests. */
  serviceArea: ServiceAreaCode;
  requesterType: RequesterType;
  receivedDate: IsoDate;
  completedDate: IsoDate | null;
  extended: boolean;
  /** 11.4: requests answered jointly with another directorate (Adult Services). */
  jointWithDirectorate: string | null;
}

export interface DemoServiceActivity {
  financialYear: string;
  referrals: number;
  initialAssessments: number;
  lookedAfterChildren: number;
}

export interface DemoLearningAction {
  financialYear: string;
  issueIdentified: string;
  issueCategory: IssueCategoryCode | null;
  /** The issues it answers: Appendix 1's count is computed from the complaints naming them. */
  issues: IssueCode[];
  serviceArea: ServiceAreaCode | null;
  /** As printed. */
  count: number | null;
  actionNeeded: string;
  byWhom: string;
  status: LearningActionStatus;
  furtherAction: string | null;
  dueDate: IsoDate | null;
}

export interface DemoDataset {
  contacts: DemoContact[];
  informationRequests: DemoInformationRequest[];
  serviceActivity: DemoServiceActivity[];
  learningActions: DemoLearningAction[];
}
