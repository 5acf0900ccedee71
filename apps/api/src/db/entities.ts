/** Every entity, in one list shared by the data source and the migration generator. */
import { LearningActionChange } from '../actions/learning-action-change.entity';
import { LearningActionIssue } from '../actions/learning-action-issue.entity';
import { LearningActionProgress } from '../actions/learning-action-progress.entity';
import { LearningAction } from '../actions/learning-action.entity';
import { AdminAuditEntry } from '../admin-audit/admin-audit-entry.entity';
import { Session } from '../auth/session.entity';
import { UserServiceArea } from '../auth/user-service-area.entity';
import { User } from '../auth/user.entity';
import { Complainant } from '../complainants/complainant.entity';
import { ComplaintCodeStage } from '../complaint-code/complaint-code-stage.entity';
import { ComplaintRefusal } from '../complaint-code/complaint-refusal.entity';
import { ReasonableAdjustment } from '../complaint-code/reasonable-adjustment.entity';
import { Remedy } from '../complaint-code/remedy.entity';
import { ResponsePoint } from '../complaint-code/response-point.entity';
import { ServiceRequest } from '../complaint-code/service-request.entity';
import { ContactAssignmentEvent } from '../contacts/contact-assignment-event.entity';
import { ContactAssignment } from '../contacts/contact-assignment.entity';
import { ContactIssue } from '../contacts/contact-issue.entity';
import { ContactLearningOutcome } from '../contacts/learning-outcome/contact-learning-outcome.entity';
import { ContactServiceArea } from '../contacts/contact-service-area.entity';
import { Contact } from '../contacts/contact.entity';
import { Escalation } from '../contacts/escalation.entity';
import { DataVersion } from '../data-versions/data-version.entity';
import { DatasetMarker } from '../demo-data/dataset-marker.entity';
import { Embed } from '../embeds/embed.entity';
import { LostInformationAction } from '../lost-information/lost-information-action.entity';
import { LostInformationIncident } from '../lost-information/lost-information-incident.entity';
import { LostInformationLearningAction } from '../lost-information/lost-information-learning-action.entity';
import { FeedbackForm } from '../feedback/feedback-form.entity';
import { HaveYourSayItem } from '../have-your-say/have-your-say.entity';
import { InformationRequestEvent } from '../information-requests/information-request-event.entity';
import { InformationRequest } from '../information-requests/information-request.entity';
import { Channel } from '../reference/channel.entity';
import { Division } from '../reference/division.entity';
import { IssueCategory } from '../reference/issue-category.entity';
import { Issue } from '../reference/issue.entity';
import { RecordType } from '../reference/record-type.entity';
import { ReferenceSequence } from '../reference-numbers/reference-sequence.entity';
import { SavedChart } from '../saved-charts/saved-chart.entity';
import { ServiceArea } from '../reference/service-area.entity';
import { TaxonomyMapping } from '../reference/taxonomy/taxonomy-mapping.entity';
import { ServiceActivity } from '../service-activity/service-activity.entity';
import { AnonymisedRecord } from '../retention/anonymised-record.entity';
import { InformationRequestRetention } from '../retention/information-request-retention.entity';

import { CodeProvision } from '../self-assessment/code-provision.entity';
import { SelfAssessment } from '../self-assessment/self-assessment.entity';
import { SelfAssessmentEntry } from '../self-assessment/self-assessment-entry.entity';
import { SelfAssessmentAction } from '../self-assessment/self-assessment-action.entity';
import { OmbudsmanLetter } from '../ombudsman/ombudsman-letter.entity';
import { OmbudsmanStatistic } from '../ombudsman/ombudsman-statistic.entity';
import { OmbudsmanComparator } from '../ombudsman/ombudsman-comparator.entity';
import { GovernanceResponse } from '../code-report/governance-response.entity';

import { ROLLUP_ENTITIES, RollupLock } from '../rollups/rollup.entities';

export const ENTITIES = [
  ...ROLLUP_ENTITIES.values(),
  RollupLock,
  TaxonomyMapping,
  Division,
  ServiceArea,
  IssueCategory,
  Issue,
  RecordType,
  Channel,
  Contact,
  ContactServiceArea,
  ContactIssue,
  Escalation,
  Complainant,
  ContactAssignment,
  ContactAssignmentEvent,
  FeedbackForm,
  InformationRequest,
  InformationRequestEvent,
  ServiceActivity,
  LearningAction,
  LearningActionChange,
  User,
  UserServiceArea,
  Session,
  ReferenceSequence,
  LearningActionIssue,
  DatasetMarker,
  AdminAuditEntry,
  SavedChart,
  Embed,
  DataVersion,
  LearningActionProgress,
  ContactLearningOutcome,
  InformationRequestRetention,
  AnonymisedRecord,
  LostInformationIncident,
  LostInformationAction,
  LostInformationLearningAction,
  ServiceRequest,
  ComplaintRefusal,
  ReasonableAdjustment,
  Remedy,
  ResponsePoint,
  ComplaintCodeStage,
  // The Complaint Handling Code's self-assessment, annual report and the Ombudsman's figures (issue 13, parts 3–6).
  CodeProvision,
  SelfAssessment,
  SelfAssessmentEntry,
  SelfAssessmentAction,
  OmbudsmanLetter,
  OmbudsmanStatistic,
  OmbudsmanComparator,
  GovernanceResponse,
  HaveYourSayItem,
];
