import type { AdminReferenceDataQuery } from '../../graphql/graphql';
import { kindOfSlug, referenceRows, statusText } from './reference-kinds';

const data: AdminReferenceDataQuery = {
  recordTypes: [{ code: 'COMMENT', name: 'Comment', group: 'REPRESENTATION_OR_COMMENT', retiredFrom: null }],
  channels: [{ code: 'FAX', name: 'Fax', retiredFrom: '2011-04-01' }],
  divisions: [{ code: 'SCHOOLS', name: 'Schools', retiredFrom: null }],
  serviceAreas: [{ code: 'SCHOOL_STANDARDS', name: 'School Standards', retiredFrom: null, division: { code: 'SCHOOLS', name: 'Schools' } }],
  issueCategories: [
    { code: 'POLICY', name: 'Policy', retiredFrom: null, issues: [{ code: 'POLICY_DISAGREEMENT', name: 'Disagreement with policy', retiredFrom: null }] },
  ],
};

describe('reference kinds', () => {
  it('finds a kind by its URL word', () => {
    expect(kindOfSlug('issues')?.kind).toBe('ISSUE');
    expect(kindOfSlug('nope')).toBeUndefined();
  });

  it("lists a kind's items with their parent or group", () => {
    expect(referenceRows(data, 'ISSUE')).toEqual([
      { code: 'POLICY_DISAGREEMENT', name: 'Disagreement with policy', retiredFrom: null, parent: { code: 'POLICY', name: 'Policy' }, group: null },
    ]);
    expect(referenceRows(data, 'RECORD_TYPE')[0]?.group).toBe('REPRESENTATION_OR_COMMENT');
    expect(referenceRows(data, 'SERVICE_AREA')[0]?.parent).toEqual({ code: 'SCHOOLS', name: 'Schools' });
  });

  it('says whether an item is in use, retiring, or retired', () => {
    expect(statusText(null, '2026-11-27')).toBe('In use');
    expect(statusText('2031-04-01', '2026-11-27')).toBe('In use until 31 March 2031');
    expect(statusText('2011-04-01', '2026-11-27')).toBe('Retired from 1 April 2011');
    expect(statusText('2026-11-27', '2026-11-27')).toBe('Retired from 27 November 2026');
  });
});
