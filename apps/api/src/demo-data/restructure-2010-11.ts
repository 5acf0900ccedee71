/**
 * The demo council's 2010/11 restructure (report 12.1 and 12.4), from 1 April
 * 2010: two divisions merge, three service areas are replaced (one split), and
 * the issue list is simplified. An invented but plausible design, written down
 * in docs/demo-data.md. The codes the README, the import template and the
 * API's examples use (SOCIAL_CARE, INCLUSION, SCHOOL_STANDARDS,
 * COMMUNICATION_DELAY, COMMUNICATION_LACK_OF, …) stay in use.
 *
 * The loader applies it after the 2008/09 and 2009/10 contacts are written
 * (which keep the codes and divisions they were recorded with) and before the
 * 2010/11 and 2011/12 ones, which the generator recodes here onto the new list.
 */
import { mappingEdges, mappingProblems, resolveCode, type TaxonomyKind, type TaxonomyMappingEdge, type TaxonomyMappingProposal } from '@complaints/domain';
import type { EntityManager } from 'typeorm';
import { Division } from '../reference/division.entity';
import { IssueCategory } from '../reference/issue-category.entity';
import { Issue } from '../reference/issue.entity';
import { loadReferenceCatalog, type ReferenceCatalog } from '../reference/reference-catalog';
import { ServiceArea } from '../reference/service-area.entity';
import { itemsOfKind } from '../reference/taxonomy/taxonomy-catalog';
import { TaxonomyMapping } from '../reference/taxonomy/taxonomy-mapping.entity';
import type { DemoContact } from './demo-dataset.types';
import { seededRandom } from './seeded-random';

export const RESTRUCTURE_DATE = '2010-04-01';

export const NEW_DIVISIONS = [{ code: 'LEARNING_INCLUSION', name: 'Learning, Inclusion and Standards' }] as const;

export const NEW_SERVICE_AREAS = [
  { code: 'STRATEGY_COMMISSIONING', name: 'Strategy, Commissioning and Resources', division: 'LEARNING_INCLUSION' },
  { code: 'EARLY_HELP', name: 'Early Help and Family Support', division: 'SAFEGUARDING_SOCIAL_CARE' },
  { code: 'YOUTH_SERVICES', name: 'Youth Services', division: 'LEARNING_INCLUSION' },
] as const;

/** Service areas that carry on under the merged division (their older records keep their old division). */
export const MOVED_SERVICE_AREAS = ['INCLUSION', 'SCHOOL_STANDARDS', 'SCHOOLS_CORPORATE', 'LGO'] as const;

export const NEW_ISSUE_CATEGORIES = [{ code: 'RESOURCES', name: 'Premises, payments and charges' }] as const;

export const NEW_ISSUES = [
  { code: 'COMMUNICATION_POOR', name: 'Communication: inaccurate or unwanted', category: 'COMMUNICATION' },
  { code: 'PREMISES_AND_ACCESS', name: 'Buildings, premises and access', category: 'RESOURCES' },
  { code: 'PAYMENTS_AND_CHARGES', name: 'Payments, allowances and charges', category: 'RESOURCES' },
  { code: 'STAFF_CONTINUITY', name: 'Continuity of social worker or key worker', category: 'STAFFING' },
  { code: 'ASSESSMENT_QUALITY', name: 'Assessment: quality and outcome', category: 'SAFEGUARDING' },
  { code: 'ASSESSMENT_TIMELINESS', name: 'Assessment: timeliness', category: 'SAFEGUARDING' },
] as const;

type Mapping = Omit<TaxonomyMappingProposal, 'effectiveFrom'> & { taxonomy: TaxonomyKind };

const m = (taxonomy: TaxonomyKind, kind: Mapping['kind'], fromCode: string, toCodes: string[], split?: { designated: string; rule: string }): Mapping => ({
  taxonomy,
  kind,
  fromCode,
  toCodes,
  designated: split?.designated ?? null,
  rule: split?.rule ?? null,
});

