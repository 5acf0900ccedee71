/**
 * Words for the tracker's codes and fields. Keyed by generated types, so a new
 * status or editable field fails the typecheck here until it has a label.
 */
import {
  ACTION_FIELDS,
  ACTION_FIELD_LABELS,
  AUDITED_FIELDS,
  ISSUES_FIELD_LABEL,
  LEARNING_ACTION_STATUSES,
  type AuditedField,
} from '@complaints/domain';
import type { LearningActionStatus, UpdateLearningActionInput } from '../../graphql/graphql';

/** The editable fields, in display order, and their words (@complaints/domain, which the API validates by). */
export { ACTION_FIELDS, AUDITED_FIELDS, isActionField, type ActionField, type AuditedField } from '@complaints/domain';
/** Every audited field's words: the values, and the set of issues. */
export const FIELD_LABELS: Readonly<Record<AuditedField, string>> = { ...ACTION_FIELD_LABELS, issues: ISSUES_FIELD_LABEL };

export function isAuditedField(field: string): field is AuditedField {
  return (AUDITED_FIELDS as readonly string[]).includes(field);
}

// Fails the typecheck when the API lets another field be changed and the shared list does not name it.
type UnlistedFields = Exclude<keyof UpdateLearningActionInput, AuditedField>;
const everyFieldIsListed: [UnlistedFields] extends [never] ? true : UnlistedFields = true;
void everyFieldIsListed;
// ...and when the shared list names a field the API does not take.
const everyListedFieldIsAnInput: readonly (keyof UpdateLearningActionInput)[] = ACTION_FIELDS;
void everyListedFieldIsAnInput;

/** The API's words for the statuses (@complaints/domain). */
export const STATUS_LABELS: Readonly<Record<LearningActionStatus, string>> = LEARNING_ACTION_STATUSES;

export const STATUSES = Object.keys(STATUS_LABELS) as LearningActionStatus[];

export function isStatus(value: unknown): value is LearningActionStatus {
  return typeof value === 'string' && (STATUSES as string[]).includes(value);
}
