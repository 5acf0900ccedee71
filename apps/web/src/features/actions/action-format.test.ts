import {
  financialYearOf,
  financialYearStart,
  formatDate,
  formatDateTime,
  formatFieldValue,
  formatHistoryValue,
  formatShortDateTime,
  historyFieldLabel,
  isFinancialYear,
  isIsoDate,
  listInWords,
  plural,
  referenceNames,
  todayInLondon,
} from './action-format';
import { OPTIONS } from './action-fixtures';

const names = referenceNames(OPTIONS);

describe('action formatting', () => {
  it('writes dates out and times in London time', () => {
    expect(formatDate('2010-10-31')).toBe('31 October 2010');
    expect(formatDate('not a date')).toBe('not a date');
    expect(formatDateTime('2025-06-12T13:32:00.000Z')).toBe('12 June 2025 at 14:32'); // BST
    expect(formatDateTime('2025-01-12T13:32:00.000Z')).toBe('12 January 2025 at 13:32'); // GMT
    expect(formatShortDateTime('2025-06-12T13:32:00.000Z')).toBe('12 Jun 2025, 14:32');
  });

  it('knows real dates and financial years', () => {
    expect(isIsoDate('2011-02-28')).toBe(true);
    expect(isIsoDate('2011-02-29')).toBe(false);
    expect(isIsoDate('31/10/2010')).toBe(false);
    expect(isFinancialYear('2009/10')).toBe(true);
    expect(isFinancialYear('1999/00')).toBe(true);
    expect(isFinancialYear('2009/11')).toBe(false);
    expect(financialYearOf('2010-03-31')).toBe('2009/10');
    expect(financialYearOf('2010-04-01')).toBe('2010/11');
    expect(financialYearOf('1999-12-01')).toBe('1999/00');
    expect(financialYearStart('2009/10')).toBe('2009-04-01');
  });

  it("uses England's date for today", () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    expect(todayInLondon(new Date('2025-06-30T23:30:00Z'))).toBe('2025-07-01');
  });

  it('puts field values in words: names for codes, labels for statuses, "Not set" for nothing', () => {
    expect(formatFieldValue('status', 'ONGOING')).toBe('Ongoing');
    expect(formatFieldValue('dueDate', '2010-12-31')).toBe('31 December 2010');
    expect(formatFieldValue('serviceArea', 'SOCIAL_CARE', names)).toBe('Safeguarding: Social Care');
    expect(formatFieldValue('issueCategory', 'UNKNOWN', names)).toBe('UNKNOWN');
    expect(formatFieldValue('count', 9)).toBe('9');
    expect(formatFieldValue('furtherAction', null)).toBe('Not set');
  });

  it('labels audit entries, hiding the created snapshot', () => {
    expect(historyFieldLabel('byWhom')).toBe('By whom');
    expect(historyFieldLabel('created')).toBe('Action recorded');
    expect(formatHistoryValue('created', '{"financialYear":"2009/10"}')).toBe('');
    expect(formatHistoryValue('status', 'COMPLETED')).toBe('Completed');
    expect(formatHistoryValue('dueDate', null)).toBe('Not set');
  });

  it('counts and lists in words', () => {
    expect(plural(1, 'change')).toBe('1 change');
    expect(plural(3, 'change')).toBe('3 changes');
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
    expect(listInWords(['a', 'b'], 'or')).toBe('a or b');
  });
});
