import { contactFilterOf, findLink, isFiltered, looksLikeReference, NO_FIND_PARAMS, parseFindParams } from './find-params';

describe('the Find a contact page’s address', () => {
  it('reads and writes every filter, the order and the page', () => {
    const search = 'q=Smith&text=care+plan&recordType=STATUTORY_COMPLAINT&stage=STAGE_2&status=OPEN&serviceArea=SOCIAL_CARE&officer=ME&receivedFrom=2009-04-01&dueTo=2010-03-31&overdue=true&sort=DUE_SOONEST&after=abc';
    const { params, problems } = parseFindParams(search);
    expect(problems).toEqual([]);
    expect(params).toEqual({
      q: 'Smith',
      text: 'care plan',
      recordType: 'STATUTORY_COMPLAINT',
      stage: 'STAGE_2',
      status: 'OPEN',
      serviceArea: 'SOCIAL_CARE',
      officer: 'ME',
      receivedFrom: '2009-04-01',
      receivedTo: '',
      dueFrom: '',
      dueTo: '2010-03-31',
      overdue: true,
      sort: 'DUE_SOONEST',
      after: 'abc',
    });
    expect(findLink(params)).toBe(`/cases/find?${search}`);
    expect(findLink(NO_FIND_PARAMS)).toBe('/cases/find');
  });

  it('leaves out what it cannot use, and says so for dates', () => {
    const { params, problems } = parseFindParams('stage=STAGE_9&status=SHUT&sort=RANDOM&receivedFrom=2010-02-30');
    expect(params).toEqual(NO_FIND_PARAMS);
    expect(problems).toEqual(["'2010-02-30' is not a real date in the form YYYY-MM-DD, so it was left out"]);
  });

  it('tells a reference from a surname by its digits', () => {
    expect(looksLikeReference('CS/2009/0123')).toBe(true);
    expect(looksLikeReference('2009-01')).toBe(true);
    expect(looksLikeReference("O'Brien")).toBe(false);
    expect(contactFilterOf({ ...NO_FIND_PARAMS, q: ' cs-2009-01 ' })).toEqual({ reference: 'cs-2009-01' });
    expect(contactFilterOf({ ...NO_FIND_PARAMS, q: 'smith' })).toEqual({ complainantName: 'smith' });
  });

  it('asks the API for the filters chosen', () => {
    expect(contactFilterOf({ ...NO_FIND_PARAMS, officer: '12', status: 'OPEN', overdue: true, dueFrom: '2010-01-01' })).toEqual({
      assignedTo: ['12'],
      statuses: ['OPEN'],
      overdue: true,
      dueFrom: '2010-01-01',
    });
    expect(contactFilterOf({ ...NO_FIND_PARAMS, officer: 'NONE' })).toEqual({ unassigned: true });
    expect(isFiltered({ ...NO_FIND_PARAMS, sort: 'REFERENCE', after: 'x' })).toBe(false);
    expect(isFiltered({ ...NO_FIND_PARAMS, overdue: true })).toBe(true);
  });
});
