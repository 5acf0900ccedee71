/**
 * A learning action's editable values: the fields (in display and audit
 * order), their words, the free-text limits and when an action is overdue.
 * The API validates and audits by these; the web app builds its form from them.
 */
import type { LearningActionStatus } from '../reference/vocabularies';

/** An action's editable values, with reference data as codes. */
export interface LearningActionValues {
  issueIdentified: string;
  issueCategory: string | null;
  serviceArea: string | null;
  count: number | null;
  actionNeeded: string;
  byWhom: string;
  status: LearningActionStatus;
  furtherAction: string | null;
  dueDate: string | null;
}

/** The editable (and audited) fields, in display order; names match the GraphQL input fields. */
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
] as const satisfies readonly (keyof LearningActionValues)[];

export type ActionField = (typeof ACTION_FIELDS)[number];

export const ACTION_FIELD_LABELS: Readonly<Record<ActionField, string>> = {
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

/** Longest text each free-text field may hold (the learning_action column sizes, and a bound for the long ones). */
export const ACTION_TEXT_MAX_LENGTH = { issueIdentified: 500, byWhom: 200, actionNeeded: 10_000, furtherAction: 10_000 } as const;

export type ActionTextField = keyof typeof ACTION_TEXT_MAX_LENGTH;

export function isActionField(field: string): field is ActionField {
  return (ACTION_FIELDS as readonly string[]).includes(field);
}

/** Due before today and not completed. */
export function isOverdue(action: Pick<LearningActionValues, 'dueDate' | 'status'>, today: string): boolean {
  return action.dueDate !== null && action.dueDate < today && action.status !== 'COMPLETED';
}

/** The values held as codes: a stored action has ids, the API's answer has objects. */
export type ActionReferenceCodes = Pick<LearningActionValues, 'issueCategory' | 'serviceArea'>;

/** A record's editable values, its reference data given as codes. */
export function learningActionValues(
  record: Omit<LearningActionValues, keyof ActionReferenceCodes>,
  { issueCategory, serviceArea }: ActionReferenceCodes,
): LearningActionValues {
  return {
    issueIdentified: record.issueIdentified,
    issueCategory,
    serviceArea,
    count: record.count,
    actionNeeded: record.actionNeeded,
    byWhom: record.byWhom,
    status: record.status,
    furtherAction: record.furtherAction,
    dueDate: record.dueDate,
  };
}

/**
 * The issues an action answers: a set of issue codes, edited and audited beside
 * ACTION_FIELDS (it is not one value). The audit and a conflict write it as one
 * field: the codes sorted and comma-separated, null for none.
 */
export const ISSUES_FIELD = 'issues';

export const ISSUES_FIELD_LABEL = 'Issues';

/** Every audited field, in display order: the values, then the issues. */
export const AUDITED_FIELDS = [...ACTION_FIELDS, ISSUES_FIELD] as const;

export type AuditedField = (typeof AUDITED_FIELDS)[number];

export function issuesAuditValue(codes: readonly string[]): string | null {
  return codes.length ? [...codes].sort().join(',') : null;
}

export function sameIssues(a: readonly string[], b: readonly string[]): boolean {
  return issuesAuditValue(a) === issuesAuditValue(b);
}
