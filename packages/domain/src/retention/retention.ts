/**
 * How long closed records are kept, and when each is due for deletion. A
 * record is kept for a number of whole years after it closed (a contact's last
 * step, an information request's response or withdrawal); from the anniversary
 * of its closure it is due to be anonymised. Admins set the years per record
 * type and per kind of information request; these are the defaults.
 */
import { addCalendarMonths, isLeapYear, parseIsoDate, type IsoDate } from '../dates/iso-date';
import type { InformationRequestKind } from '../reference/vocabularies';

/** The years an admin may set: at least one, and no more than a century (beyond that, keep it for good). */
export const RETENTION_YEARS = { min: 1, max: 100 } as const;

export interface RetentionDefault {
  years: number;
  /** Why, in words, for the retention page. */
  basis: string;
}

/**
 * The defaults. A council's own retention schedule decides; these follow the
 * common local-government practice and the law behind it.
 */
export const DEFAULT_RETENTION = {
  contact: {
    years: 6,
    basis:
      'Six years after closure: the time within which most claims arising from a complaint can be brought (Limitation Act 1980, sections 2 and 5), and the period local authority retention schedules give complaint files.',
  },
  informationRequest: {
    FREEDOM_OF_INFORMATION: {
      years: 3,
      basis:
        'Three years after the response: long enough for an internal review, a complaint to the Information Commissioner and an appeal to the First-tier Tribunal to run their course, a common choice in local authority retention schedules.',
    },
    ACCESS_TO_RECORDS: {
      years: 2,
      basis:
        'Two years after the response: long enough for the requester to complain to the Information Commissioner (who expects a complaint within three months of the council’s last reply) and for that complaint to be dealt with; the records disclosed stay on the social care file under its own schedule.',
    },
  } satisfies Record<InformationRequestKind, RetentionDefault>,
} as const;

/** Whether `years` is a retention period an admin may set. */
export function isRetentionYears(years: number): boolean {
  return Number.isInteger(years) && years >= RETENTION_YEARS.min && years <= RETENTION_YEARS.max;
}

/**
 * The first day a record closed on `closedOn` and kept `years` is due for
 * deletion: the anniversary of its closure. A record closed on 29 February is
 * due on 1 March in a year without one (the full period has then run; 28
 * February would be a day early).
 */
export function retentionDueDate(closedOn: IsoDate, years: number): IsoDate {
  if (!isRetentionYears(years)) throw new RangeError(`years must be a whole number from ${RETENTION_YEARS.min} to ${RETENTION_YEARS.max}: ${years}`);
  const { year, month, day } = parseIsoDate(closedOn);
  const dueYear = year + years;
  if (month === 2 && day === 29 && !isLeapYear(dueYear)) return `${String(dueYear).padStart(4, '0')}-03-01`;
  return addCalendarMonths(closedOn, 12 * years);
}

/**
 * The latest closure date whose record, kept `years`, is due for deletion on
 * or before `asOf`: the inverse of retentionDueDate, so a query can compare
 * stored closure dates with it instead of doing date arithmetic in SQL.
 * (`asOf` less the years, 29 February becoming 28 February in a year without one.)
 */
export function latestClosureDueBy(asOf: IsoDate, years: number): IsoDate {
  if (!isRetentionYears(years)) throw new RangeError(`years must be a whole number from ${RETENTION_YEARS.min} to ${RETENTION_YEARS.max}: ${years}`);
  return addCalendarMonths(asOf, -12 * years);
}

/** Whether a record closed on `closedOn` and kept `years` is due for deletion on `asOf`. */
export function isDueForDeletion(closedOn: IsoDate, years: number, asOf: IsoDate): boolean {
  return retentionDueDate(closedOn, years) <= asOf;
}

/** What replaces free text (summaries, notes, comments) when a record is anonymised. */
export function anonymisedText(on: IsoDate): string {
  return `[anonymised ${on}]`;
}
