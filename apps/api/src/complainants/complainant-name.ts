/**
 * How complainants' names are compared when an officer searches for one. Pure.
 *
 * A name's search key is its letters and digits only, accents removed, in
 * upper case: "O'Brien" → OBRIEN, "Zoë Smith-Jones" → ZOESMITHJONES. The
 * surname's key is stored (indexed) with the complainant, so "find by surname"
 * is a range on that index: "obri", "O'Bri" and "OBRIEN" all find O'Brien.
 */

export { nameKey } from '@complaints/domain';
import { nameKey } from '@complaints/domain';

export interface NameSearch {
  /** The surname starts with the whole text's key ("van der Berg" finds VANDERBERG). */
  familyKey: string;
  /**
   * Or, for two or more words: the surname starts with the last word's key and the given
   * names start with the words before it ("Jane Smith"); "Smith, Jane" is read the same way.
   */
  split: { familyKey: string; givenPrefix: string } | null;
}

/** What to look for, or null when the text has no letter or digit to look for. */
export function nameSearch(text: string): NameSearch | null {
  const familyKey = nameKey(text);
  if (!familyKey) return null;
  const comma = text.indexOf(',');
  const [family, given] = comma >= 0 ? [text.slice(0, comma), text.slice(comma + 1)] : splitLastWord(text);
  const split = nameKey(family) && given.trim() ? { familyKey: nameKey(family), givenPrefix: given.trim().replace(/\s+/g, ' ') } : null;
  return { familyKey, split };
}

function splitLastWord(text: string): [family: string, given: string] {
  const words = text.trim().split(/\s+/);
  return [words[words.length - 1], words.slice(0, -1).join(' ')];
}

/** "Jane Smith", or just "Smith" when no given name is recorded. */
export function displayName(complainant: { givenName: string | null; familyName: string }): string {
  return complainant.givenName ? `${complainant.givenName} ${complainant.familyName}` : complainant.familyName;
}
