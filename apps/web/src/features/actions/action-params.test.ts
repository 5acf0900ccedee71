import { referenceNames } from './action-format';
import { OPTIONS } from './action-fixtures';
import { NO_FILTERS, describeFilter, filterFromSearch, filterToSearch, hasFilters, toApiFilter } from './action-params';

const SEARCH = 'statuses=OPEN,ONGOING&owner=Service%20Manager&serviceAreas=SOCIAL_CARE&issueCategories=COMMUNICATION,STAFFING&overdue=true';

describe('action filters in the URL', () => {
  it('reads every filter and writes it back the same way', () => {
    const { filter, problems } = filterFromSearch(`?${SEARCH}`);
    expect(problems).toEqual([]);
    expect(filter).toEqual({
      statuses: ['OPEN', 'ONGOING'],
      owner: 'Service Manager',
      serviceAreas: ['SOCIAL_CARE'],
      issueCategories: ['COMMUNICATION', 'STAFFING'],
      overdue: true,
    });
    expect(filterToSearch(filter)).toBe(SEARCH);
  });

  it('turns them into the API filter, leaving out what is not set', () => {
    expect(toApiFilter(filterFromSearch(SEARCH).filter)).toEqual({
      statuses: ['OPEN', 'ONGOING'],
      owner: 'Service Manager',
      serviceAreas: ['SOCIAL_CARE'],
      issueCategories: ['COMMUNICATION', 'STAFFING'],
      overdue: true,
    });
    expect(toApiFilter(filterFromSearch('overdue=false').filter)).toEqual({ overdue: false });
    expect(toApiFilter(NO_FILTERS)).toBeUndefined();
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(filterToSearch(NO_FILTERS)).toBe('');
  });

  it('leaves out and lists what a link gets wrong, and orders statuses', () => {
    const { filter, problems } = filterFromSearch('statuses=COMPLETED,DONE,OPEN&overdue=yes&owner=%20%20');
    expect(filter).toEqual({ ...NO_FILTERS, statuses: ['OPEN', 'COMPLETED'] });
    expect(problems).toEqual([
      { field: 'statuses', message: "'DONE' not one of OPEN, ONGOING, COMPLETED" },
      { field: 'overdue', message: "'yes' is not true or false" },
    ]);
  });

  it('keeps an owner with commas and ampersands intact', () => {
    const filter = { ...NO_FILTERS, owner: 'Customer Care & Complaints, North' };
    expect(filterFromSearch(filterToSearch(filter)).filter.owner).toBe('Customer Care & Complaints, North');
  });

  it('describes the filters in words, with names for codes', () => {
    expect(describeFilter(filterFromSearch(SEARCH).filter, referenceNames(OPTIONS))).toEqual([
      'status open or ongoing',
      'overdue',
      'owner contains “Service Manager”',
      'service area Safeguarding: Social Care',
      'issue category Communication or Staffing',
    ]);
  });
});
