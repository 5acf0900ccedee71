/**
 * Keyset (cursor) pages of the register in any of its orders: page N costs the
 * same as page 1, and requests recorded meanwhile never shift a page. The
 * cursor carries the order it was made for, so it cannot be used with another.
 */
import { Brackets, type SelectQueryBuilder } from 'typeorm';
import type { InformationRequest } from './information-request.entity';
import { InformationRequestSort } from './information-request.types';

type SortColumn = 'receivedDate' | 'dueDate' | 'reference';

/** Each order: its column and direction, ties broken by id in the same direction. */
export const SORT_ORDER: Record<InformationRequestSort, { column: SortColumn; direction: 'ASC' | 'DESC' }> = {
  RECEIVED_NEWEST: { column: 'receivedDate', direction: 'DESC' },
  RECEIVED_OLDEST: { column: 'receivedDate', direction: 'ASC' },
  DUE_SOONEST: { column: 'dueDate', direction: 'ASC' },
  REFERENCE: { column: 'reference', direction: 'ASC' },
};

export interface RequestCursor {
  sort: InformationRequestSort;
  value: string;
  id: number;
}

export function encodeRequestCursor(sort: InformationRequestSort, row: InformationRequest): string {
  return Buffer.from(JSON.stringify([sort, row[SORT_ORDER[sort].column], row.id])).toString('base64url');
}

/** The cursor, or null when it is not one of ours. */
export function decodeRequestCursor(cursor: string): RequestCursor | null {
  try {
    const [sort, value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof sort === 'string' && sort in SORT_ORDER && typeof value === 'string' && Number.isSafeInteger(id)) {
      return { sort: sort as InformationRequestSort, value, id };
    }
  } catch {
    // fall through: not one of ours
  }
  return null;
}

/** Runs the filtered query (aliased `r`) as one page: the total, then `first` rows after the cursor in `sort` order. */
export async function sortedRequestPage(
  query: SelectQueryBuilder<InformationRequest>,
  sort: InformationRequestSort,
  first: number,
  cursor: RequestCursor | null,
): Promise<{ nodes: InformationRequest[]; hasNextPage: boolean; totalCount: number }> {
  const { column, direction } = SORT_ORDER[sort];
  const totalCount = await query.clone().getCount();
  if (cursor) {
    const after = direction === 'ASC' ? '>' : '<';
    query.andWhere(
      new Brackets((qb) =>
        qb
          .where(`r.${column} ${after} :cursorValue`, { cursorValue: cursor.value })
          .orWhere(`(r.${column} = :cursorValue AND r.id ${after} :cursorId)`, { cursorId: cursor.id }),
      ),
    );
  }
  const rows = await query.orderBy(`r.${column}`, direction).addOrderBy('r.id', direction).take(first + 1).getMany();
  return { nodes: rows.slice(0, first), hasNextPage: rows.length > first, totalCount };
}
