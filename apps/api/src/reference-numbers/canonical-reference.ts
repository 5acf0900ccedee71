/**
 * References are one value whatever their letter case: `cs/2009/0001` and
 * `CS/2009/0001` are the same reference on both dialects (MySQL's collation
 * already compares them so; SQLite's unique index would not). Every write stores,
 * and every lookup asks for, the canonical form: trimmed and in upper case.
 */

/** Letters, digits, /, - and _, up to 40; checked before canonicalising (ASCII only). */
export const REFERENCE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9/_-]{0,39}$/;

/**
 * The stored form of a reference. Check REFERENCE_PATTERN on the trimmed text
 * first: upper-casing maps some non-ASCII letters to ASCII ones ('ı' to 'I').
 */
export function canonicalReference(reference: string): string {
  return reference.trim().toUpperCase();
}
