/**
 * A learning action as its editable values, with reference data as codes: what
 * users edit, what the audit records and what a conflict reports. Pure.
 */
import { ACTION_FIELDS, isOverdue, learningActionValues, type ActionField, type LearningActionValues } from '@complaints/domain';
import type { LearningAction } from './learning-action.entity';

export { ACTION_FIELDS, isOverdue, type ActionField };

export type ActionValues = LearningActionValues;

/** The audit entry written when an action is created. */
export const CREATED = 'created';

export interface FieldChange {
  field: ActionField;
  oldValue: string | null;
  newValue: string | null;
}

/** How a value is written in the audit: text, with null kept as null. */
export function auditValue(value: string | number | null): string | null {
  return value === null ? null : String(value);
}

/** The fields that differ between two versions, in ACTION_FIELDS order. */
export function diffActionValues(before: ActionValues, after: ActionValues): FieldChange[] {
  return ACTION_FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({
    field,
    oldValue: auditValue(before[field]),
    newValue: auditValue(after[field]),
  }));
}

/** The 'created' entry's value: the values the action started with (and its issue codes), as JSON. */
export function createdSnapshot(financialYear: string, values: ActionValues, issues: readonly string[] = []): string {
  return JSON.stringify({ financialYear, ...values, issues });
}

/** Reference codes by id, as the catalog provides them. */
export interface CodesById {
  issueCategories: { byId: Map<number, { code: string }> };
  serviceAreas: { byId: Map<number, { code: string }> };
}

export function valuesOf(action: LearningAction, codes: CodesById): ActionValues {
  return learningActionValues(action, {
    issueCategory: action.issueCategoryId === null ? null : (codes.issueCategories.byId.get(action.issueCategoryId)?.code ?? null),
    serviceArea: action.serviceAreaId === null ? null : (codes.serviceAreas.byId.get(action.serviceAreaId)?.code ?? null),
  });
}

/**
 * The tracker's order: overdue actions first (longest overdue first), then the
 * other open ones by due date, then completed ones; undated after dated, and
 * the oldest record first among equals.
 */
export function trackerOrder(today: string) {
  const rank = (a: Pick<LearningAction, 'dueDate' | 'status'>) => (isOverdue(a, today) ? 0 : a.status === 'COMPLETED' ? 2 : 1);
  return (a: Pick<LearningAction, 'id' | 'dueDate' | 'status'>, b: Pick<LearningAction, 'id' | 'dueDate' | 'status'>): number =>
    rank(a) - rank(b) ||
    Number(a.dueDate === null) - Number(b.dueDate === null) ||
    (a.dueDate ?? '').localeCompare(b.dueDate ?? '') ||
    a.id - b.id;
}
