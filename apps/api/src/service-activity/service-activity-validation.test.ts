import { checkServiceActivity } from './service-activity-validation';

describe('checkServiceActivity', () => {
  it('accepts a financial year and whole, non-negative counts (zero included)', () => {
    expect(checkServiceActivity({ financialYear: ' 2009/10 ', referrals: 2600, initialAssessments: 0, lookedAfterChildren: 430 })).toEqual({
      ok: true,
      value: { financialYear: '2009/10', referrals: 2600, initialAssessments: 0, lookedAfterChildren: 430 },
    });
  });

  it('names every field at fault', () => {
    const checked = checkServiceActivity({ financialYear: '2009/11', referrals: -1, initialAssessments: 1.5, lookedAfterChildren: null });
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems.map((p) => p.field)).toEqual(['financialYear', 'referrals', 'initialAssessments', 'lookedAfterChildren']);
  });

  it('refuses a count too large for the column', () => {
    const checked = checkServiceActivity({ financialYear: '2009/10', referrals: 2 ** 31, initialAssessments: 1, lookedAfterChildren: 1 });
    expect(!checked.ok && checked.problems).toEqual([{ field: 'referrals', message: 'must be a whole number of 0 or more, not 2147483648' }]);
  });
});
