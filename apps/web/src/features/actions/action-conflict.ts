/**
 * A CONFLICT refusal: someone saved the action after you loaded it. Reads the
 * error's extensions (the stored record, the fields changed, the audit entries
 * since your version) and compares their values with yours. Pure (tested in
 * action-conflict.test.ts).
 */
import type { CombinedError } from 'urql';
import type { LearningActionStatus } from '../../graphql/graphql';
import { type ActionValues, valuesOf } from './action-form';
import { ACTION_FIELDS, FIELD_LABELS, isActionField, isStatus, type ActionField } from './action-labels';
import { formatFieldValue, type ReferenceNames } from './action-format';

/** One audit entry as a conflict reports it. */
export interface ConflictChange {
  version: number;
  changedBy: string;
  changedAt: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

/** The stored record a conflict carries: every field of the action, without its history. */
export interface ConflictRecord {
  id: string;
  version: number;
  financialYear: string;
  issueIdentified: string;
  issueCategory: { code: string; name: string } | null;
  serviceArea: { code: string; name: string } | null;
  count: number | null;
  actionNeeded: string;
  byWhom: string;
  status: LearningActionStatus;
  furtherAction: string | null;
  dueDate: string | null;
  overdue: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ActionConflict {
  /** The API's message, naming who changed it and when. */
  message: string;
  current: ConflictRecord;
  /** Their fields, in the order first changed. */
  changedFields: ActionField[];
  changes: ConflictChange[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): value is string => typeof value === 'string';
const textOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
const reference = (value: unknown): value is { code: string; name: string } | null =>
  value === null || (isObject(value) && text(value.code) && text(value.name));

function asRecord(value: unknown): ConflictRecord | null {
  if (!isObject(value)) return null;
  const v = value;
  const ok =
    text(v.id) &&
    typeof v.version === 'number' &&
    text(v.issueIdentified) &&
    text(v.actionNeeded) &&
    text(v.byWhom) &&
    isStatus(v.status) &&
    reference(v.issueCategory) &&
    reference(v.serviceArea) &&
    (v.count === null || typeof v.count === 'number') &&
    textOrNull(v.furtherAction) &&
    textOrNull(v.dueDate);
  if (!ok) return null;
  return {
    id: v.id as string,
    version: v.version as number,
    financialYear: text(v.financialYear) ? v.financialYear : '',
    issueIdentified: v.issueIdentified as string,
    issueCategory: v.issueCategory as ConflictRecord['issueCategory'],
    serviceArea: v.serviceArea as ConflictRecord['serviceArea'],
    count: v.count as number | null,
    actionNeeded: v.actionNeeded as string,
    byWhom: v.byWhom as string,
    status: v.status as LearningActionStatus,
    furtherAction: v.furtherAction as string | null,
    dueDate: v.dueDate as string | null,
    overdue: v.overdue === true,
    createdAt: text(v.createdAt) ? v.createdAt : '',
    updatedAt: text(v.updatedAt) ? v.updatedAt : '',
  };
}

function asChange(value: unknown): ConflictChange | null {
  if (!isObject(value)) return null;
  const { version, changedBy, changedAt, field, oldValue, newValue } = value;
  if (typeof version !== 'number' || !text(changedBy) || !text(changedAt) || !text(field)) return null;
  return { version, changedBy, changedAt, field, oldValue: textOrNull(oldValue) ? oldValue : null, newValue: textOrNull(newValue) ? newValue : null };
}

/** The conflict an error reports, or null when it is some other refusal (or malformed). */
export function parseConflict(error: CombinedError | undefined): ActionConflict | null {
  const found = error?.graphQLErrors.find((e) => e.extensions?.code === 'CONFLICT');
  if (!found) return null;
  const current = asRecord(found.extensions.current);
  if (!current) return null;
  const changes = (Array.isArray(found.extensions.changes) ? found.extensions.changes : [])
    .map(asChange)
    .filter((c): c is ConflictChange => c !== null);
  const named = Array.isArray(found.extensions.changedFields) ? found.extensions.changedFields : changes.map((c) => c.field);
  const changedFields = [...new Set(named.filter((f): f is ActionField => text(f) && isActionField(f)))];
  return { message: found.message, current, changedFields, changes };
}

/** Who saved what since your version: one entry per save, oldest first. */
export interface ConflictSave {
  version: number;
  changedBy: string;
  changedAt: string;
  fields: ActionField[];
}

export function conflictSaves(conflict: ActionConflict): ConflictSave[] {
  const byVersion = new Map<number, ConflictSave>();
  for (const change of conflict.changes) {
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
export function compareWithConflict(
  conflict: ActionConflict,
  base: ActionValues,
  mine: ActionValues,
  names?: ReferenceNames,
): ConflictComparison {
  const theirs = valuesOf(conflict.current);
  const rows = conflict.changedFields.map((field) => ({
    field,
    label: FIELD_LABELS[field],
    theirs: formatFieldValue(field, theirs[field], names),
    yours: formatFieldValue(field, mine[field], names),
    bothChanged: base[field] !== mine[field],
    same: theirs[field] === mine[field],
  }));
  const onlyYours = ACTION_FIELDS.filter((field) => base[field] !== mine[field] && !conflict.changedFields.includes(field)).map((field) => ({
    field,
    label: FIELD_LABELS[field],
    yours: formatFieldValue(field, mine[field], names),
  }));
  return { rows, onlyYours };
}
