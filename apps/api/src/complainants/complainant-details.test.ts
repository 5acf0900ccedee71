import { prepareComplainant } from './complainant-details';

describe("a complainant's details", () => {
  it('are trimmed, blanks become nothing, and the surname gets its search key', () => {
    const result = prepareComplainant({ givenName: '  Jane ', familyName: " O'Brien ", email: ' ', phone: '023 8083 3000', preferredContactMethod: 'PHONE' });
    expect(result).toEqual({
      ok: true,
      row: {
        givenName: 'Jane',
        familyName: "O'Brien",
        familyNameKey: 'OBRIEN',
        email: null,
        phone: '023 8083 3000',
        address: null,
        relationshipToChild: null,
        preferredContactMethod: 'PHONE',
        reasonableAdjustments: null,
      },
    });
  });

  it('name each field at fault, without repeating what was typed', () => {
    const result = prepareComplainant(
      { familyName: ' ', email: 'jane-at-example', phone: 'call me', preferredContactMethod: 'LETTER', relationshipToChild: 'x'.repeat(101) },
      'complainant.',
    );
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.field)).toEqual([
      'complainant.relationshipToChild',
      'complainant.familyName',
      'complainant.email',
      'complainant.phone',
      'complainant.preferredContactMethod',
    ]);
    expect(JSON.stringify(problems)).not.toMatch(/jane|call me/);
  });

  it('need the means of the preferred way of contact', () => {
    const result = prepareComplainant({ familyName: 'Smith', preferredContactMethod: 'EMAIL' });
    expect(result.ok ? [] : result.problems).toEqual([{ field: 'preferredContactMethod', message: 'needs an email address to contact them by' }]);
  });
});
