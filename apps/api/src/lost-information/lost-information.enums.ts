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
import { registerEnumType } from 'type-graphql';

function enumOf<T extends Record<string, string>>(labels: T, name: string, description: string): { [K in keyof T]: K } {
  const values = Object.fromEntries(Object.keys(labels).map((k) => [k, k])) as { [K in keyof T]: K };
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries(labels).map(([k, label]) => [k, { description: label }])) as never,
  });
  return values;
}

export const IncidentFormatEnum = enumOf(INCIDENT_FORMATS, 'IncidentFormat', 'How the lost personal information was held or sent.');
export const EncryptionStateEnum = enumOf(ENCRYPTION_STATES, 'EncryptionState', 'Whether the lost information was encrypted.');
export const IcoDecisionEnum = enumOf(ICO_DECISIONS, 'IcoDecision', "UK GDPR article 33: whether the breach is notified to the Information Commissioner's Office.");
export const SubjectsDecisionEnum = enumOf(SUBJECTS_DECISIONS, 'SubjectsDecision', 'UK GDPR article 34: whether the people the information is about are told.');
export const IncidentActionKindEnum = enumOf(INCIDENT_ACTION_KINDS, 'IncidentActionKind', 'Containment (stop it spreading) or recovery (get it back).');
export const RiskLevelEnum = enumOf(RISK_LEVELS, 'RiskLevel', 'Likelihood × severity of harm on a 5 × 5 matrix: up to 4 low, up to 12 medium, 15 and above high.');

export const IcoClockStateEnum = enumOf(
  { RUNNING: 'Not yet done; the 72 hours are still running', OVERDUE: 'Not yet done and more than 72 hours since discovery', MET: 'Done within 72 hours', MISSED: 'Done after 72 hours' },
  'IcoClockState',
  'Where the 72-hour ICO clock stands: it stops when the decision not to notify is made, or when the ICO is notified.',
);

export const IncidentStatusEnum = enumOf({ OPEN: 'Open', CLOSED: 'Closed' }, 'LostInformationIncidentStatus', 'Whether the incident is still being handled.');

export type { EncryptionState, IcoDecision, IncidentActionKind, IncidentFormat, RiskLevel, SubjectsDecision };
