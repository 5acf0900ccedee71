import { changeView, financialYearChoices, NO_PARAMS, paramsFromSearch, paramsToSearch, registerFilter, summaryYear } from './request-params';

describe('register parameters', () => {
  it('read every filter from the URL and write them back in the same form', () => {
    const search = 'kind=FREEDOM_OF_INFORMATION&status=OVERDUE&search=Jo+Bloggs&requesterType=MEDIA&serviceArea=SOCIAL_CARE&financialYear=2009/10&sort=DUE_SOONEST&after=abc';
    const { params, problems } = paramsFromSearch(search);
    expect(problems).toEqual([]);
    expect(params).toEqual({
      kind: 'FREEDOM_OF_INFORMATION',
      status: 'OVERDUE',
      search: 'Jo Bloggs',
      requesterType: 'MEDIA',
      serviceArea: 'SOCIAL_CARE',
      financialYear: '2009/10',
      sort: 'DUE_SOONEST',
      after: 'abc',
    });
    expect(paramsToSearch(params)).toBe(search);
    expect(paramsToSearch(NO_PARAMS)).toBe('');
  });

  it('leave out, and name, values a link gets wrong', () => {
    const { params, problems } = paramsFromSearch('?kind=FOI&status=LATE&financialYear=2009/11&sort=RANDOM&requesterType=');
    expect(params).toEqual(NO_PARAMS);
    expect(problems.map((p) => p.field)).toEqual(['financialYear', 'kind', 'status', 'sort']);
    expect(problems[0]!.message).toBe("'2009/11' is not a financial year such as 2009/10");
  });

  it('start again at the first page when the filters or the order change', () => {
    const view = { ...NO_PARAMS, after: 'abc' };
    expect(changeView(view, { status: 'PAUSED' })).toEqual({ ...NO_PARAMS, status: 'PAUSED', after: null });
  });

  it("give the API's filter, with blanks left out", () => {
    expect(registerFilter({ ...NO_PARAMS, search: '  ', serviceArea: 'SOCIAL_CARE', financialYear: '2009/10' })).toEqual({
      kind: null,
      status: null,
      search: null,
      requesterType: null,
      serviceAreas: ['SOCIAL_CARE'],
      financialYear: '2009/10',
    });
  });

  it('show the summary for the chosen year, or the current one', () => {
    const now = new Date('2026-11-26T12:00:00Z');
    expect(summaryYear({ financialYear: '2009/10' }, now)).toBe('2009/10');
    expect(summaryYear({ financialYear: '' }, now)).toBe('2026/27');
    const years = financialYearChoices(now);
    expect(years[0]).toBe('2026/27');
    expect(years).toContain('2009/10');
    expect(years[years.length - 1]).toBe('2004/05');
  });
});
