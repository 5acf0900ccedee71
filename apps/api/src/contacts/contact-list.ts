/**
 * The contacts list: filters on indexed columns, searches (contact-search.ts)
 * and keyset pages in the chosen order (contact-page.ts). A search in free
 * text, which no index can answer, runs under the aggregate admission like
 * trends do: per-user and global slots, and a time limit on its statements.
 */
import type { ContactSort } from '@complaints/domain';
import { DataSource, EntityManager, In, SelectQueryBuilder, type ObjectLiteral } from 'typeorm';
import { admitAggregate } from '../aggregates/aggregate-admission';
import { Role } from '../auth/role';
import { pageRequest } from '../db/newest-first-page';
import type { AuthUser } from '../auth/session.service';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { financialYearRange, isFinancialYear } from '../periods/financial-year';
import { cachedReferenceCatalog, filterIds } from '../reference/reference-catalog';
import { referenceKey } from '@complaints/domain';
import { contactSearch, startsWith, type ContactSearch, type Dialect } from './contact-search';
import { decodeContactCursor, encodeContactCursor, pageIds, type ContactCursor, type RowReader } from './contact-page';
import { Contact } from './contact.entity';
import type { ContactFilter, PageInput } from './contact.inputs';

export interface ContactPage {
  nodes: Contact[];
  /** Each node's cursor, in order. */
  cursors: string[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

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

/** The contact with this id, or null when there is none in scope; inside a transaction, pass its manager. */
export async function findContactInScope(dataSource: DataSource | EntityManager, id: string, scope: CaseScope): Promise<Contact | null> {
  const numeric = Number(id);
  if (!Number.isSafeInteger(numeric)) return null;
  const query = dataSource.getRepository(Contact).createQueryBuilder('c').where('c.id = :id', { id: numeric });
  applyScope(query, scope);
  return query.getOne();
}

/** The contact with this reference, written with `/` or `-` in any case; null when there is none in scope. */
export async function findContactByReference(dataSource: DataSource, reference: string, scope: CaseScope): Promise<Contact | null> {
  const key = referenceKey(reference);
  if (!key || key.length > 40) return null;
  const query = dataSource.getRepository(Contact).createQueryBuilder('c').where('c.referenceKey = :key', { key });
  applyScope(query, scope);
  return query.getOne();
}

export function dialectOf(dataSource: DataSource): Dialect {
  return dataSource.options.type === 'mysql' || dataSource.options.type === 'mariadb' ? 'mysql' : 'sqlite';
}

/** A user id from a filter, or a problem naming the field. */
function userIds(field: string, values: readonly string[] | null | undefined, problems: FieldProblem[]): number[] | null {
  if (!values) return null;
  const ids = values.map(Number);
  if (ids.some((id) => !Number.isSafeInteger(id) || id < 1)) problems.push({ field, message: 'must name users by their id' });
  return ids;
}

export interface ListRequest {
  filter?: ContactFilter;
  page?: PageInput;
  sort?: ContactSort;
  /** Today (London), for `overdue`. */
  today: string;
}

/** Everything a filter asks, checked before any statement runs (BAD_USER_INPUT naming each field at fault). */
async function checkedFilter(dataSource: DataSource, filter: ContactFilter, page: PageInput, sort: ContactSort, user: AuthUser) {
  const catalog = await cachedReferenceCatalog(dataSource);
  const problems: FieldProblem[] = [];
  const { first } = pageRequest({ first: page.first }, problems);
  let cursor: ContactCursor | null = null;
  if (page.after) {
    cursor = decodeContactCursor(page.after, sort);
    if (!cursor) problems.push({ field: 'page.after', message: 'is not a cursor this API returned for this order' });
  }
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
  const assignedTo = userIds('filter.assignedTo', filter.assignedTo, problems);
  if (filter.unassigned && (assignedTo || filter.assignedToMe)) {
    problems.push({ field: 'filter.unassigned', message: 'cannot be asked for together with assignedTo or assignedToMe' });
  }
  const search = contactSearch(filter, problems);
  if (problems.length) throw badUserInput('contacts query', problems);
  const officers = [...(assignedTo ?? []), ...(filter.assignedToMe ? [user.id] : [])];
  return { first, cursor, idFilters, search, officers: assignedTo || filter.assignedToMe ? officers : null };
}

/**
 * The request checked (BAD_USER_INPUT before any statement), and a maker of
 * its filtered query (the contact aliased `c`, nothing selected or ordered yet).
 */
export async function contactQuery(dataSource: DataSource, user: AuthUser, request: ListRequest) {
  const { filter = {}, page = {}, sort = 'RECEIVED_NEWEST', today } = request;
  const checked = await checkedFilter(dataSource, filter, page, sort, user);
  const dialect = dialectOf(dataSource);
  const scope = caseScope(user);

  const filtered = () => {
    const qb = dataSource.getRepository(Contact).createQueryBuilder('c');
    checked.idFilters.forEach(([column, ids]) => {
      if (ids) qb.andWhere(ids.length ? `c.${column} IN (:...${column})` : '1 = 0', { [column]: ids });
    });
    if (filter.stages) qb.andWhere(filter.stages.length ? 'c.stage IN (:...stages)' : '1 = 0', { stages: filter.stages });
    if (filter.outcomes) qb.andWhere(filter.outcomes.length ? 'c.outcome IN (:...outcomes)' : '1 = 0', { outcomes: filter.outcomes });
    if (filter.statuses) qb.andWhere(filter.statuses.length ? 'c.status IN (:...statuses)' : '1 = 0', { statuses: filter.statuses });
    if (filter.financialYear) {
      const { from, to } = financialYearRange(filter.financialYear);
      qb.andWhere('c.receivedDate BETWEEN :fyFrom AND :fyTo', { fyFrom: from, fyTo: to });
    }
    if (filter.receivedFrom) qb.andWhere('c.receivedDate >= :receivedFrom', { receivedFrom: filter.receivedFrom });
    if (filter.receivedTo) qb.andWhere('c.receivedDate <= :receivedTo', { receivedTo: filter.receivedTo });
    // nextDueDate is null unless a step is waiting, so these also keep to open contacts.
    if (filter.dueFrom) qb.andWhere('c.nextDueDate >= :dueFrom', { dueFrom: filter.dueFrom });
    if (filter.dueTo) qb.andWhere('c.nextDueDate <= :dueTo', { dueTo: filter.dueTo });
    if (filter.overdue === true) qb.andWhere('c.nextDueDate < :today', { today });
    if (filter.overdue === false) qb.andWhere('(c.nextDueDate IS NULL OR c.nextDueDate >= :today)', { today });
    applyAssignment(qb, checked.officers, filter.unassigned ?? false);
    applySearch(qb, checked.search, dialect);
    applyScope(qb, scope);
    return qb;
  };

  return { checked, sort, filtered };
}

export async function listContacts(dataSource: DataSource, user: AuthUser, request: ListRequest): Promise<ContactPage> {
  const { checked, sort, filtered } = await contactQuery(dataSource, user, request);

  // Free text scans: admitted like an aggregate. Everything else is answered from indexes.
  const read = async (work: (read: RowReader, count: (q: SelectQueryBuilder<Contact>) => Promise<number>) => Promise<ContactPage>) =>
    checked.search.textPattern
      ? admitAggregate(dataSource, user, (run) =>
          work(
            (q) => run.rawMany<{ id: unknown }>(q),
            async (q) => Number((await run.rawOne<{ n: unknown }>(q.select('COUNT(*)', 'n')))?.n ?? 0),
          ),
        )
      : work(
          (q) => q.getRawMany<{ id: unknown }>(),
          (q) => q.getCount(),
        );

  return read(async (rows, count) => {
    const [totalCount, ids] = await Promise.all([count(filtered()), pageIds(filtered, sort, checked.first, checked.cursor, rows)]);
    const pageIdList = ids.slice(0, checked.first);
    const byId = new Map(
      (pageIdList.length ? await dataSource.getRepository(Contact).findBy({ id: In(pageIdList) }) : []).map((c) => [c.id, c]),
    );
    const nodes = pageIdList.map((id) => byId.get(id)).filter((c): c is Contact => c !== undefined);
    const cursors = nodes.map((node) => encodeContactCursor(sort, node));
    return { nodes, cursors, endCursor: cursors[cursors.length - 1] ?? null, hasNextPage: ids.length > checked.first, totalCount };
  });
}

/** The officer of the stage each contact is at now (assignment-rules.ts currentStage), or none. */
function applyAssignment(qb: SelectQueryBuilder<Contact>, officers: number[] | null, unassigned: boolean): void {
  const current = "COALESCE(c.stage, 'STAGE_1')";
  if (officers) {
    qb.andWhere(
      officers.length ? `(c.id, ${current}) IN (SELECT a.contactId, a.stage FROM contact_assignment a WHERE a.officerId IN (:...officers))` : '1 = 0',
      { officers },
    );
  }
  if (unassigned) qb.andWhere(`NOT EXISTS (SELECT 1 FROM contact_assignment a WHERE a.contactId = c.id AND a.stage = ${current})`);
}

function applySearch(qb: SelectQueryBuilder<Contact>, search: ContactSearch, dialect: Dialect): void {
  if (search.referenceKeyPrefix) {
    const [sql, params] = startsWith('c.referenceKey', search.referenceKeyPrefix, dialect, 'referencePrefix');
    qb.andWhere(sql, params);
  }
  if (search.name) {
    // From the surname index to the contacts: the subquery is answered by a range on familyNameKey.
    const [whole, wholeParams] = startsWith('p.familyNameKey', search.name.familyKey, dialect, 'familyKey');
    let names = whole;
    const params: Record<string, string> = { ...wholeParams };
    if (search.name.split) {
      const [split, splitParams] = startsWith('p.familyNameKey', search.name.split.familyKey, dialect, 'splitFamilyKey');
      names = `(${whole} OR (${split} AND p.givenName LIKE :givenPrefix ESCAPE '!'))`;
      Object.assign(params, splitParams, { givenPrefix: `${search.name.split.givenPrefix.replace(/[%_!]/g, '!$&')}%` });
    }
    qb.andWhere(`c.id IN (SELECT p.contactId FROM complainant p WHERE ${names})`, params);
  }
  if (search.textPattern) {
    const like = (column: string) => `${column} LIKE :text ESCAPE '!'`;
    const inComplainant = ['p.givenName', 'p.familyName', 'p.email', 'p.phone', 'p.address', 'p.relationshipToChild'].map(like).join(' OR ');
    qb.andWhere(`(${like('c.summary')} OR c.id IN (SELECT p.contactId FROM complainant p WHERE ${inComplainant}))`, { text: search.textPattern });
  }
}
