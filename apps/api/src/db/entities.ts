/** Every entity, in one list shared by the data source and the migration generator. */
import { LearningActionChange } from '../actions/learning-action-change.entity';
import { LearningActionIssue } from '../actions/learning-action-issue.entity';
import { LearningAction } from '../actions/learning-action.entity';
import { Session } from '../auth/session.entity';
import { UserServiceArea } from '../auth/user-service-area.entity';
import { User } from '../auth/user.entity';
import { ContactIssue } from '../contacts/contact-issue.entity';
import { ContactServiceArea } from '../contacts/contact-service-area.entity';
import { Contact } from '../contacts/contact.entity';
import { Escalation } from '../contacts/escalation.entity';
import { DatasetMarker } from '../demo-data/dataset-marker.entity';
import { FeedbackForm } from '../feedback/feedback-form.entity';
import { InformationRequest } from '../information-requests/information-request.entity';
import { Channel } from '../reference/channel.entity';
import { Division } from '../reference/division.entity';
import { IssueCategory } from '../reference/issue-category.entity';
import { Issue } from '../reference/issue.entity';
import { RecordType } from '../reference/record-type.entity';
import { ReferenceSequence } from '../reference-numbers/reference-sequence.entity';
import { ServiceArea } from '../reference/service-area.entity';
import { ServiceActivity } from '../service-activity/service-activity.entity';

export const ENTITIES = [
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
  FeedbackForm,
  InformationRequest,
  ServiceActivity,
  LearningAction,
  LearningActionChange,
  User,
  UserServiceArea,
  Session,
  ReferenceSequence,
  LearningActionIssue,
  DatasetMarker,
];
