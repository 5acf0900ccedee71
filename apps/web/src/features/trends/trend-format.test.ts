import { changeHeading, formatChange, formatPercentChange } from './trend-comparison';
import { formatDate, formatPeriod, formatValue, formatWithBase, isSmallBase, SMALL_BASE } from './trend-format';

describe('trend formatting', () => {
  it('names periods as people read them', () => {
    expect(formatPeriod('2009-04', 'MONTH')).toBe('Apr 2009');
    expect(formatPeriod('2009/10 Q3', 'QUARTER')).toBe('Q3 2009/10');
    expect(formatPeriod('2009/10', 'FINANCIAL_YEAR')).toBe('2009/10');
  });

  it('formats dates, financial years and values', () => {
    expect(formatDate('2010-03-31')).toBe('31 March 2010');
    expect(formatValue(1234, 'CONTACTS')).toBe('1,234');
    expect(formatValue(87.456, 'RESPONDED_IN_TIME_PERCENT')).toBe('87.5%');
    expect(formatValue(null, 'MEDIAN_WORKING_DAYS_TO_RESPONSE')).toBe('no data');
  });
});

describe('percentages with their base, and changes', () => {
  it('shows a percentage with the contacts it is of, and other measures as they are', () => {
    expect(formatWithBase((100 * 76) / 121, 121, 'RESPONDED_IN_TIME_PERCENT')).toBe('62.8% of 121');
    expect(formatWithBase(1234, 1234, 'CONTACTS')).toBe('1,234');
    expect(formatWithBase(12.5, 40, 'MEDIAN_WORKING_DAYS_TO_RESPONSE')).toBe('12.5');
    expect(formatWithBase(null, 0, 'RESPONDED_IN_TIME_PERCENT')).toBe('no data');
  });

  it('marks percentages of fewer than 5 contacts', () => {
    expect(SMALL_BASE).toBe(5);
    expect(isSmallBase(100, 1, 'RESPONDED_IN_TIME_PERCENT')).toBe(true);
    expect(isSmallBase(60, 5, 'RESPONDED_IN_TIME_PERCENT')).toBe(false);
    expect(isSmallBase(null, 0, 'RESPONDED_IN_TIME_PERCENT')).toBe(false);
    expect(isSmallBase(3, 3, 'CONTACTS')).toBe(false);
  });

  it('signs changes in the measure’s unit', () => {
    expect(formatChange(12, 'CONTACTS')).toBe('+12');
    expect(formatChange(-3, 'CONTACTS')).toBe('\u22123');
    expect(formatChange(0, 'CONTACTS')).toBe('0');
    expect(formatChange(-0.04, 'RESPONDED_IN_TIME_PERCENT')).toBe('0');
    expect(formatChange(-12.345, 'RESPONDED_IN_TIME_PERCENT')).toBe('\u221212.3');
    expect(formatPercentChange(20)).toBe('+20%');
    expect(formatPercentChange(-7.14)).toBe('\u22127.1%');
    expect(formatPercentChange(null)).toBe('no data');
    expect(changeHeading('RESPONDED_IN_TIME_PERCENT')).toBe('Change (percentage points)');
  });
});
