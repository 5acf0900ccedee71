/** Calendar dates as ISO strings and day numbers: the one definition is in @complaints/domain (dates/iso-date). */
export {
  addCalendarDays,
  addCalendarMonths,
  assertInteger,
  civilFromDays,
  dayOfWeek,
  dayOfWeekOfDayNumber,
  daysFromCivil,
  daysInMonth,
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  isWeekendDayNumber,
  parseIsoDate,
  toDayNumber,
  yearOfDayNumber,
} from '@complaints/domain';
export type { DateParts, IsoDate } from '@complaints/domain';
