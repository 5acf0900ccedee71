import { checkReportYear, yearForUrl, yearFromUrl } from './report-year';

const TODAY = '2026-05-01';

describe('report years', () => {
  it('accepts a financial year and gives the one before', () => {
    expect(checkReportYear('2009/10', TODAY)).toEqual({
      ok: true,
      years: {
        current: { financialYear: '2009/10', from: '2009-04-01', to: '2010-03-31' },
        previous: { financialYear: '2008/09', from: '2008-04-01', to: '2009-03-31' },
      },
    });
    expect(checkReportYear('1999/00', TODAY).ok).toBe(true);
    expect(checkReportYear('2027/28', TODAY).ok).toBe(true);
  });

  it.each(['2009/11', '2009-10', '09/10', '2009/10 ', '', 'latest'])('refuses the malformed %j', (value) => {
    const check = checkReportYear(value, TODAY);
    expect(check).toEqual({ ok: false, reason: 'malformed', message: expect.stringContaining('is not a financial year such as 2009/10') });
  });

  it.each(['1989/90', '2028/29', '9999/00'])('refuses the absurd %s', (value) => {
    expect(checkReportYear(value, TODAY)).toEqual({
      ok: false,
      reason: 'out-of-range',
      message: expect.stringContaining('outside the years reported on (1990/91 to 2027/28)'),
      earliest: '1990/91',
      latest: '2027/28',
    });
  });

  it('writes years in URLs with a hyphen', () => {
    expect(yearForUrl('2009/10')).toBe('2009-10');
    expect(yearFromUrl('2009-10')).toBe('2009/10');
    expect(yearFromUrl('2009/10')).toBe('2009/10');
    expect(yearFromUrl('20-09-10')).toBe('20-09-10');
  });
});
