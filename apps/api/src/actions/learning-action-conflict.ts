/**
 * A stale save: what changed since the version the client edited, field by
 * field, with the stored ("their") value and the one the save would have set
 * ("your" value). Values are written as in the audit (text; codes for
 * reference data; the issues as their sorted codes). Pure.
 */
import { AUDITED_FIELDS, ISSUES_FIELD, issuesAuditValue, type AuditedField } from '@complaints/domain';
import { ACTION_FIELDS, auditValue, type ActionField, type ActionValues } from './learning-action-values';

export interface ConflictFieldChange {
  field: AuditedField;
  theirValue: string | null;
  yourValue: string | null;
}

/** An action's values and the issues it answers (codes). */
export type AuditedValues = ActionValues & { issues: readonly string[] };

const isAuditedField = (field: string): field is AuditedField => (AUDITED_FIELDS as readonly string[]).includes(field);

function written(values: Partial<AuditedValues>, field: AuditedField): string | null | undefined {
  if (field === ISSUES_FIELD) return values.issues === undefined ? undefined : issuesAuditValue(values.issues);
  return values[field] === undefined ? undefined : auditValue(values[field]);
}

/**
 * `since` are the audit entries after the client's version, oldest first: the
 * first entry for a field holds the value the client loaded. `yours` are the
 * fields the save set; a field it did not set keeps the value loaded.
 */
export function conflictChanges(
  since: readonly { field: string; oldValue: string | null }[],
  current: ActionValues & { issues?: readonly string[] },
  yours: Partial<AuditedValues>,
): ConflictFieldChange[] {
  const loaded = new Map<AuditedField, string | null>();
  for (const { field, oldValue } of since) if (isAuditedField(field) && !loaded.has(field)) loaded.set(field, oldValue);
  return AUDITED_FIELDS.filter((field) => loaded.has(field)).map((field) => ({
    field,
    theirValue: written({ issues: [], ...current }, field)!,
    yourValue: written(yours, field) !== undefined ? written(yours, field)! : loaded.get(field)!,
  }));
}

/** The fields an update input sets (names match ActionValues); undefined means "leave it". */
export function fieldsSet(input: Partial<Record<ActionField, unknown>>): Partial<ActionValues> {
  return Object.fromEntries(ACTION_FIELDS.filter((field) => input[field] !== undefined).map((field) => [field, input[field]])) as Partial<ActionValues>;
}
