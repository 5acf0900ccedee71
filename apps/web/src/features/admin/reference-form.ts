/**
 * The reference item forms (add; rename or move; retire): their fields, a code
 * suggested from the name, and the text typed read into the API's input.
 * Only presence is checked here; the API names anything else it refuses.
 */
import { isIsoDate } from '@complaints/domain';
import type { RecordTypeGroup, ReferenceKind, RetireReferenceItemInput, SaveReferenceItemInput } from '../../graphql/graphql';
import type { FormErrors } from '../cases/form-errors';
import { kindInfo } from './reference-kinds';

export const ITEM_FIELDS = ['name', 'code', 'parent', 'group', 'effectiveFrom'] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];

/** What each field is called in messages about it (the date field's label adds '(optional)'). */
export function itemLabels(kind: ReferenceKind): Record<ItemField, string> {
  return { name: 'Name', code: 'Code', parent: kindInfo(kind).parent?.label ?? 'Parent', group: 'Group', effectiveFrom: 'In force from' };
}

export interface ItemFormValues {
  name: string;
  code: string;
  parent: string;
  group: RecordTypeGroup | '';
  /** Adding only: the first day it may be used (a reorganisation's date); empty for now. */
  effectiveFrom: string;
}

/** 'Early Help & Prevention' → 'EARLY_HELP_PREVENTION': the code's shape (capitals, digits, underscores), at most 64 characters. */
export function codeFromName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const code = /^[0-9]/.test(words) ? `X_${words}` : words;
  return code.slice(0, 64).replace(/_+$/, '');
}

export type ReadItemForm = { ok: true; input: SaveReferenceItemInput } | { ok: false; errors: FormErrors<ItemField> };

/** `unreadable`: the browser's date field holds text it could not read as a date. */
export function readItemForm(kind: ReferenceKind, values: ItemFormValues, adding: boolean, unreadable = false): ReadItemForm {
  const errors: FormErrors<ItemField> = { fields: {}, form: [] };
  const info = kindInfo(kind);
  if (!values.name.trim()) errors.fields.name = 'Enter a name';
  if (adding && !values.code.trim()) errors.fields.code = 'Enter a code';
  if (info.parent && !values.parent) errors.fields.parent = `Choose a ${info.parent.label.toLowerCase()}`;
  if (adding && kind === 'RECORD_TYPE' && !values.group) errors.fields.group = 'Choose a group';
  if (adding && (unreadable || (values.effectiveFrom && !isIsoDate(values.effectiveFrom)))) {
    errors.fields.effectiveFrom = 'Enter a real date, such as 1 April 2027, or leave it empty if it is in force now';
  }
  if (Object.keys(errors.fields).length) return { ok: false, errors };
  return {
    ok: true,
    input: {
      kind,
      code: values.code.trim(),
      name: values.name.trim(),
      ...(info.parent ? { parent: values.parent } : {}),
      ...(adding && kind === 'RECORD_TYPE' && values.group ? { group: values.group } : {}),
      ...(adding && values.effectiveFrom ? { effectiveFrom: values.effectiveFrom } : {}),
    },
  };
}

export type ReadRetireForm = { ok: true; input: RetireReferenceItemInput } | { ok: false; error: string };

/** `unreadable`: the browser's date field holds text it could not read as a date. */
export function readRetireForm(kind: ReferenceKind, code: string, date: string, unreadable = false): ReadRetireForm {
  if (unreadable || (date && !isIsoDate(date))) return { ok: false, error: 'Enter a real date, such as 1 April 2027' };
  if (!date) return { ok: false, error: 'Enter the date it is retired from' };
  return { ok: true, input: { kind, code, retiredFrom: date } };
}
