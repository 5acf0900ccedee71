/**
 * Keyset (cursor) pagination over records received on a date, newest first:
 * page N costs the same as page 1, and rows added meanwhile never shift a page.
 */
import { pageSizeOf } from '@complaints/domain';
import { Brackets, type SelectQueryBuilder } from 'typeorm';

export interface Cursor {
  receivedDate: string;
  id: number;
}

export interface Page<T> {
  nodes: T[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

export function encodeCursor(row: Cursor): string {
  return Buffer.from(JSON.stringify([row.receivedDate, row.id])).toString('base64url');
}

export function decodeCursor(cursor: string): Cursor | null {
  try {
    const [receivedDate, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof receivedDate === 'string' && Number.isInteger(id)) return { receivedDate, id };
  } catch {
    // fall through: not one of ours
  }
  return null;
}

/**
 * The page a list argument asks for ({ first, after }), with a problem naming
 * `page.first` or `page.after` for what cannot be used: the one check every list shares.
 */
export function pageRequest(
  page: { first?: number | null; after?: string | null },
  problems: Array<{ field: string; message: string }>,
): { first: number; cursor: Cursor | null } {
  const size = pageSizeOf(page.first);
  if ('problem' in size) problems.push(size.problem);
  const cursor = page.after ? decodeCursor(page.after) : null;
  if (page.after && !cursor) problems.push({ field: 'page.after', message: 'is not a cursor this API returned' });
  return { first: 'size' in size ? size.size : 0, cursor };
}

/** Runs a filtered query as one page: the total, then `first` rows after the cursor. */
export async function newestFirstPage<T extends Cursor>(
  query: SelectQueryBuilder<T>,
  alias: string,
  first: number,
  cursor: Cursor | null,
): Promise<Page<T>> {
  const totalCount = await query.clone().getCount();
  if (cursor) {
    query.andWhere(
      new Brackets((qb) =>
        qb
          .where(`${alias}.receivedDate < :cursorDate`, { cursorDate: cursor.receivedDate })
          .orWhere(`(${alias}.receivedDate = :cursorDate AND ${alias}.id < :cursorId)`, { cursorId: cursor.id }),
      ),
    );
  }
  const rows = await query.orderBy(`${alias}.receivedDate`, 'DESC').addOrderBy(`${alias}.id`, 'DESC').take(first + 1).getMany();
  const nodes = rows.slice(0, first);
  return {
    nodes,
    hasNextPage: rows.length > first,
    endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1]) : null,
    totalCount,
  };
}
