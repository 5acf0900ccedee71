import { complainantInput, complainantValues, EMPTY_COMPLAINANT, isBlankComplainant, validateComplainant } from './complainant-form';

describe("the complainant's details form", () => {
  it('says what is wrong in sentences about each field', () => {
    expect(validateComplainant({ ...EMPTY_COMPLAINANT, email: 'jane-at-example', preferredContactMethod: 'LETTER' }).fields).toEqual({
      familyName: "Enter the complainant's surname",
      email: 'Email address must be an email address, like name@example.com',
      preferredContactMethod: 'How they would like to be contacted needs an address to contact them by',
    });
    expect(validateComplainant({ ...EMPTY_COMPLAINANT, familyName: 'Smith' }).fields).toEqual({});
  });

  it('sends trimmed values, blanks as nothing', () => {
    expect(complainantInput({ ...EMPTY_COMPLAINANT, givenName: ' Jane ', familyName: 'Smith', phone: ' 020 7946 0000 ', preferredContactMethod: 'PHONE' })).toEqual({
      givenName: 'Jane',
      familyName: 'Smith',
      email: null,
      phone: '020 7946 0000',
      address: null,
      relationshipToChild: null,
      preferredContactMethod: 'PHONE',
      reasonableAdjustments: null,
    });
  });

  it('knows an untouched form, and fills itself from recorded details', () => {
    expect(isBlankComplainant(EMPTY_COMPLAINANT)).toBe(true);
    expect(isBlankComplainant({ ...EMPTY_COMPLAINANT, phone: ' 1' })).toBe(false);
    expect(complainantValues(null)).toEqual(EMPTY_COMPLAINANT);
    expect(
      complainantValues({ givenName: null, familyName: 'Smith', email: 'a@b.co', phone: null, address: null, relationshipToChild: 'Mother', preferredContactMethod: 'EMAIL', reasonableAdjustments: null }),
    ).toEqual({ ...EMPTY_COMPLAINANT, familyName: 'Smith', email: 'a@b.co', relationshipToChild: 'Mother', preferredContactMethod: 'EMAIL' });
  });
});
