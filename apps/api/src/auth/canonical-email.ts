/**
 * The one spelling of an e-mail address used to store accounts, find them at
 * sign-in and key sign-in limits. NFKC folds compatibility forms (full-width
 * `＠`, ligatures) into their plain letters, so `victim＠x` and `VICTIM@x` are
 * `victim@x`; it does not strip accents, so `vîctim@x` stays a different
 * address and must be compared exactly (MariaDB's utf8mb4_unicode_ci says î = i).
 */
export function canonicalEmail(raw: string): string {
  return raw.normalize('NFKC').trim().toLowerCase();
}

/** RFC 5321's limit on an address's length: nothing longer can be an account. */
export const MAX_EMAIL_LENGTH = 254;
