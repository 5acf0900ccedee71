/**
 * GraphQL enums of reorganisations, built from the value lists in
 * @complaints/domain (each enum an object whose values are its codes), so
 * GraphQL, the CSV export and the web's URL accept the same values.
 */
import { TAXONOMY_KINDS, TAXONOMY_MAPPING_KINDS, TAXONOMY_MODES, type TaxonomyMappingKind as MappingKindCode, type TaxonomyMode } from '@complaints/domain';
import { registerEnumType } from 'type-graphql';

type CodeEnum<Code extends string> = { readonly [K in Code]: K };

function codeEnum<Code extends string>(codes: readonly Code[]): CodeEnum<Code> {
  return Object.fromEntries(codes.map((code) => [code, code])) as CodeEnum<Code>;
}

/** The reference data that has versions and mappings (record types and channels are not reorganised). */
export const TaxonomyKind = codeEnum(TAXONOMY_KINDS);
export type TaxonomyKind = (typeof TAXONOMY_KINDS)[number];

export const TaxonomyMappingKind = codeEnum(Object.keys(TAXONOMY_MAPPING_KINDS) as MappingKindCode[]);
export type TaxonomyMappingKind = MappingKindCode;

/** Which taxonomy a trend or report counts records in. */
export const Taxonomy = codeEnum(Object.keys(TAXONOMY_MODES) as TaxonomyMode[]);
export type Taxonomy = TaxonomyMode;

registerEnumType(TaxonomyKind, { name: 'TaxonomyKind', description: 'Reference data that can be reorganised: retired from a date and mapped onto what replaced it.' });
registerEnumType(TaxonomyMappingKind, {
  name: 'TaxonomyMappingKind',
  valuesConfig: Object.fromEntries(Object.entries(TAXONOMY_MAPPING_KINDS).map(([k, description]) => [k, { description }])),
});
registerEnumType(Taxonomy, {
  name: 'Taxonomy',
  description: 'Which taxonomy records are counted in.',
  valuesConfig: Object.fromEntries(Object.entries(TAXONOMY_MODES).map(([k, description]) => [k, { description }])),
});
