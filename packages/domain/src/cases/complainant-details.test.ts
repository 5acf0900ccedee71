import { checkComplainantDetails, nameKey } from './complainant-details';

describe("a complainant's details", () => {
  it('are trimmed, with blanks as nothing', () => {
    expect(checkComplainantDetails({ givenName: ' Jane ', familyName: " O'Brien ", email: ' ', phone: '023 8083 3000', preferredContactMethod: 'PHONE' })).toEqual({
      details: {
        givenName: 'Jane',
        familyName: "O'Brien",
        email: null,
        phone: '023 8083 3000',
        address: null,
        relationshipToChild: null,
        preferredContactMethod: 'PHONE',
        reasonableAdjustments: null,
      },
      problems: [],
    });
  });

  it('name each field at fault in order, without repeating what was typed', () => {
    const { problems } = checkComplainantDetails({ familyName: ' ', email: 'jane-at-example', phone: 'call me', preferredContactMethod: 'LETTER', relationshipToChild: 'x'.repeat(101) });
    expect(problems.map((p) => p.field)).toEqual(['relationshipToChild', 'familyName', 'email', 'phone', 'preferredContactMethod']);
    expect(JSON.stringify(problems)).not.toMatch(/jane|call me/);
  });

  it('need the means of the preferred way of contact, and a surname with a letter in it', () => {
    expect(checkComplainantDetails({ familyName: 'Smith', preferredContactMethod: 'EMAIL' }).problems).toEqual([
      { field: 'preferredContactMethod', message: 'needs an email address to contact them by' },
    ]);
    expect(checkComplainantDetails({ familyName: '--' }).problems).toEqual([{ field: 'familyName', message: 'must contain a letter' }]);
  });
});

describe('name keys', () => {
  it('keep letters and digits only, without accents, in upper case', () => {
    expect(nameKey("O'Brien")).toBe('OBRIEN');
    expect(nameKey('Zoë Smith-Jones')).toBe('ZOESMITHJONES');
    expect(nameKey('Łukasz')).toBe('ŁUKASZ');
    expect(nameKey('%_')).toBe('');
  });
});
