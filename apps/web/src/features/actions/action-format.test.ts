import {
  formatDate,
  formatDateTime,
  formatFieldValue,
  formatHistoryValue,
  formatShortDateTime,
  historyFieldLabel,
  listInWords,
  plural,
  referenceNames,
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
