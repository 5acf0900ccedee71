/**
 * The contacts list: filters on indexed columns and keyset (cursor) pagination
 * ordered newest first, so page N costs the same as page 1.
 */
import { DataSource, SelectQueryBuilder, type ObjectLiteral } from 'typeorm';
import { Role } from '../auth/role';
import { newestFirstPage, pageRequest, type Page } from '../db/newest-first-page';
import type { AuthUser } from '../auth/session.service';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { financialYearRange, isFinancialYear } from '../periods/financial-year';
import { cachedReferenceCatalog, filterIds } from '../reference/reference-catalog';
import { canonicalReference } from '../reference-numbers/canonical-reference';
import { Contact } from './contact.entity';
import type { ContactFilter, PageInput } from './contact.inputs';

export type ContactPage = Page<Contact>;

/** Service areas a user's case reads are limited to (contacts naming any of them), or null for no limit. */
export type CaseScope = number[] | null;

export function caseScope(user: AuthUser): CaseScope {
  return user.role === Role.SERVICE_MANAGER ? user.serviceAreaIds : null;
}

/** Limits a query to the scope; the contact must be aliased `c`. */
export function applyScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, scope: CaseScope): void {
  if (scope === null) return;
  if (!scope.length) qb.andWhere('1 = 0');
  else qb.andWhere('EXISTS (SELECT 1 FROM contact_service_area s WHERE s.contactId = c.id AND s.serviceAreaId IN (:...scope))', { scope });
}

export async function findContactInScope(dataSource: DataSource, id: string, scope: CaseScope): Promise<Contact | null> {
  const numeric = Number(id);
  if (!Number.isInteger(numeric)) return null;
  const query = dataSource.getRepository(Contact).createQueryBuilder('c').where('c.id = :id', { id: numeric });
  applyScope(query, scope);
  return query.getOne();
}

export async function listContacts(
  dataSource: DataSource,
  filter: ContactFilter = {},
  page: PageInput = {},
  scope: CaseScope = null,
): Promise<ContactPage> {
  const catalog = await cachedReferenceCatalog(dataSource);
  const problems: FieldProblem[] = [];
  const { first, cursor } = pageRequest(page, problems);
  if (filter.financialYear && !isFinancialYear(filter.financialYear)) {
    problems.push({ field: 'filter.financialYear', message: `'${filter.financialYear}' is not a financial year such as 2009/10` });
  }
  const idFilters: Array<[string, number[] | null]> = [
    ['recordTypeId', filterIds('recordTypes', filter.recordTypes, catalog.recordTypes, problems)],
    ['channelId', filterIds('channels', filter.channels, catalog.channels, problems)],
    ['divisionId', filterIds('divisions', filter.divisions, catalog.divisions, problems)],
    ['primaryServiceAreaId', filterIds('serviceAreas', filter.serviceAreas, catalog.serviceAreas, problems)],
    ['primaryIssueCategoryId', filterIds('issueCategories', filter.issueCategories, catalog.issueCategories, problems)],
  ];
  if (problems.length) throw badUserInput('contacts query', problems);

  const query = dataSource.getRepository(Contact).createQueryBuilder('c');
  const where = (qb: SelectQueryBuilder<Contact>) => {
    idFilters.forEach(([column, ids]) => {
      if (ids) qb.andWhere(ids.length ? `c.${column} IN (:...${column})` : '1 = 0', { [column]: ids });
    });
    if (filter.stages) qb.andWhere(filter.stages.length ? 'c.stage IN (:...stages)' : '1 = 0', { stages: filter.stages });
    if (filter.outcomes) qb.andWhere(filter.outcomes.length ? 'c.outcome IN (:...outcomes)' : '1 = 0', { outcomes: filter.outcomes });
    if (filter.financialYear) {
      const { from, to } = financialYearRange(filter.financialYear);
      qb.andWhere('c.receivedDate BETWEEN :fyFrom AND :fyTo', { fyFrom: from, fyTo: to });
    }
    if (filter.receivedFrom) qb.andWhere('c.receivedDate >= :receivedFrom', { receivedFrom: filter.receivedFrom });
    if (filter.receivedTo) qb.andWhere('c.receivedDate <= :receivedTo', { receivedTo: filter.receivedTo });
    // '!' escapes LIKE wildcards the same way on both dialects (backslash does not).
    if (filter.reference) {
      const prefix = canonicalReference(filter.reference).replace(/[%_!]/g, '!$&');
      qb.andWhere("c.reference LIKE :reference ESCAPE '!'", { reference: `${prefix}%` });
    }
    return qb;
  };
  where(query);
  applyScope(query, scope);
  return newestFirstPage(query, 'c', first, cursor);
}
