/**
 * A stale save: what changed since the version the client edited, field by
 * field, with the stored ("their") value and the one the save would have set
 * ("your" value). Values are written as in the audit (text; codes for
 * reference data). Pure.
 */
import { ACTION_FIELDS, auditValue, type ActionField, type ActionValues } from './learning-action-values';

export interface ConflictFieldChange {
  field: ActionField;
  theirValue: string | null;
  yourValue: string | null;
}

const isActionField = (field: string): field is ActionField => (ACTION_FIELDS as readonly string[]).includes(field);

/**
 * `since` are the audit entries after the client's version, oldest first: the
 * first entry for a field holds the value the client loaded. `yours` are the
 * fields the save set; a field it did not set keeps the value loaded.
 */
export function conflictChanges(
  since: readonly { field: string; oldValue: string | null }[],
  current: ActionValues,
  yours: Partial<ActionValues>,
): ConflictFieldChange[] {
  const loaded = new Map<ActionField, string | null>();
  for (const { field, oldValue } of since) if (isActionField(field) && !loaded.has(field)) loaded.set(field, oldValue);
  return ACTION_FIELDS.filter((field) => loaded.has(field)).map((field) => ({
    field,
    theirValue: auditValue(current[field]),
    yourValue: yours[field] !== undefined ? auditValue(yours[field]) : loaded.get(field)!,
  }));
}

/** The fields an update input sets (names match ActionValues); undefined means "leave it". */
export function fieldsSet(input: Partial<Record<ActionField, unknown>>): Partial<ActionValues> {
  return Object.fromEntries(ACTION_FIELDS.filter((field) => input[field] !== undefined).map((field) => [field, input[field]])) as Partial<ActionValues>;
}
