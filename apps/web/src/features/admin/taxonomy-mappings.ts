/**
 * Reorganisations on the reference-data pages: the mappings of one kind as
 * table rows (a split's successors together), and the "retire and replace"
 * form read into the API's input. Pure, tested in taxonomy-mappings.test.ts.
 */
import { isIsoDate, type TaxonomyMappingKind } from '@complaints/domain';
import type { AddTaxonomyMappingInput, ReferenceKind, TaxonomyKind } from '../../graphql/graphql';
import type { FormErrors } from '../cases/form-errors';

export const TAXONOMY_KINDS: readonly ReferenceKind[] = ['DIVISION', 'SERVICE_AREA', 'ISSUE_CATEGORY', 'ISSUE'];

export function isTaxonomyKind(kind: ReferenceKind): kind is TaxonomyKind {
  return TAXONOMY_KINDS.includes(kind);
}

export const MAPPING_KIND_LABELS: Record<TaxonomyMappingKind, string> = {
  ONE_TO_ONE: 'One to one: replaced by one new value',
  MANY_TO_ONE: 'Many to one: merged with others into one value',
  SPLIT: 'Split: replaced by several values',
};

export interface MappingEdge {
  kind: TaxonomyKind;
  fromCode: string;
  toCode: string;
  effectiveFrom: string;
  mappingKind: TaxonomyMappingKind;
  designated: boolean;
  rule: string | null;
}

export interface MappingRow {
  fromCode: string;
  /** The successor taking the old records first. */
  toCodes: string[];
  mappingKind: TaxonomyMappingKind;
  effectiveFrom: string;
  rule: string | null;
}

/** One row per old code of `kind`, oldest first. */
export function mappingRows(edges: readonly MappingEdge[], kind: TaxonomyKind): MappingRow[] {
  const rows = new Map<string, MappingRow>();
  for (const edge of edges.filter((e) => e.kind === kind)) {
    const row = rows.get(edge.fromCode) ?? { fromCode: edge.fromCode, toCodes: [], mappingKind: edge.mappingKind, effectiveFrom: edge.effectiveFrom, rule: edge.rule };
    if (edge.designated) row.toCodes.unshift(edge.toCode);
    else row.toCodes.push(edge.toCode);
    rows.set(edge.fromCode, row);
  }
  return [...rows.values()].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.fromCode.localeCompare(b.fromCode));
}

export type MappingField = 'fromCode' | 'effectiveFrom' | 'mappingKind' | 'toCodes' | 'designated' | 'rule';
export const MAPPING_FIELDS: readonly MappingField[] = ['fromCode', 'effectiveFrom', 'mappingKind', 'toCodes', 'designated', 'rule'];
export const MAPPING_FIELD_LABELS: Record<MappingField, string> = {
  fromCode: 'Value to retire',
  effectiveFrom: 'Replaced from',
  mappingKind: 'How it is replaced',
  toCodes: 'Replaced by',
  designated: 'Older records count under',
  rule: 'The rule for older records',
};

export interface MappingFormValues {
  fromCode: string;
  effectiveFrom: string;
  mappingKind: TaxonomyMappingKind;
  toCodes: string[];
  designated: string;
  rule: string;
}

export function emptyMappingForm(): MappingFormValues {
  return { fromCode: '', effectiveFrom: '', mappingKind: 'ONE_TO_ONE', toCodes: [], designated: '', rule: '' };
}

export function readMappingForm(kind: TaxonomyKind, values: MappingFormValues): { ok: true; input: AddTaxonomyMappingInput } | { ok: false; errors: FormErrors<MappingField> } {
  const fields: Partial<Record<MappingField, string>> = {};
  const split = values.mappingKind === 'SPLIT';
  if (!values.fromCode) fields.fromCode = 'Choose the value to retire';
  if (!values.effectiveFrom) fields.effectiveFrom = 'Enter the date the new values take over';
  else if (!isIsoDate(values.effectiveFrom)) fields.effectiveFrom = 'The date must be a real date';
  const toCodes = values.toCodes.filter((code) => code !== values.fromCode);
  if (values.toCodes.includes(values.fromCode) && values.fromCode) fields.toCodes = 'A value cannot replace itself';
  else if (split && toCodes.length < 2) fields.toCodes = 'Choose two or more values for a split';
  else if (!split && toCodes.length !== 1) fields.toCodes = 'Choose one value (choose “Split” to replace it by several)';
  if (split && !toCodes.includes(values.designated)) fields.designated = 'Choose which new value older records count under';
  if (split && !values.rule.trim()) fields.rule = 'Say, in words, why older records count there';
  if (Object.keys(fields).length) return { ok: false, errors: { fields, form: [] } };
  return {
    ok: true,
    input: {
      kind,
      fromCode: values.fromCode,
      toCodes,
      effectiveFrom: values.effectiveFrom,
      mappingKind: values.mappingKind,
      ...(split ? { designated: values.designated, rule: values.rule.trim() } : {}),
    },
  };
}
