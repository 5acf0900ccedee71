/**
 * GraphQL enums for the fixed vocabularies in reference-data.ts. Each enum's
 * values are the codes; the human label is the value's description.
 */
import {
  COMPLAINANT_TYPES,
  INFORMATION_REQUEST_KINDS,
  LEARNING_ACTION_STATUSES,
  OUTCOMES,
  RECORD_TYPE_GROUPS,
  REQUESTER_TYPES,
  STAGES,
} from './reference-data';
import { codeEnum } from '../graphql/code-enum';

export const RecordTypeGroup = codeEnum(RECORD_TYPE_GROUPS, 'RecordTypeGroup', 'Groups of record types used in reports.');
export type RecordTypeGroup = keyof typeof RECORD_TYPE_GROUPS;

export const ComplainantType = codeEnum(COMPLAINANT_TYPES, 'ComplainantType', 'Who made the contact.');
export type ComplainantType = keyof typeof COMPLAINANT_TYPES;

export const Stage = codeEnum(STAGES, 'Stage', 'The complaints-procedure stage a contact has reached.');
export type Stage = keyof typeof STAGES;

export const Outcome = codeEnum(OUTCOMES, 'Outcome', 'Outcome of the first-stage response (6.2).');
export type Outcome = keyof typeof OUTCOMES;

export const InformationRequestKind = codeEnum(
  INFORMATION_REQUEST_KINDS,
  'InformationRequestKind',
  'Access-to-records (subject access) or Freedom of Information.',
);
export type InformationRequestKind = keyof typeof INFORMATION_REQUEST_KINDS;

export const RequesterType = codeEnum(REQUESTER_TYPES, 'RequesterType', 'Who asked for the information.');
export type RequesterType = keyof typeof REQUESTER_TYPES;

export const LearningActionStatus = codeEnum(
  LEARNING_ACTION_STATUSES,
  'LearningActionStatus',
  'Progress of a learning-from-complaints action (Appendix 1).',
);
export type LearningActionStatus = keyof typeof LEARNING_ACTION_STATUSES;
