/**
 * How the tracker writes dates, financial years and field values. Pure, and in
 * the council's time zone whatever the browser's (tested in action-format.test.ts).
 */
import { COUNCIL_TIME_ZONE, isIsoDate } from '@complaints/domain';
import { FIELD_LABELS, STATUS_LABELS, isAuditedField, isStatus, type AuditedField } from './action-labels';

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: COUNCIL_TIME_ZONE });
const SHORT_DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: COUNCIL_TIME_ZONE });

/** '2010-10-31' → '31 October 2010'; anything else is shown as it is. */
export function formatDate(iso: string): string {
  return isIsoDate(iso) ? DATE.format(new Date(`${iso}T00:00:00Z`)) : iso;
}

/** An API timestamp in London time: '12 June 2025 at 14:32'. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}

/** The same, shorter, for tables: '12 Jun 2025, 14:32'. */
export function formatShortDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : SHORT_DATE_TIME.format(date);
}

/** Names for the reference codes an action can carry. */
export interface ReferenceNames {
  issueCategories: ReadonlyMap<string, string>;
  serviceAreas: ReadonlyMap<string, string>;
  issues?: ReadonlyMap<string, string>;
}

type Named = { code: string; name: string };

export function referenceNames(options: {
  issueCategories: ReadonlyArray<Named & { issues?: ReadonlyArray<Named> }>;
  serviceAreas: ReadonlyArray<Named>;
}): ReferenceNames {
  return {
    issueCategories: new Map(options.issueCategories.map((c) => [c.code, c.name])),
    serviceAreas: new Map(options.serviceAreas.map((a) => [a.code, a.name])),
    issues: new Map(options.issueCategories.flatMap((c) => c.issues ?? []).map((i) => [i.code, i.name])),
  };
}

export const NOT_SET = 'Not set';

/**
 * A field's value in words, from its stored form (as the audit and a conflict
 * report it): codes become names, dates are written out, null is "Not set".
 */
export function formatFieldValue(field: AuditedField, value: string | number | null | undefined, names?: ReferenceNames): string {
  if (value === null || value === undefined || value === '') return NOT_SET;
  const text = String(value);
  switch (field) {
    case 'status':
      return isStatus(text) ? STATUS_LABELS[text] : text;
    case 'dueDate':
      return formatDate(text);
    case 'issueCategory':
      return names?.issueCategories.get(text) ?? text;
    case 'serviceArea':
      return names?.serviceAreas.get(text) ?? text;
    case 'issues':
      // The audit writes the set as comma-separated codes.
      return listInWords(text.split(',').map((code) => names?.issues?.get(code) ?? code));
    default:
      return text;
  }
}

/** What an audit entry's field is called; 'created' is the entry for a new action. */
export function historyFieldLabel(field: string): string {
  if (field === 'created') return 'Action recorded';
  return isAuditedField(field) ? FIELD_LABELS[field] : field;
}

/** An audit entry's old or new value in words (the 'created' entry's snapshot is not shown). */
export function formatHistoryValue(field: string, value: string | null, names?: ReferenceNames): string {
  if (field === 'created') return '';
  return isAuditedField(field) ? formatFieldValue(field, value, names) : (value ?? NOT_SET);
}

/** "1 change", "3 changes". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "a", "a and b", "a, b and c" (or "a, b or c"). */
export function listInWords(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}
