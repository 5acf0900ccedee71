/** GraphQL enums of the Complaint Handling Code; the words are @complaints/domain's (complaint-code/). */
import { CODE_STAGES, COMPLAINT_REGIMES, REFUSAL_REASONS, REFUSAL_SUBJECTS, REMEDY_TYPES, SERVICE_REQUEST_STATUSES } from '@complaints/domain';
import { codeEnum } from '../graphql/code-enum';

export const ComplaintRegime = codeEnum(COMPLAINT_REGIMES, 'ComplaintRegime', 'Which complaints procedure a contact follows.');
export const CodeStage = codeEnum(CODE_STAGES, 'CodeStage', "A stage of the Ombudsman's Complaint Handling Code (two stages only, §5.2).");
export const RefusalReason = codeEnum(REFUSAL_REASONS, 'RefusalReason', 'Why a complaint or an escalation was not accepted (the Code §2, §5.7).');
export const RefusalSubject = codeEnum(REFUSAL_SUBJECTS, 'RefusalSubject', 'What was refused.');
export const RemedyType = codeEnum(REMEDY_TYPES, 'RemedyType', 'A way of putting things right (the Code §7.1).');
export const ServiceRequestStatus = codeEnum(SERVICE_REQUEST_STATUSES, 'ServiceRequestStatus', 'Where a service request stands (§1.2, §1.8).');

export type {
  CodeStage as CodeStageCode,
  ComplaintRegime as ComplaintRegimeCode,
  RefusalReason as RefusalReasonCode,
  RefusalSubject as RefusalSubjectCode,
  RemedyType as RemedyTypeCode,
  ServiceRequestStatus as ServiceRequestStatusCode,
} from '@complaints/domain';
