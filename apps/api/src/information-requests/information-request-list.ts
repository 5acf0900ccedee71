/**
 * The information requests register: filters on indexed columns and keyset
 * (cursor) pagination, newest first, like the contacts list. Service managers
 * see only requests in their service areas, as with contacts.
 */
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { encodeCursor, newestFirstPage, pageRequest, type Cursor } from '../db/newest-first-page';
import type { CaseScope } from '../contacts/contact-list';
import type { PageInput } from '../contacts/contact.inputs';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { isFinancialYear } from '../periods/financial-year';
import { cachedReferenceCatalog } from '../reference/reference-catalog';
import { InformationRequest } from './information-request.entity';
import type { InformationRequestFilter } from './information-request.inputs';
import { InformationRequestStatus, type InformationRequestConnection } from './information-request.types';

/** Limits a query to the scope's service areas; the request must be aliased `r`. Requests with no area are outside every scope. */
function applyScope(query: SelectQueryBuilder<InformationRequest>, scope: CaseScope): void {
  if (scope === null) return;
  if (!scope.length) query.andWhere('1 = 0');
  else query.andWhere('r.serviceAreaId IN (:...scope)', { scope });
}

/** A request by id, or null when there is none the scope may see. */
export async function findInformationRequestInScope(dataSource: DataSource, id: string, scope: CaseScope): Promise<InformationRequest | null> {
  const numeric = Number(id);
  if (!Number.isSafeInteger(numeric)) return null;
  const query = dataSource.getRepository(InformationRequest).createQueryBuilder('r').where('r.id = :id', { id: numeric });
  applyScope(query, scope);
  return query.getOne();
}

export async function listInformationRequests(
  dataSource: DataSource,
  filter: InformationRequestFilter,
  page: PageInput,
  today: string,
  scope: CaseScope = null,
): Promise<InformationRequestConnection> {
  const problems: FieldProblem[] = [];
  const { first, cursor } = pageRequest(page, problems);
  if (filter.financialYear && !isFinancialYear(filter.financialYear)) {
    problems.push({ field: 'filter.financialYear', message: `'${filter.financialYear}' is not a financial year such as 2009/10` });
  }
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
  return read(dataSource, filter, serviceAreaIds, first, cursor, today, scope);
}

async function read(
  dataSource: DataSource,
  filter: InformationRequestFilter,
  serviceAreaIds: number[] | null,
  first: number,
  cursor: Cursor | null,
  today: string,
  scope: CaseScope,
): Promise<InformationRequestConnection> {
  const query = dataSource.getRepository(InformationRequest).createQueryBuilder('r');
  if (filter.kind) query.andWhere('r.kind = :kind', { kind: filter.kind });
  if (filter.requesterType) query.andWhere('r.requesterType = :requesterType', { requesterType: filter.requesterType });
  if (filter.financialYear) query.andWhere('r.receivedFinancialYear = :financialYear', { financialYear: filter.financialYear });
  if (serviceAreaIds) query.andWhere(serviceAreaIds.length ? 'r.serviceAreaId IN (:...serviceAreaIds)' : '1 = 0', { serviceAreaIds });
  if (filter.status === InformationRequestStatus.COMPLETED) query.andWhere('r.completedDate IS NOT NULL');
  if (filter.status === InformationRequestStatus.OPEN) query.andWhere('r.completedDate IS NULL');
  if (filter.status === InformationRequestStatus.OVERDUE) query.andWhere('r.completedDate IS NULL AND r.dueDate < :today', { today });
  applyScope(query, scope);

  const { nodes, hasNextPage, endCursor, totalCount } = await newestFirstPage(query, 'r', first, cursor);
  return { edges: nodes.map((node) => ({ node, cursor: encodeCursor(node) })), pageInfo: { hasNextPage, endCursor }, totalCount };
}
