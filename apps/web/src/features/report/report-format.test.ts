import { formatLongDate, formatReportValue, isPercentColumn, isTotalRow, plural } from './report-format';

describe('annual report formatting', () => {
  it("treats columns ending in '%' as percentages", () => {
    expect(isPercentColumn('%')).toBe(true);
    expect(isPercentColumn('2009/10 %')).toBe(true);
    expect(isPercentColumn('Change %')).toBe(true);
    expect(isPercentColumn('2009/10')).toBe(false);
    expect(isPercentColumn('Number')).toBe(false);
  });

  it('formats counts with thousands separators and percentages to one decimal place, en-GB', () => {
    expect(formatReportValue(3204, 'Number')).toBe('3,204');
    expect(formatReportValue(0, 'Number')).toBe('0');
    expect(formatReportValue(41, '2009/10 %')).toBe('41.0');
    expect(formatReportValue(-33.3, 'Change %')).toBe('-33.3');
    expect(formatReportValue(1234.5, '%')).toBe('1,234.5');
  });

  it('leaves cells with no figure blank', () => {
    expect(formatReportValue(null, 'Change %')).toBeNull();
    expect(formatReportValue(undefined, 'Number')).toBeNull();
    expect(formatReportValue(Number.NaN, 'Number')).toBeNull();
  });

  it('knows total rows, dates and plurals', () => {
    expect(isTotalRow('Total')).toBe(true);
    expect(isTotalRow('Total number of formal complaints')).toBe(true);
    expect(isTotalRow('Totally different')).toBe(false);
    expect(isTotalRow('Stage 1 complaints')).toBe(false);
    expect(formatLongDate('2010-10-31')).toBe('31 October 2010');
    expect(formatLongDate('soon')).toBe('soon');
    expect(plural(1, 'contact')).toBe('1 contact');
    expect(plural(1441, 'contact')).toBe('1,441 contacts');
  });
});
