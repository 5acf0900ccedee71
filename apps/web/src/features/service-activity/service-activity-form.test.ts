import { activityFormValues, readActivityForm, readCount } from './service-activity-form';

describe('reading the social care activity form', () => {
  it('reads counts as spreadsheets and people write them', () => {
    expect(readCount('2600')).toBe(2600);
    expect(readCount(' 2,600 ')).toBe(2600);
    expect(readCount('0')).toBe(0);
    // Negative counts reach the API, whose rule refuses them naming the field.
    expect(readCount('-3')).toBe(-3);
    expect(readCount('two')).toBeNull();
    expect(readCount('1.5')).toBeNull();
    expect(readCount('')).toBeNull();
    expect(readCount('99999999999')).toBeNull();
  });

  it('builds the mutation input for the year', () => {
    expect(readActivityForm('2009/10', { referrals: '2,600', initialAssessments: '1200', lookedAfterChildren: '430' })).toEqual({
      ok: true,
      input: { financialYear: '2009/10', referrals: 2600, initialAssessments: 1200, lookedAfterChildren: 430 },
    });
  });

  it('names each field that is empty or not a number', () => {
    expect(readActivityForm('2009/10', { referrals: '', initialAssessments: 'lots', lookedAfterChildren: '4' })).toEqual({
      ok: false,
      errors: {
        fields: {
          referrals: 'Enter the number of referrals',
          initialAssessments: 'Initial assessments must be a whole number, such as 2600',
        },
        form: [],
      },
    });
  });

  it('starts from the saved figures, or empty', () => {
    expect(activityFormValues({ referrals: 1, initialAssessments: 0, lookedAfterChildren: 3 })).toEqual({
      referrals: '1',
      initialAssessments: '0',
      lookedAfterChildren: '3',
    });
    expect(activityFormValues(null)).toEqual({ referrals: '', initialAssessments: '', lookedAfterChildren: '' });
  });
});
