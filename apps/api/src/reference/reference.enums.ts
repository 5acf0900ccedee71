/**
 * GraphQL enums for the fixed vocabularies in reference-data.ts. Each enum's
 * values are the codes; the human label is the value's description.
 */
import { registerEnumType } from 'type-graphql';
import {
  COMPLAINANT_TYPES,
  INFORMATION_REQUEST_KINDS,
  LEARNING_ACTION_STATUSES,
  OUTCOMES,
  RECORD_TYPE_GROUPS,
  REQUESTER_TYPES,
  STAGES,
} from './reference-data';

type CodeEnum<T extends Record<string, string>> = { [K in keyof T]: K };

function codeEnum<T extends Record<string, string>>(labels: T, name: string, description: string): CodeEnum<T> {
  const values = Object.fromEntries(Object.keys(labels).map((k) => [k, k])) as CodeEnum<T>;
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries(labels).map(([k, label]) => [k, { description: label }])) as never,
  });
  return values;
}

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
