/**
 * How each Dimension maps onto the contact table: the indexed column it groups
 * on, the join it needs (only the ALL_* dimensions need one), and its values
 * with the labels the published report uses.
 */
import { ContactIssue } from '../contacts/contact-issue.entity';
import { ContactServiceArea } from '../contacts/contact-service-area.entity';
import type { Indexed, ReferenceCatalog } from '../reference/reference-catalog';
import { COMPLAINANT_TYPES, OUTCOMES, STAGES } from '../reference/reference-data';
import { frozenList, memoOn } from './catalog-memo';
import { Dimension } from './trend.enums';

export interface DimensionValue {
  key: string;
  label: string;
}

export interface DimensionSpec {
  /** Property path the query groups on: alias is `c` (contact) or the dimension's join alias. */
  column(alias: string): string;
  join?: {
    entity: typeof ContactServiceArea | typeof ContactIssue;
    on: (alias: string) => string;
    /** The join table and its reference column, for SQL written by hand (trend-taxonomy.ts). */
    table: 'contact_service_area' | 'contact_issue';
    refColumn: 'serviceAreaId' | 'issueId';
  };
  /** Every value, in report order (shared between requests: never changed). */
  values(catalog: ReferenceCatalog): readonly DimensionValue[];
  /** The value key for what the database returned. */
  keyOf(raw: unknown, catalog: ReferenceCatalog): string;
  /** Contacts count once per value named, so series may sum to more than the total. */
  oncePerValue: boolean;
}

export const NO_STAGE = 'NONE';

function reference(pick: (c: ReferenceCatalog) => Indexed<{ id: number; code: string; name: string }>, column: string): DimensionSpec {
  return {
    column: (alias) => `${alias}.${column}`,
    values: (catalog) => {
      const { list } = pick(catalog);
      return memoOn(list, 'values', () => frozenList(list.map((r) => ({ key: r.code, label: r.name }))));
    },
    keyOf: (raw, catalog) => pick(catalog).byId.get(Number(raw))?.code ?? String(raw),
    oncePerValue: false,
  };
}

function labelled(labels: Record<string, string>, column: string, nullKey?: DimensionValue): DimensionSpec {
  const values = frozenList([...Object.entries(labels).map(([key, label]) => ({ key, label })), ...(nullKey ? [{ ...nullKey }] : [])]);
  return {
    column: (alias) => `${alias}.${column}`,
    values: () => values,
    keyOf: (raw) => (raw === null || raw === undefined ? (nullKey?.key ?? 'NONE') : String(raw)),
    oncePerValue: false,
  };
}

export const DIMENSIONS: Record<Dimension, DimensionSpec> = {
  [Dimension.RECORD_TYPE]: reference((c) => c.recordTypes, 'recordTypeId'),
  [Dimension.DIVISION]: reference((c) => c.divisions, 'divisionId'),
  [Dimension.SERVICE_AREA]: reference((c) => c.serviceAreas, 'primaryServiceAreaId'),
  [Dimension.ISSUE_CATEGORY]: reference((c) => c.issueCategories, 'primaryIssueCategoryId'),
  [Dimension.ISSUE]: reference((c) => c.issues, 'primaryIssueId'),
  [Dimension.CHANNEL]: reference((c) => c.channels, 'channelId'),
  [Dimension.OUTCOME]: labelled(OUTCOMES, 'outcome'),
  [Dimension.STAGE]: labelled(STAGES, 'stage', { key: NO_STAGE, label: 'No stage (not a complaint)' }),
  [Dimension.COMPLAINANT_TYPE]: labelled(COMPLAINANT_TYPES, 'complainantType'),
  [Dimension.ALL_SERVICE_AREAS]: {
    ...reference((c) => c.serviceAreas, 'serviceAreaId'),
    join: { entity: ContactServiceArea, on: (alias) => `${alias}.contactId = c.id`, table: 'contact_service_area', refColumn: 'serviceAreaId' },
    oncePerValue: true,
  },
  [Dimension.ALL_ISSUES]: {
    ...reference((c) => c.issues, 'issueId'),
    join: { entity: ContactIssue, on: (alias) => `${alias}.contactId = c.id`, table: 'contact_issue', refColumn: 'issueId' },
    oncePerValue: true,
  },
};
