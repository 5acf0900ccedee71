/**
 * The information requests register: filters on indexed columns, a search by
 * reference or requester, any of four orders, and keyset (cursor) pages.
 * Service managers see only requests in their service areas, as with contacts.
 */
import { pageSizeOf, referenceKey } from '@complaints/domain';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import type { CaseScope } from '../contacts/contact-list';
import type { PageInput } from '../contacts/contact.inputs';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { isFinancialYear } from '../periods/financial-year';
import { cachedReferenceCatalog } from '../reference/reference-catalog';
import { isIsoDate } from '../timescales/iso-date';
import { decodeRequestCursor, encodeRequestCursor, sortedRequestPage } from './information-request-page';
import { InformationRequest } from './information-request.entity';
import type { InformationRequestFilter } from './information-request.inputs';
import { InformationRequestSort, InformationRequestStatus, type InformationRequestConnection } from './information-request.types';

/** Long enough for a reference or a full name; a search is not a document. */
export const MAX_SEARCH_LENGTH = 100;

/** Limits a query to the scope's service areas; the request must be aliased `r`. Requests with no area are outside every scope. */
export function applyRequestScope(query: SelectQueryBuilder<InformationRequest>, scope: CaseScope): void {
  if (scope === null) return;
  if (!scope.length) query.andWhere('1 = 0');
  else query.andWhere('r.serviceAreaId IN (:...scope)', { scope });
}

/** A request by id, or null when there is none the scope may see. */
export async function findInformationRequestInScope(dataSource: DataSource, id: string, scope: CaseScope): Promise<InformationRequest | null> {
  const numeric = Number(id);
  if (!Number.isSafeInteger(numeric)) return null;
  const query = dataSource.getRepository(InformationRequest).createQueryBuilder('r').where('r.id = :id', { id: numeric });
  applyRequestScope(query, scope);
  return query.getOne();
}

/** A request by its reference written either way (`FOI/2009/0001`, `foi-2009-0001`), or null when there is none the scope may see. */
export async function findInformationRequestByReference(dataSource: DataSource, reference: string, scope: CaseScope): Promise<InformationRequest | null> {
  const key = referenceKey(reference);
  if (!key || key.length > 40) return null;
  const query = dataSource.getRepository(InformationRequest).createQueryBuilder('r').where('r.referenceKey = :key', { key });
  applyRequestScope(query, scope);
  return query.getOne();
}

/** Open (neither completed nor withdrawn), optionally with the clock running. */
export function whereOpen(query: SelectQueryBuilder<InformationRequest>, running = false): void {
  query.andWhere('r.completedDate IS NULL AND r.withdrawnDate IS NULL');
  if (running) query.andWhere('r.clockPausedOn IS NULL');
}

function whereStatus(query: SelectQueryBuilder<InformationRequest>, status: InformationRequestStatus, today: string): void {
  switch (status) {
    case InformationRequestStatus.OPEN:
      return whereOpen(query);
    case InformationRequestStatus.OVERDUE:
      whereOpen(query, true);
      query.andWhere('r.dueDate < :today', { today });
      return;
    case InformationRequestStatus.PAUSED:
      whereOpen(query);
      query.andWhere('r.clockPausedOn IS NOT NULL');
      return;
    case InformationRequestStatus.COMPLETED:
      query.andWhere('r.completedDate IS NOT NULL');
      return;
    case InformationRequestStatus.WITHDRAWN:
      query.andWhere('r.withdrawnDate IS NOT NULL');
      return;
  }
}

/** A reference containing the words (/ and - alike), or a requester's name containing them; case is ignored on both dialects. */
function whereSearch(query: SelectQueryBuilder<InformationRequest>, search: string): void {
  // '!' escapes LIKE wildcards the same way on both dialects (backslash does not).
  const escape = (text: string) => text.replace(/[%_!]/g, '!$&');
  query.andWhere(
    new Brackets((qb) =>
      qb
        .where("r.referenceKey LIKE :searchKey ESCAPE '!'", { searchKey: `%${escape(referenceKey(search))}%` })
        .orWhere("UPPER(r.requesterName) LIKE :searchName ESCAPE '!'", { searchName: `%${escape(search.toUpperCase())}%` }),
    ),
  );
}

export async function listInformationRequests(
  dataSource: DataSource,
  filter: InformationRequestFilter,
  page: PageInput,
  today: string,
  scope: CaseScope = null,
  sort: InformationRequestSort = InformationRequestSort.RECEIVED_NEWEST,
): Promise<InformationRequestConnection> {
  const problems: FieldProblem[] = [];
  const size = pageSizeOf(page.first);
  if ('problem' in size) problems.push(size.problem);
  const cursor = page.after ? decodeRequestCursor(page.after) : null;
  if (page.after && !cursor) problems.push({ field: 'page.after', message: 'is not a cursor this API returned' });
  else if (cursor && cursor.sort !== sort) problems.push({ field: 'page.after', message: `was made for the order ${cursor.sort}, not ${sort}` });
  if (filter.financialYear && !isFinancialYear(filter.financialYear)) {
    problems.push({ field: 'filter.financialYear', message: `'${filter.financialYear}' is not a financial year such as 2009/10` });
  }
  for (const field of ['receivedFrom', 'receivedTo'] as const) {
    const value = filter[field];
    if (value && !isIsoDate(value)) problems.push({ field: `filter.${field}`, message: `'${value}' is not a real date in the form YYYY-MM-DD` });
  }
  const search = filter.search?.trim() ?? '';
  if (search.length > MAX_SEARCH_LENGTH) problems.push({ field: 'filter.search', message: `is longer than ${MAX_SEARCH_LENGTH} characters` });
  let serviceAreaIds: number[] | null = null;
  if (filter.serviceAreas) {
    const catalog = await cachedReferenceCatalog(dataSource);
    serviceAreaIds = filter.serviceAreas.flatMap((code) => {
      const area = catalog.serviceAreas.byCode.get(code);
      if (!area) problems.push({ field: 'filter.serviceAreas', message: `unknown code '${code}'` });
      return area ? [area.id] : [];
    });
  }
  if (problems.length) throw badUserInput('information requests query', problems);

  const query = dataSource.getRepository(InformationRequest).createQueryBuilder('r');
  if (filter.kind) query.andWhere('r.kind = :kind', { kind: filter.kind });
  if (filter.requesterType) query.andWhere('r.requesterType = :requesterType', { requesterType: filter.requesterType });
  if (filter.financialYear) query.andWhere('r.receivedFinancialYear = :financialYear', { financialYear: filter.financialYear });
  if (filter.receivedFrom) query.andWhere('r.receivedDate >= :receivedFrom', { receivedFrom: filter.receivedFrom });
  if (filter.receivedTo) query.andWhere('r.receivedDate <= :receivedTo', { receivedTo: filter.receivedTo });
  if (serviceAreaIds) query.andWhere(serviceAreaIds.length ? 'r.serviceAreaId IN (:...serviceAreaIds)' : '1 = 0', { serviceAreaIds });
  if (filter.status) whereStatus(query, filter.status, today);
  if (search) whereSearch(query, search);
  applyRequestScope(query, scope);

  const first = 'size' in size ? size.size : 0;
  const { nodes, hasNextPage, totalCount } = await sortedRequestPage(query, sort, first, cursor);
  const edges = nodes.map((node) => ({ node, cursor: encodeRequestCursor(sort, node) }));
  return { edges, pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null }, totalCount };
}
