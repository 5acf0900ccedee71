/**
 * The six kinds of reference data as the administration pages show them: the
 * URL word for each, its names, its parent (service areas sit in divisions,
 * issues in categories), and each item's status in words. Pure.
 */
import { isInUseOn } from '@complaints/domain';
import type { AdminReferenceDataQuery, RecordTypeGroup, ReferenceKind } from '../../graphql/graphql';
import { formatDate } from '../actions/action-format';

export interface KindInfo {
  kind: ReferenceKind;
  /** In the URL: /reference-data/<slug>. */
  slug: string;
  plural: string;
  singular: string;
  /** The kind this one sits in, and what to call it. */
  parent?: { kind: ReferenceKind; label: string };
}

export const REFERENCE_KINDS: readonly KindInfo[] = [
  { kind: 'RECORD_TYPE', slug: 'record-types', plural: 'Record types', singular: 'record type' },
  { kind: 'CHANNEL', slug: 'channels', plural: 'Channels', singular: 'channel' },
  { kind: 'DIVISION', slug: 'divisions', plural: 'Divisions', singular: 'division' },
  { kind: 'SERVICE_AREA', slug: 'service-areas', plural: 'Service areas', singular: 'service area', parent: { kind: 'DIVISION', label: 'Division' } },
  { kind: 'ISSUE_CATEGORY', slug: 'issue-categories', plural: 'Issue categories', singular: 'issue category' },
  { kind: 'ISSUE', slug: 'issues', plural: 'Issues', singular: 'issue', parent: { kind: 'ISSUE_CATEGORY', label: 'Category' } },
];

export function kindOfSlug(slug: string | undefined): KindInfo | undefined {
  return REFERENCE_KINDS.find((info) => info.slug === slug);
}

export function kindInfo(kind: ReferenceKind): KindInfo {
  return REFERENCE_KINDS.find((info) => info.kind === kind)!;
}

export interface ReferenceRow {
  code: string;
  name: string;
  /** The first day it may be used; null when it always could. */
  effectiveFrom: string | null;
  retiredFrom: string | null;
  parent: { code: string; name: string } | null;
  group: RecordTypeGroup | null;
}

type Data = AdminReferenceDataQuery;
type Named = { code: string; name: string; effectiveFrom?: string | null; retiredFrom?: string | null };

function row(item: Named, extra: Partial<ReferenceRow> = {}): ReferenceRow {
  return { code: item.code, name: item.name, effectiveFrom: item.effectiveFrom ?? null, retiredFrom: item.retiredFrom ?? null, parent: null, group: null, ...extra };
}

/** One kind's items, in the API's order (report order, then as added). */
export function referenceRows(data: Data, kind: ReferenceKind): ReferenceRow[] {
  switch (kind) {
    case 'RECORD_TYPE':
      return data.recordTypes.map((item) => row(item, { group: item.group }));
    case 'CHANNEL':
      return data.channels.map((item) => row(item));
    case 'DIVISION':
      return data.divisions.map((item) => row(item));
    case 'SERVICE_AREA':
      return data.serviceAreas.map((item) => row(item, { parent: { code: item.division.code, name: item.division.name } }));
    case 'ISSUE_CATEGORY':
      return data.issueCategories.map((item) => row(item));
    case 'ISSUE':
      return data.issueCategories.flatMap((category) => category.issues.map((item) => row(item, { parent: { code: category.code, name: category.name } })));
  }
}

/** The day before an ISO date (the last day a value retiring on `iso` may be used). */
function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * An item's dates in words: 'In use'; 'In use since 1 April 2010' (added by a
 * reorganisation); 'Comes into use on 1 April 2027' (not yet); each with
 * ', until 31 March 2031' when it retires later; or 'Retired from 1 April 2011',
 * with the day it came into use when it has one.
 */
export function statusText(item: { effectiveFrom: string | null; retiredFrom: string | null }, today: string): string {
  const { effectiveFrom, retiredFrom } = item;
  if (retiredFrom && !isInUseOn({ retiredFrom }, today)) {
    return `Retired from ${formatDate(retiredFrom)}${effectiveFrom ? ` (in use from ${formatDate(effectiveFrom)})` : ''}`;
  }
  const until = retiredFrom ? `until ${formatDate(dayBefore(retiredFrom))}` : '';
  if (!effectiveFrom) return until ? `In use ${until}` : 'In use';
  const start = effectiveFrom > today ? `Comes into use on ${formatDate(effectiveFrom)}` : `In use since ${formatDate(effectiveFrom)}`;
  return until ? `${start}, ${until}` : start;
}

/** What items of `kind` may sit in: divisions for service areas, categories for issues; none otherwise. */
export function parentChoices(data: Data, kind: ReferenceKind): Array<{ code: string; name: string; retiredFrom: string | null }> {
  const parents = kind === 'SERVICE_AREA' ? data.divisions : kind === 'ISSUE' ? data.issueCategories : [];
  return parents.map((parent) => ({ code: parent.code, name: parent.name, retiredFrom: parent.retiredFrom ?? null }));
}
