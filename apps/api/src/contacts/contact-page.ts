/**
 * Keyset (cursor) pages of the contacts list in any of its orders: each order
 * is an indexed column and the id, and a page starts after the last row of the
 * one before, so page N costs what page 1 does and rows added meanwhile never
 * shift a page. The cursor is opaque to clients (base64url of the order, the
 * column's value and the id); one that this API did not hand out for this
 * order is refused, naming `page.after`.
 */
import { isIsoDate, type ContactSort } from '@complaints/domain';
import { Brackets, type SelectQueryBuilder } from 'typeorm';
import type { Contact } from './contact.entity';

type SortColumn = 'receivedDate' | 'nextDueDate' | 'referenceKey';

interface SortSpec {
  column: SortColumn;
  direction: 'ASC' | 'DESC';
  /** Rows without a value (contacts with nothing waiting) come after all others, by id. */
  nullsLast?: boolean;
}

export const CONTACT_SORT_SPECS: Readonly<Record<ContactSort, SortSpec>> = {
  RECEIVED_NEWEST: { column: 'receivedDate', direction: 'DESC' },
  RECEIVED_OLDEST: { column: 'receivedDate', direction: 'ASC' },
  DUE_SOONEST: { column: 'nextDueDate', direction: 'ASC', nullsLast: true },
  REFERENCE: { column: 'referenceKey', direction: 'ASC' },
};

export interface ContactCursor {
  sort: ContactSort;
  value: string | null;
  id: number;
}

type SortValues = Pick<Contact, 'id' | SortColumn>;

export function encodeContactCursor(sort: ContactSort, row: SortValues): string {
  return Buffer.from(JSON.stringify([sort, row[CONTACT_SORT_SPECS[sort].column], row.id])).toString('base64url');
}

const KEY = /^[A-Z0-9_-]{1,40}$/;

/** The cursor, or null when it is not one this API handed out for `sort`. */
export function decodeContactCursor(cursor: string, sort: ContactSort): ContactCursor | null {
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) return null;
  const [cursorSort, value, id] = parsed as unknown[];
  const spec = CONTACT_SORT_SPECS[sort];
  if (cursorSort !== sort || !Number.isSafeInteger(id) || (id as number) < 1) return null;
  if (value === null ? !spec.nullsLast : typeof value !== 'string') return null;
  if (typeof value === 'string' && !(spec.column === 'referenceKey' ? KEY.test(value) : isIsoDate(value))) return null;
  return { sort, value: value as string | null, id: id as number };
}

/** Runs the page's SELECT of ids (through the caller's executor: plain, or under the aggregate admission). */
export type RowReader = (query: SelectQueryBuilder<Contact>) => Promise<Array<{ id: unknown }>>;

/**
 * The ids of up to `first` + 1 contacts after the cursor, in the order's
 * sequence (one more than asked, to tell whether a next page exists). An
 * order with nulls last reads in two index-ordered parts: rows with a value,
 * then rows without one by id.
 */
export async function pageIds(
  filtered: () => SelectQueryBuilder<Contact>,
  sort: ContactSort,
  first: number,
  cursor: ContactCursor | null,
  read: RowReader,
): Promise<number[]> {
  const spec = CONTACT_SORT_SPECS[sort];
  const column = `c.${spec.column}`;
  const after = spec.direction === 'DESC' ? '<' : '>';
  const ids: number[] = [];

  const inNullPart = spec.nullsLast && cursor !== null && cursor.value === null;
  if (!inNullPart) {
    const query = filtered().select('c.id', 'id');
    if (spec.nullsLast) query.andWhere(`${column} IS NOT NULL`);
    if (cursor) {
      query.andWhere(
        new Brackets((qb) =>
          qb
            .where(`${column} ${after} :cursorValue`, { cursorValue: cursor.value })
            .orWhere(`(${column} = :cursorValue AND c.id ${after} :cursorId)`, { cursorId: cursor.id }),
        ),
      );
    }
    query.orderBy(column, spec.direction).addOrderBy('c.id', spec.direction).limit(first + 1);
    ids.push(...(await read(query)).map((r) => Number(r.id)));
  }
  if (spec.nullsLast && ids.length <= first) {
    const query = filtered().select('c.id', 'id').andWhere(`${column} IS NULL`);
    if (inNullPart) query.andWhere('c.id > :cursorId', { cursorId: cursor!.id });
    query.orderBy('c.id', 'ASC').limit(first + 1 - ids.length);
    ids.push(...(await read(query)).map((r) => Number(r.id)));
  }
  return ids;
}
