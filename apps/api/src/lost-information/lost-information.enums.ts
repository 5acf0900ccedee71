/** GraphQL enums of the lost-information register, from the shared vocabulary in @complaints/domain. */
import {
  ENCRYPTION_STATES,
  ICO_DECISIONS,
  INCIDENT_ACTION_KINDS,
  INCIDENT_FORMATS,
  RISK_LEVELS,
  SUBJECTS_DECISIONS,
  type EncryptionState,
  type IcoDecision,
  type IncidentActionKind,
  type IncidentFormat,
  type RiskLevel,
  type SubjectsDecision,
} from '@complaints/domain';
import { codeEnum } from '../graphql/code-enum';

export const IncidentFormatEnum = codeEnum(INCIDENT_FORMATS, 'IncidentFormat', 'How the lost personal information was held or sent.');
export const EncryptionStateEnum = codeEnum(ENCRYPTION_STATES, 'EncryptionState', 'Whether the lost information was encrypted.');
export const IcoDecisionEnum = codeEnum(ICO_DECISIONS, 'IcoDecision', "UK GDPR article 33: whether the breach is notified to the Information Commissioner's Office.");
export const SubjectsDecisionEnum = codeEnum(SUBJECTS_DECISIONS, 'SubjectsDecision', 'UK GDPR article 34: whether the people the information is about are told.');
export const IncidentActionKindEnum = codeEnum(INCIDENT_ACTION_KINDS, 'IncidentActionKind', 'Containment (stop it spreading) or recovery (get it back).');
export const RiskLevelEnum = codeEnum(RISK_LEVELS, 'RiskLevel', 'Likelihood × severity of harm on a 5 × 5 matrix: up to 4 low, up to 12 medium, 15 and above high.');

export const IcoClockStateEnum = codeEnum(
  { RUNNING: 'Not yet done; the 72 hours are still running', OVERDUE: 'Not yet done and more than 72 hours since discovery', MET: 'Done within 72 hours', MISSED: 'Done after 72 hours' },
  'IcoClockState',
  'Where the 72-hour ICO clock stands: it stops when the decision not to notify is made, or when the ICO is notified.',
);

export const IncidentStatusEnum = codeEnum({ OPEN: 'Open', CLOSED: 'Closed' }, 'LostInformationIncidentStatus', 'Whether the incident is still being handled.');

export type { EncryptionState, IcoDecision, IncidentActionKind, IncidentFormat, RiskLevel, SubjectsDecision };
