/**
 * The kinds of data caches of figures depend on, one version counter each
 * (a row of `data_version`), and which tables belong to which kind. Separate
 * kinds let a write invalidate only what read it: updating a learning action
 * leaves every cached trend alone, and a new contact leaves nothing that reads
 * only learning actions stale.
 */
import { LearningActionChange } from '../actions/learning-action-change.entity';
import { LearningActionIssue } from '../actions/learning-action-issue.entity';
import { LearningActionProgress } from '../actions/learning-action-progress.entity';
import { LearningAction } from '../actions/learning-action.entity';
import { ComplaintCodeStage } from '../complaint-code/complaint-code-stage.entity';
import { ComplaintRefusal } from '../complaint-code/complaint-refusal.entity';
import { ReasonableAdjustment } from '../complaint-code/reasonable-adjustment.entity';
import { Remedy } from '../complaint-code/remedy.entity';
import { ResponsePoint } from '../complaint-code/response-point.entity';
import { ServiceRequest } from '../complaint-code/service-request.entity';
import { Session } from '../auth/session.entity';
import { UserServiceArea } from '../auth/user-service-area.entity';
import { User } from '../auth/user.entity';
import { ContactIssue } from '../contacts/contact-issue.entity';
import { ContactServiceArea } from '../contacts/contact-service-area.entity';
import { Contact } from '../contacts/contact.entity';
import { Escalation } from '../contacts/escalation.entity';
import { ContactLearningOutcome } from '../contacts/learning-outcome/contact-learning-outcome.entity';
import { DatasetMarker } from '../demo-data/dataset-marker.entity';
import { FeedbackForm } from '../feedback/feedback-form.entity';
import { InformationRequestEvent } from '../information-requests/information-request-event.entity';
import { InformationRequest } from '../information-requests/information-request.entity';
import { LostInformationAction } from '../lost-information/lost-information-action.entity';
import { LostInformationIncident } from '../lost-information/lost-information-incident.entity';
import { LostInformationLearningAction } from '../lost-information/lost-information-learning-action.entity';
import { Channel } from '../reference/channel.entity';
import { Division } from '../reference/division.entity';
import { IssueCategory } from '../reference/issue-category.entity';
import { Issue } from '../reference/issue.entity';
import { RecordType } from '../reference/record-type.entity';
import { ServiceArea } from '../reference/service-area.entity';
import { TaxonomyMapping } from '../reference/taxonomy/taxonomy-mapping.entity';
import { ServiceActivity } from '../service-activity/service-activity.entity';

/** The kinds figures are computed from: what a cached answer names as read (result-cache/). */
export const DATA_KINDS = ['contacts', 'information_requests', 'learning_actions', 'reference_data'] as const;

/**
 * Not a kind any figure reads: the accounts and sessions a request signs in with. Its version tells a process that
 * a session it has looked up before (auth/session-cache.ts) is still as it was: any write to a user, a manager's
 * service areas or a session moves it on.
 */
export const ACCOUNTS_KIND = 'accounts';

export const VERSIONED_KINDS = [...DATA_KINDS, ACCOUNTS_KIND] as const;
export type DataKind = (typeof VERSIONED_KINDS)[number];

/**
 * Every table an aggregate reads, by the kind whose version its writes bump.
 * Feedback forms and learning outcomes are answers about contacts (the
 * trend's learning measures read the outcomes); the social-care activity
 * figures and the demo-dataset marker change a few times a year at most and
 * only the report reads them, so they ride with the reference data rather than
 * costing every trend read a fifth row. Users, their service areas and sessions
 * bump the accounts version, which no figure reads. Other tables no aggregate reads
 * (complainants' details, assignments, embeds, the audit log) bump nothing.
 */
export const KIND_OF_TABLE: ReadonlyMap<unknown, DataKind> = new Map<unknown, DataKind>([
  ...[Contact, ContactServiceArea, ContactIssue, Escalation, ContactLearningOutcome, FeedbackForm].map((t) => [t, 'contacts'] as const),
  // The Code's process (issue 13): its reports read these beside the contacts.
  ...[ServiceRequest, ComplaintRefusal, ReasonableAdjustment, Remedy, ResponsePoint, ComplaintCodeStage].map((t) => [t, 'contacts'] as const),
  // The lost-information register rides with the information requests: both are information-governance registers, only
  // the annual report and lostInformationSummary count it, and a few incidents a year do not justify a kind of their own.
  ...[InformationRequest, InformationRequestEvent, LostInformationIncident, LostInformationAction, LostInformationLearningAction].map(
    (t) => [t, 'information_requests'] as const,
  ),
  ...[LearningAction, LearningActionIssue, LearningActionChange, LearningActionProgress].map((t) => [t, 'learning_actions'] as const),
  ...[Division, ServiceArea, IssueCategory, Issue, RecordType, Channel, TaxonomyMapping, ServiceActivity, DatasetMarker].map((t) => [t, 'reference_data'] as const),
  ...[User, UserServiceArea, Session].map((t) => [t, ACCOUNTS_KIND] as const),
]);
