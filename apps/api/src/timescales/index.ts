/**
 * Working days and statutory deadlines: pure functions on ISO date strings.
 * See README.md for the contract other modules rely on.
 */

export { addCalendarDays, addCalendarMonths, dayOfWeek, isIsoDate, parseIsoDate, type IsoDate } from './iso-date';
export { bankHolidays, easterSunday, isBankHoliday, type BankHoliday } from './bank-holidays';
export { BANK_HOLIDAY_CHANGES, type BankHolidayChange } from './bank-holiday-changes';
export { addWorkingDays, isWorkingDay, onOrNextWorkingDay, workingDaysBetween } from './working-days';
export {
  contactDeadlines,
  escalationDeadlines,
  informationRequestDeadline,
  informationRequestDueDate,
  type ContactDeadlines,
  type ContactDeadlinesInput,
  type EscalationDeadlines,
  type EscalationDeadlinesInput,
  type InformationRequestInput,
} from './deadlines';
export { clockPauseEffect, informationRequestClock, type ClockPause, type RequestClock, type RequestClockInput } from './request-clock';
export { DEADLINE_RULES, LOCAL_ACKNOWLEDGEMENT_WORKING_DAYS } from './deadline-rules';
export { deadlineRuleById, findDeadlineRule, validateDeadlineRules } from './rule-lookup';
export type {
  ClockPauseEffect,
  ContactDeadlineRule,
  DeadlinePeriod,
  DeadlineRule,
  DeadlineRuleFor,
  DeadlineRuleTarget,
  EscalationDeadlineRule,
  InformationRequestDeadlineRule,
} from './deadline-rule-types';