/** Old code → new code(s). Parents are retired after their children (the reference admin's rule). */
export const MAPPINGS: readonly Mapping[] = [
  m('SERVICE_AREA', 'MANY_TO_ONE', 'COMMISSIONING', ['STRATEGY_COMMISSIONING']),
  m('SERVICE_AREA', 'MANY_TO_ONE', 'ASSETS_INFRASTRUCTURE', ['STRATEGY_COMMISSIONING']),
  m('SERVICE_AREA', 'SPLIT', 'YOUNG_PEOPLE_COMMUNITY', ['EARLY_HELP', 'YOUTH_SERVICES'], {
    designated: 'EARLY_HELP',
    rule:
      'Early Help and Family Support took on the family support and community teams, which drew most of the old service area’s complaints, so all its earlier records count there; Youth Services counts only records from 1 April 2010.',
  }),
  m('DIVISION', 'MANY_TO_ONE', 'SAFEGUARDING_INCLUSION', ['LEARNING_INCLUSION']),
  m('DIVISION', 'MANY_TO_ONE', 'SCHOOL_STANDARDS', ['LEARNING_INCLUSION']),
  m('ISSUE', 'MANY_TO_ONE', 'COMMUNICATION_UNWANTED', ['COMMUNICATION_POOR']),
  m('ISSUE', 'MANY_TO_ONE', 'COMMUNICATION_INACCURATE', ['COMMUNICATION_POOR']),
  m('ISSUE', 'MANY_TO_ONE', 'ENVIRONMENT_BUILDINGS', ['PREMISES_AND_ACCESS']),
  m('ISSUE', 'MANY_TO_ONE', 'ENVIRONMENT_ACCESS', ['PREMISES_AND_ACCESS']),
  m('ISSUE', 'MANY_TO_ONE', 'FINANCE_PAYMENTS', ['PAYMENTS_AND_CHARGES']),
  m('ISSUE', 'MANY_TO_ONE', 'FINANCE_CHARGES', ['PAYMENTS_AND_CHARGES']),
  m('ISSUE', 'MANY_TO_ONE', 'SERVICE_DELAYED', ['SERVICE_NOT_PROVIDED']),
  m('ISSUE', 'ONE_TO_ONE', 'STAFF_CHANGES', ['STAFF_CONTINUITY']),
  m('ISSUE', 'SPLIT', 'SAFEGUARDING_ASSESSMENT', ['ASSESSMENT_QUALITY', 'ASSESSMENT_TIMELINESS'], {
    designated: 'ASSESSMENT_QUALITY',
    rule: 'most complaints about the assessment process disputed what an assessment found, so all earlier records count under quality and outcome; timeliness is recorded separately only from 1 April 2010.',
  }),
  m('ISSUE_CATEGORY', 'MANY_TO_ONE', 'ENVIRONMENT', ['RESOURCES']),
  m('ISSUE_CATEGORY', 'MANY_TO_ONE', 'FINANCE', ['RESOURCES']),
];

/** The restructure's mapping edges of one kind, as the domain rules read them. */
export function restructureEdges(kind: TaxonomyKind): TaxonomyMappingEdge[] {
  return [...(EDGES[kind] ??= edgesOfKind(kind))];
}

const EDGES: Partial<Record<TaxonomyKind, TaxonomyMappingEdge[]>> = {};

function edgesOfKind(kind: TaxonomyKind): TaxonomyMappingEdge[] {
  return MAPPINGS.filter((x) => x.taxonomy === kind).flatMap((x) => mappingEdges({ ...x, effectiveFrom: RESTRUCTURE_DATE }));
}

/**
 * A contact received from 1 April 2010 recorded under the new list: each code
 * goes to its successor; a split's successors share the new records (seeded,
 * so every run deals them alike). Codes named twice after mapping are named once.
 */
export function recodeForRestructure(contacts: DemoContact[], label: string): DemoContact[] {
  const random = seededRandom(`${label} restructure`);
  const recode = (kind: TaxonomyKind, code: string, date: string): string => {
    const edges = restructureEdges(kind);
    const leaving = edges.filter((e) => e.fromCode === code && e.effectiveFrom <= date);
    if (leaving.length > 1) return leaving[random.int(0, leaving.length - 1)]!.toCode;
    return resolveCode(edges, code, date).code;
  };
  for (const contact of contacts) {
    if (contact.receivedDate < RESTRUCTURE_DATE) continue;
    contact.serviceAreas = [...new Set(contact.serviceAreas.map((c) => recode('SERVICE_AREA', c, contact.receivedDate)))] as DemoContact['serviceAreas'];
    contact.issues = [...new Set(contact.issues.map((c) => recode('ISSUE', c, contact.receivedDate)))] as DemoContact['issues'];
  }
  return contacts;
}

