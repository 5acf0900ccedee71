/**
 * The information requests register: filters on indexed columns and keyset
 * (cursor) pagination, newest first, like the contacts list.
 */
import { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, newestFirstPage, type Cursor } from '../db/newest-first-page';
import { MAX_PAGE_SIZE, type PageInput } from '../contacts/contact.inputs';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { isFinancialYear } from '../periods/financial-year';
import { InformationRequest } from './information-request.entity';
import type { InformationRequestFilter } from './information-request.inputs';
import { InformationRequestStatus, type InformationRequestConnection } from './information-request.types';

export function listInformationRequests(
  dataSource: DataSource,
  filter: InformationRequestFilter,
  page: PageInput,
  today: string,
): Promise<InformationRequestConnection> {
  const problems: FieldProblem[] = [];
  const first = page.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    problems.push({ field: 'page.first', message: `must be between 1 and ${MAX_PAGE_SIZE}` });
  }
  const cursor = page.after ? decodeCursor(page.after) : null;
  if (page.after && !cursor) problems.push({ field: 'page.after', message: 'is not a cursor this API returned' });
  if (filter.financialYear && !isFinancialYear(filter.financialYear)) {
    problems.push({ field: 'filter.financialYear', message: `'${filter.financialYear}' is not a financial year such as 2009/10` });
  }
  if (problems.length) throw badUserInput('information requests query', problems);
  return read(dataSource, filter, first, cursor, today);
}

async function read(
  dataSource: DataSource,
  filter: InformationRequestFilter,
  first: number,
  cursor: Cursor | null,
  today: string,
): Promise<InformationRequestConnection> {
  const query = dataSource.getRepository(InformationRequest).createQueryBuilder('r');
  if (filter.kind) query.andWhere('r.kind = :kind', { kind: filter.kind });
  if (filter.requesterType) query.andWhere('r.requesterType = :requesterType', { requesterType: filter.requesterType });
  if (filter.financialYear) query.andWhere('r.receivedFinancialYear = :financialYear', { financialYear: filter.financialYear });
  if (filter.status === InformationRequestStatus.COMPLETED) query.andWhere('r.completedDate IS NOT NULL');
  if (filter.status === InformationRequestStatus.OPEN) query.andWhere('r.completedDate IS NULL');
  if (filter.status === InformationRequestStatus.OVERDUE) query.andWhere('r.completedDate IS NULL AND r.dueDate < :today', { today });

  const { nodes, hasNextPage, endCursor, totalCount } = await newestFirstPage(query, 'r', first, cursor);
  return { edges: nodes.map((node) => ({ node, cursor: encodeCursor(node) })), pageInfo: { hasNextPage, endCursor }, totalCount };
}
