import * as timescales from './index';

describe('public API (README.md)', () => {
  it.each([
    'isWorkingDay',
    'addWorkingDays',
    'workingDaysBetween',
    'addCalendarDays',
    'addCalendarMonths',
    'contactDeadlines',
    'escalationDeadlines',
    'informationRequestDueDate',
    'findDeadlineRule',
  ])('exports %s', (name) => {
    expect(typeof (timescales as Record<string, unknown>)[name]).toBe('function');
  });

  it('exports the rule list', () => {
    expect(timescales.DEADLINE_RULES.length).toBeGreaterThan(0);
  });
});