async function insertMissing<T extends { code: string }>(manager: EntityManager, entity: new () => T, rows: Array<Partial<T> & { code: string }>): Promise<void> {
  const have = new Set((await manager.find(entity as never, { select: { code: true } as never })).map((r) => (r as { code: string }).code));
  const missing = rows.filter((r) => !have.has(r.code));
  if (missing.length) await manager.insert(entity as never, missing as never);
}

/** Problems of the restructure's mappings against the catalog (a test keeps this empty). */
export function restructureProblems(catalog: ReferenceCatalog): string[] {
  const problems: string[] = [];
  const made = new Map<TaxonomyKind, TaxonomyMappingEdge[]>();
  for (const mapping of MAPPINGS) {
    const known = new Map(itemsOfKind(catalog, mapping.taxonomy as never).list.map((i) => [i.code, i]));
    const existing = made.get(mapping.taxonomy) ?? [];
    const proposal = { ...mapping, effectiveFrom: RESTRUCTURE_DATE };
    for (const p of mappingProblems(proposal, existing, known)) problems.push(`${mapping.taxonomy} ${mapping.fromCode}: ${p.field} ${p.message}`);
    made.set(mapping.taxonomy, [...existing, ...mappingEdges(proposal)]);
  }
  return problems;
}

/**
 * Writes the restructure into a database holding the standard reference data:
 * the new values (in force from 1 April 2010), the moves, the retirements and
 * the mappings. Idempotent: a database that has its mappings is left alone.
 */
export async function applyRestructure2010(manager: EntityManager): Promise<boolean> {
  if (await manager.exists(TaxonomyMapping, { where: { fromCode: 'YOUNG_PEOPLE_COMMUNITY' } })) return false;
  const effectiveFrom = RESTRUCTURE_DATE;
  const sortFrom = 100;
  await insertMissing(manager, Division, NEW_DIVISIONS.map((d, i) => ({ ...d, effectiveFrom, sortOrder: sortFrom + i })));
  let catalog = await loadReferenceCatalog(manager);
  const divisionId = (code: string) => catalog.divisions.byCode.get(code)!.id;
  await insertMissing(
    manager,
    ServiceArea,
    NEW_SERVICE_AREAS.map((s, i) => ({ code: s.code, name: s.name, divisionId: divisionId(s.division), effectiveFrom, sortOrder: sortFrom + i })),
  );
  for (const code of MOVED_SERVICE_AREAS) await manager.update(ServiceArea, { code }, { divisionId: divisionId('LEARNING_INCLUSION') });
  await insertMissing(manager, IssueCategory, NEW_ISSUE_CATEGORIES.map((c, i) => ({ ...c, effectiveFrom, sortOrder: sortFrom + i })));
  catalog = await loadReferenceCatalog(manager);
  await insertMissing(
    manager,
    Issue,
    NEW_ISSUES.map((issue, i) => ({ code: issue.code, name: issue.name, categoryId: catalog.issueCategories.byCode.get(issue.category)!.id, effectiveFrom, sortOrder: sortFrom + i })),
  );
  const entityOf = { DIVISION: Division, SERVICE_AREA: ServiceArea, ISSUE_CATEGORY: IssueCategory, ISSUE: Issue } as const;
  for (const mapping of MAPPINGS) await manager.update(entityOf[mapping.taxonomy] as typeof Division, { code: mapping.fromCode }, { retiredFrom: effectiveFrom });

  const problems = restructureProblems(await loadReferenceCatalog(manager));
  if (problems.length) throw new Error(`Demo restructure: ${problems.join('; ')}`);
  await manager.insert(
    TaxonomyMapping,
    MAPPINGS.flatMap((mapping) =>
      mappingEdges({ ...mapping, effectiveFrom }).map((edge) => ({
        kind: mapping.taxonomy,
        fromCode: edge.fromCode,
        toCode: edge.toCode,
        effectiveFrom: edge.effectiveFrom,
        mappingKind: edge.kind,
        designated: edge.designated,
        rule: edge.rule,
      })),
    ),
  );
  return true;
}
