/**
 * Reorganisations of the reference data: an administrator retires an old code
 * from a date and maps it onto what replaced it (one to one, many to one, or a
 * split with its rule), in one transaction with its audit entry. Records keep
 * the code they were recorded with; trends and reports read the mappings from
 * the catalog when asked for the CURRENT taxonomy.
 */
import { mappingEdges, mappingProblems } from '@complaints/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AdminAction, AuditTargetType } from '../../admin-audit/admin-audit.enums';
import { recordAdminChange, type AuditActor } from '../../admin-audit/admin-audit.service';
import { inTransaction } from '../../db/transaction';
import { badUserInput } from '../../graphql/errors';
import { invalidateReferenceCatalog, loadReferenceCatalog } from '../reference-catalog';
import { edgesOf, itemsOfKind } from './taxonomy-catalog';
import { ReferenceKind, retireInTransaction } from '../reference-admin';
import { TaxonomyMapping } from './taxonomy-mapping.entity';
import type { AddTaxonomyMappingInput } from './taxonomy.inputs';
import { TaxonomyKind } from './taxonomy.enums';

const REFERENCE_KIND: Record<TaxonomyKind, ReferenceKind> = {
  DIVISION: ReferenceKind.DIVISION,
  SERVICE_AREA: ReferenceKind.SERVICE_AREA,
  ISSUE_CATEGORY: ReferenceKind.ISSUE_CATEGORY,
  ISSUE: ReferenceKind.ISSUE,
};

async function addMapping(manager: EntityManager, input: AddTaxonomyMappingInput, actor: AuditActor): Promise<TaxonomyMapping[]> {
  let catalog = await loadReferenceCatalog(manager);
  const items = itemsOfKind(catalog, input.kind);
  const from = items.byCode.get(input.fromCode);
  // Retiring is part of replacing: an old code still in use is retired from the mapping's date.
  if (from && !from.retiredFrom) {
    await retireInTransaction(manager, { kind: REFERENCE_KIND[input.kind], code: input.fromCode, retiredFrom: input.effectiveFrom }, actor);
    catalog = await loadReferenceCatalog(manager);
  }
  const known = new Map(itemsOfKind(catalog, input.kind).list.map((i) => [i.code, i]));
  const proposal = { ...input, kind: input.mappingKind };
  const problems = mappingProblems(proposal, edgesOf(catalog, input.kind), known);
  if (problems.length) throw badUserInput('taxonomy mapping', problems);

  const rows = mappingEdges(proposal).map((edge) => ({
    kind: input.kind,
    fromCode: edge.fromCode,
    toCode: edge.toCode,
    effectiveFrom: edge.effectiveFrom,
    mappingKind: input.mappingKind,
    designated: edge.designated,
    rule: edge.rule,
  }));
  await manager.insert(TaxonomyMapping, rows);
  const old = known.get(input.fromCode)!;
  await recordAdminChange(manager, {
    actor,
    action: AdminAction.REFERENCE_UPDATED,
    targetType: input.kind as string as AuditTargetType,
    targetKey: old.code,
    targetLabel: old.name,
    before: { code: old.code, mappedTo: null },
    after: { code: old.code, mappedTo: rows.map((r) => r.toCode).join(', '), mappingKind: input.mappingKind, effectiveFrom: input.effectiveFrom, rule: input.rule ?? null },
  });
  return manager.find(TaxonomyMapping, { where: { kind: input.kind, fromCode: input.fromCode }, order: { id: 'ASC' } });
}

export async function addTaxonomyMapping(dataSource: DataSource, input: AddTaxonomyMappingInput, actor: AuditActor): Promise<TaxonomyMapping[]> {
  try {
    return await inTransaction(dataSource, (manager) => addMapping(manager, input, actor));
  } finally {
    invalidateReferenceCatalog(dataSource);
  }
}
