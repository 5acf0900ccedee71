/**
 * What the contacts list is asked to find, checked and put in the form its
 * SQL compares (pure), and the one place the dialects differ in how a
 * "starts with" uses an index.
 *
 * - reference: starts with, on the unique referenceKey index (case and / versus - ignored);
 * - complainantName: the surname starts with, on complainant.familyNameKey's index
 *   (complainants/complainant-name.ts);
 * - text: words anywhere in the summary or the complainant's details, with LIKE:
 *   no index can serve it, so it is run under the aggregate admission (per-user
 *   and global slots, a time limit) and its length is bounded.
 * Wildcards typed by people (% and _) are matched as themselves.
 */
import { CONTACT_SEARCH_LIMITS, referenceKey } from '@complaints/domain';
import type { FieldProblem } from '../graphql/errors';
import { nameSearch, type NameSearch } from '../complainants/complainant-name';

export interface ContactSearch {
  referenceKeyPrefix: string | null;
  name: NameSearch | null;
  /** A LIKE pattern (with '!' as the escape character), or null. */
  textPattern: string | null;
}

const REFERENCE_TEXT = /^[A-Za-z0-9/_-]*$/;

/** '!' escapes LIKE's wildcards the same way on both dialects (a backslash does not). */
export function escapeLike(text: string): string {
  return text.replace(/[%_!]/g, '!$&');
}

export function contactSearch(
  filter: { reference?: string | null; complainantName?: string | null; text?: string | null },
  problems: FieldProblem[],
): ContactSearch {
  const search: ContactSearch = { referenceKeyPrefix: null, name: null, textPattern: null };
  const reference = filter.reference?.trim();
  if (reference) {
    if (reference.length > CONTACT_SEARCH_LIMITS.reference) {
      problems.push({ field: 'filter.reference', message: `is longer than ${CONTACT_SEARCH_LIMITS.reference} characters, the longest a reference can be` });
    } else if (!REFERENCE_TEXT.test(reference)) {
      problems.push({ field: 'filter.reference', message: 'can hold only letters, digits, /, - and _, as references do' });
    } else search.referenceKeyPrefix = referenceKey(reference);
  }
  const name = filter.complainantName?.trim();
  if (name) {
    if (name.length > CONTACT_SEARCH_LIMITS.complainantName) {
      problems.push({ field: 'filter.complainantName', message: `is longer than ${CONTACT_SEARCH_LIMITS.complainantName} characters` });
    } else {
      search.name = nameSearch(name);
      if (!search.name) problems.push({ field: 'filter.complainantName', message: 'needs at least one letter or digit of the name' });
    }
  }
  const text = filter.text?.trim().replace(/\s+/g, ' ');
  if (text) {
    if (text.length < CONTACT_SEARCH_LIMITS.textMin || text.length > CONTACT_SEARCH_LIMITS.textMax) {
      problems.push({ field: 'filter.text', message: `must be ${CONTACT_SEARCH_LIMITS.textMin} to ${CONTACT_SEARCH_LIMITS.textMax} characters` });
    } else search.textPattern = `%${escapeLike(text)}%`;
  }
  return search;
}

export type Dialect = 'sqlite' | 'mysql';

/**
 * `column` starts with `prefix`, in a form the dialect answers from an index on
 * the column: SQLite's LIKE ignores case and so cannot use a (case-sensitive)
 * index, but a range can; MySQL's LIKE with a fixed prefix is a range scan,
 * whereas its collation orders symbols unlike code points, so a hand-made
 * range could miss rows. Keys are upper case on both, so the two agree.
 */
export function startsWith(column: string, prefix: string, dialect: Dialect, name: string): [string, Record<string, string>] {
  if (dialect === 'mysql') return [`${column} LIKE :${name} ESCAPE '!'`, { [name]: `${escapeLike(prefix)}%` }];
  // U+10FFFF sorts after every character, byte by byte in UTF-8 as SQLite compares.
  return [`(${column} >= :${name}From AND ${column} < :${name}To)`, { [`${name}From`]: prefix, [`${name}To`]: `${prefix}\u{10FFFF}` }];
}
