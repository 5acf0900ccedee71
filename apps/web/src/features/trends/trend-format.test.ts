import { formatDate, formatPeriod, formatValue } from './trend-format';

describe('trend formatting', () => {
  it('names periods as people read them', () => {
    expect(formatPeriod('2009-04', 'MONTH')).toBe('Apr 2009');
    expect(formatPeriod('2009-04', 'MONTH', 'short')).toBe('Apr 09');
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
