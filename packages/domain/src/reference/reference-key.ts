/**
 * The form of a record's reference used in its web address and to find it:
 * trimmed, upper case, each `/` as `-` (`cs/2009/0123` → `CS-2009-0123`,
 * `foi/2009/0001` → `FOI-2009-0001`). One rule for contacts and information
 * requests: two references with the same key are the same reference (saving
 * the second is refused), so an address always leads to one record.
 */
export function referenceKey(reference: string): string {
  return reference.trim().toUpperCase().replace(/\//g, '-');
}
