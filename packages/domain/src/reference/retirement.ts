/**
 * Retired reference values (a channel, service area, issue … no longer used
 * from a date). A value is never deleted: records and reports from before its
 * retirement keep it; it is only not offered for, or accepted on, records
 * dated on or after `retiredFrom`.
 */
import type { IsoDate } from '../dates/iso-date';

export interface Retirable {
  /** The first day the value is no longer in use; null (or absent) while it is. */
  retiredFrom?: IsoDate | null;
}

/** Whether a value may be used on a record dated `date` (ISO dates compare as strings). */
export function isInUseOn(value: Retirable, date: IsoDate): boolean {
  return !value.retiredFrom || date < value.retiredFrom;
}

/** The values a new record dated `date` may use, keeping any already chosen (`keep`) so an edit never loses them. */
export function valuesInUseOn<T extends Retirable & { code: string }>(values: readonly T[], date: IsoDate, keep: readonly string[] = []): T[] {
  return values.filter((value) => isInUseOn(value, date) || keep.includes(value.code));
}
