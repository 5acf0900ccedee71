/**
 * A VersionConflict: someone saved the action after you loaded it. The API
 * sends the stored action (with its history) and the fields changed since,
 * typed by the schema; this compares them with your values. Pure (tested in
 * action-conflict.test.ts).
 */
import type { VersionConflictFieldsFragment } from '../../graphql/graphql';
import { type ActionValues, valuesOf } from './action-form';
import { ACTION_FIELDS, FIELD_LABELS, isActionField, type ActionField } from './action-labels';
import { formatFieldValue, type ReferenceNames } from './action-format';

export type ActionConflict = VersionConflictFieldsFragment;

/** Who saved what since your version: one entry per save, oldest first. */
export interface ConflictSave {
  version: number;
  changedBy: string;
  changedAt: string;
  fields: ActionField[];
}

export function conflictSaves(conflict: ActionConflict): ConflictSave[] {
  const byVersion = new Map<number, ConflictSave>();
  for (const change of conflict.current.history.filter((entry) => entry.version > conflict.expectedVersion)) {
    const save = byVersion.get(change.version) ?? { version: change.version, changedBy: change.changedBy, changedAt: change.changedAt, fields: [] };
    if (isActionField(change.field) && !save.fields.includes(change.field)) save.fields.push(change.field);
    byVersion.set(change.version, save);
  }
  return [...byVersion.values()].sort((a, b) => a.version - b.version);
}

export interface ComparisonRow {
  field: ActionField;
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
  onlyYours: Array<{ field: ActionField; label: string; yours: string }>;
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
    theirs: formatFieldValue(field, theirs[field], names),
    yours: formatFieldValue(field, mine[field], names),
    bothChanged: base[field] !== mine[field],
    same: theirs[field] === mine[field],
  }));
  const onlyYours = ACTION_FIELDS.filter((field) => base[field] !== mine[field] && !changed.includes(field)).map((field) => ({
    field,
    label: FIELD_LABELS[field],
    yours: formatFieldValue(field, mine[field], names),
  }));
  return { rows, onlyYours };
}
