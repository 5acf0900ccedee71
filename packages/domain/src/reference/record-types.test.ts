import { isFormalComplaintGroup, recordTypeCodesInGroup } from './record-types';

describe('record-type groups', () => {
  it('makes statutory, corporate, school and LGO (Ombudsman) complaints the formal complaints', () => {
    expect(recordTypeCodesInGroup('FORMAL_COMPLAINT').sort()).toEqual(['CORPORATE_COMPLAINT', 'LGO_COMPLAINT', 'SCHOOL_COMPLAINT', 'STATUTORY_COMPLAINT']);
    expect(isFormalComplaintGroup('FORMAL_COMPLAINT')).toBe(true);
    expect(isFormalComplaintGroup('ENQUIRY')).toBe(false);
    expect(isFormalComplaintGroup(undefined)).toBe(false);
  });
});
