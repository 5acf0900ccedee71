/**
 * Words for the tracker's codes and fields. Keyed by generated types, so a new
 * status or editable field fails the typecheck here until it has a label.
 */
import { LEARNING_ACTION_STATUSES } from '@complaints/domain';
import type { LearningActionStatus, UpdateLearningActionInput } from '../../graphql/graphql';

/** The editable fields, in the API's order (apps/api/src/actions/learning-action-values.ts ACTION_FIELDS). */
export const ACTION_FIELDS = [
  'issueIdentified',
  'issueCategory',
  'serviceArea',
  'count',
  'actionNeeded',
  'byWhom',
  'status',
  'furtherAction',
  'dueDate',
] as const satisfies readonly (keyof UpdateLearningActionInput)[];

export type ActionField = (typeof ACTION_FIELDS)[number];

// Fails the typecheck when the API lets another field be changed and this list does not name it.
type UnlistedFields = Exclude<keyof UpdateLearningActionInput, ActionField>;
const everyFieldIsListed: [UnlistedFields] extends [never] ? true : UnlistedFields = true;
void everyFieldIsListed;

export const FIELD_LABELS: Record<ActionField, string> = {
  issueIdentified: 'Issue identified',
  issueCategory: 'Issue category',
  serviceArea: 'Service area',
  count: 'Number of complaints',
  actionNeeded: 'Action needed',
  byWhom: 'By whom',
  status: 'Status',
  furtherAction: 'Further action',
  dueDate: 'Due date',
};

/** The API's words for the statuses (@complaints/domain). */
export const STATUS_LABELS: Readonly<Record<LearningActionStatus, string>> = LEARNING_ACTION_STATUSES;

export const STATUSES = Object.keys(STATUS_LABELS) as LearningActionStatus[];

export function isActionField(field: string): field is ActionField {
  return (ACTION_FIELDS as readonly string[]).includes(field);
}

export function isStatus(value: unknown): value is LearningActionStatus {
  return typeof value === 'string' && (STATUSES as string[]).includes(value);
}
