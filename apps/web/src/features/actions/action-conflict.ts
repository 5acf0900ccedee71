/**
 * A VersionConflict: someone saved the action after you loaded it. The API
 * sends the stored action (with its history) and the fields changed since,
 * typed by the schema; this compares them with your values. Pure (tested in
 * action-conflict.test.ts).
 */
import type { VersionConflictFieldsFragment } from '../../graphql/graphql';
import { type ActionValues, valuesOf } from './action-form';
import { issuesAuditValue } from '@complaints/domain';
import { AUDITED_FIELDS, FIELD_LABELS, isAuditedField, type AuditedField } from './action-labels';
import { formatFieldValue, type ReferenceNames } from './action-format';

export type ActionConflict = VersionConflictFieldsFragment;

/** Who saved what since your version: one entry per save, oldest first. */
export interface ConflictSave {
  version: number;
  changedBy: string;
  changedAt: string;
  fields: AuditedField[];
}

export function conflictSaves(conflict: ActionConflict): ConflictSave[] {
  const byVersion = new Map<number, ConflictSave>();
  for (const change of conflict.current.history.filter((entry) => entry.version > conflict.expectedVersion)) {
    const save = byVersion.get(change.version) ?? { version: change.version, changedBy: change.changedBy, changedAt: change.changedAt, fields: [] };
    if (isAuditedField(change.field) && !save.fields.includes(change.field)) save.fields.push(change.field);
    byVersion.set(change.version, save);
  }
  return [...byVersion.values()].sort((a, b) => a.version - b.version);
}

export interface ComparisonRow {
  field: AuditedField;
  label: string;
  /** Their (the stored) value, in words. */
  theirs: string;
  /** Your value, in words. */
  yours: string;
  /** You changed this field as well: saving yours again replaces theirs. */
  bothChanged: boolean;
  /** Your value is the same as theirs. */
  same: boolean;
}

export interface ConflictComparison {
  /** A row for each field they changed. */
  rows: ComparisonRow[];
  /** Fields only you changed (saving again keeps their changes and adds these). */
  onlyYours: Array<{ field: AuditedField; label: string; yours: string }>;
}

/** A field's value as the audit writes it (the issues as their sorted codes), so values compare by content. */
function stored(values: ActionValues, field: AuditedField): string | number | null {
  return field === 'issues' ? issuesAuditValue(values.issues) : values[field];
}

/**
 * Their values against yours. `base` is the version you loaded, `mine` the
 * values you tried to save (for a close or reopen: base with the new status).
 */
export function compareWithConflict(conflict: ActionConflict, base: ActionValues, mine: ActionValues, names?: ReferenceNames): ConflictComparison {
  const theirs = valuesOf(conflict.current);
  const changed = conflict.changes.map((change) => change.field);
  const rows = changed.map((field) => ({
    field,
    label: FIELD_LABELS[field],
    theirs: formatFieldValue(field, stored(theirs, field), names),
    yours: formatFieldValue(field, stored(mine, field), names),
    bothChanged: stored(base, field) !== stored(mine, field),
    same: stored(theirs, field) === stored(mine, field),
  }));
  const onlyYours = AUDITED_FIELDS.filter((field) => stored(base, field) !== stored(mine, field) && !changed.includes(field)).map((field) => ({
    field,
    label: FIELD_LABELS[field],
    yours: formatFieldValue(field, stored(mine, field), names),
  }));
  return { rows, onlyYours };
}
