import { canonicalReference, REFERENCE_PATTERN } from './canonical-reference';

describe('canonical references', () => {
  it('trims and upper-cases', () => {
    expect(canonicalReference(' cs/2009/0001 ')).toBe('CS/2009/0001');
    expect(canonicalReference('Leg-17_a')).toBe('LEG-17_A');
  });

  it('is checked against the pattern before upper-casing, so no Unicode letter becomes an accepted one', () => {
    expect(REFERENCE_PATTERN.test('ınfo')).toBe(false);
    expect(REFERENCE_PATTERN.test(canonicalReference('ınfo'))).toBe(true);
  });
});
