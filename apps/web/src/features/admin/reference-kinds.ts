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
  retiredFrom: string | null;
  parent: { code: string; name: string } | null;
  group: RecordTypeGroup | null;
}

type Data = AdminReferenceDataQuery;
type Named = { code: string; name: string; retiredFrom?: string | null };

function row(item: Named, extra: Partial<ReferenceRow> = {}): ReferenceRow {
  return { code: item.code, name: item.name, retiredFrom: item.retiredFrom ?? null, parent: null, group: null, ...extra };
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

/** 'In use', 'In use until 31 March 2031' (retiring later), or 'Retired from 1 April 2011'. */
export function statusText(retiredFrom: string | null, today: string): string {
  if (!retiredFrom) return 'In use';
  return isInUseOn({ retiredFrom }, today) ? `In use until ${formatDate(dayBefore(retiredFrom))}` : `Retired from ${formatDate(retiredFrom)}`;
}

/** What items of `kind` may sit in: divisions for service areas, categories for issues; none otherwise. */
export function parentChoices(data: Data, kind: ReferenceKind): Array<{ code: string; name: string; retiredFrom: string | null }> {
  const parents = kind === 'SERVICE_AREA' ? data.divisions : kind === 'ISSUE' ? data.issueCategories : [];
  return parents.map((parent) => ({ code: parent.code, name: parent.name, retiredFrom: parent.retiredFrom ?? null }));
}
