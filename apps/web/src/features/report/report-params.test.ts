import {
  printableReportHref,
  reportCsvHref,
  reportSearch,
  reportYearFromSearch,
  yearForUrl,
  yearOptions,
  yearsWithContacts,
} from './report-params';

describe('annual report addresses', () => {
  it('reads the year from the query string, and says when it cannot', () => {
    expect(reportYearFromSearch('?year=2009/10')).toEqual({ kind: 'year', year: '2009/10' });
    expect(reportYearFromSearch('?year=2009%2F10')).toEqual({ kind: 'year', year: '2009/10' });
    expect(reportYearFromSearch('')).toEqual({ kind: 'none' });
    expect(reportYearFromSearch('?year=')).toEqual({ kind: 'none' });
    expect(reportYearFromSearch('?year=last')).toEqual({ kind: 'invalid', value: 'last' });
    expect(reportYearFromSearch('?year=2009-10')).toEqual({ kind: 'invalid', value: '2009-10' });
  });

  it('writes the page, CSV and printable addresses', () => {
    expect(reportSearch('2009/10')).toBe('?year=2009/10');
    expect(yearForUrl('2009/10')).toBe('2009-10');
    expect(reportCsvHref('2009/10', 'table3')).toBe('/export/report/2009-10/table3.csv');
    expect(reportCsvHref('2009/10', 'appendix1')).toBe('/export/report/2009-10/appendix1.csv');
    expect(printableReportHref('2009/10')).toBe('/report/2009-10');
  });

  it('offers the years with contacts, newest first, and the year shown even when it has none', () => {
    const years = yearsWithContacts([
      { period: '2007/08', count: 0 },
      { period: '2008/09', count: 309 },
      { period: '2009/10', count: 441 },
      { period: '2010/11', count: 0 },
    ]);
    expect(years).toEqual(['2009/10', '2008/09']);
    expect(yearOptions(years, '2009/10')).toEqual(['2009/10', '2008/09']);
    expect(yearOptions(years, '2012/13')).toEqual(['2012/13', '2009/10', '2008/09']);
    expect(yearOptions([], null)).toEqual([]);
  });
});
