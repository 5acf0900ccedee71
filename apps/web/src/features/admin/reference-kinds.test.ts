import type { AdminReferenceDataQuery } from '../../graphql/graphql';
import { kindOfSlug, referenceRows, statusText } from './reference-kinds';

const data: AdminReferenceDataQuery = {
  recordTypes: [{ code: 'COMMENT', name: 'Comment', group: 'REPRESENTATION_OR_COMMENT', effectiveFrom: null, retiredFrom: null }],
  channels: [{ code: 'FAX', name: 'Fax', effectiveFrom: null, retiredFrom: '2011-04-01' }],
  divisions: [{ code: 'SCHOOLS', name: 'Schools', effectiveFrom: null, retiredFrom: null }],
  serviceAreas: [{ code: 'SCHOOL_STANDARDS', name: 'School Standards', effectiveFrom: null, retiredFrom: null, division: { code: 'SCHOOLS', name: 'Schools' } }],
  issueCategories: [
    { code: 'POLICY', name: 'Policy', effectiveFrom: null, retiredFrom: null, issues: [{ code: 'POLICY_DISAGREEMENT', name: 'Disagreement with policy', effectiveFrom: null, retiredFrom: null }] },
  ],
};

describe('reference kinds', () => {
  it('finds a kind by its URL word', () => {
    expect(kindOfSlug('issues')?.kind).toBe('ISSUE');
    expect(kindOfSlug('nope')).toBeUndefined();
  });

  it("lists a kind's items with their parent or group", () => {
    expect(referenceRows(data, 'ISSUE')).toEqual([
      { code: 'POLICY_DISAGREEMENT', name: 'Disagreement with policy', effectiveFrom: null, retiredFrom: null, parent: { code: 'POLICY', name: 'Policy' }, group: null },
    ]);
    expect(referenceRows(data, 'RECORD_TYPE')[0]?.group).toBe('REPRESENTATION_OR_COMMENT');
    expect(referenceRows(data, 'SERVICE_AREA')[0]?.parent).toEqual({ code: 'SCHOOLS', name: 'Schools' });
  });

  it('says whether an item is in use, retiring, or retired', () => {
    const dates = (retiredFrom: string | null, effectiveFrom: string | null = null) => ({ effectiveFrom, retiredFrom });
    expect(statusText(dates(null), '2026-11-27')).toBe('In use');
    expect(statusText(dates('2031-04-01'), '2026-11-27')).toBe('In use until 31 March 2031');
    expect(statusText(dates('2011-04-01'), '2026-11-27')).toBe('Retired from 1 April 2011');
    expect(statusText(dates('2026-11-27'), '2026-11-27')).toBe('Retired from 27 November 2026');
  });

  it('says when an item added by a reorganisation came, or comes, into use', () => {
    const dates = (effectiveFrom: string, retiredFrom: string | null = null) => ({ effectiveFrom, retiredFrom });
    expect(statusText(dates('2010-04-01'), '2026-11-27')).toBe('In use since 1 April 2010');
    expect(statusText(dates('2026-11-27'), '2026-11-27')).toBe('In use since 27 November 2026');
    expect(statusText(dates('2027-04-01'), '2026-11-27')).toBe('Comes into use on 1 April 2027');
    expect(statusText(dates('2027-04-01', '2031-04-01'), '2026-11-27')).toBe('Comes into use on 1 April 2027, until 31 March 2031');
    expect(statusText(dates('2010-04-01', '2031-04-01'), '2026-11-27')).toBe('In use since 1 April 2010, until 31 March 2031');
    expect(statusText(dates('2008-04-01', '2011-04-01'), '2026-11-27')).toBe('Retired from 1 April 2011 (in use from 1 April 2008)');
  });
});
