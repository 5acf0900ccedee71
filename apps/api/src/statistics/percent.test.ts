import { numeratorOf, percentChange, percentOf, roundedRatio } from './percent';

describe('report percentages', () => {
  it.each([
    [165, 441, 37.4], // table 2's Letter, printed 37.6
    [136, 441, 30.8], // table 2's Telephone, printed 31.1
    [181, 441, 41],
    [62, 65, 95.4], // 10.4, printed 96
    [35, 109, 32.1], // 9.2, printed 32
    [76, 120, 63.3],
    [0, 7, 0],
    [7, 7, 100],
  ])('percentOf(%i, %i) = %d', (part, whole, expected) => {
    expect(percentOf(part, whole)).toBe(expected);
  });

  it('rounds halves away from zero, exactly', () => {
    expect(percentOf(1, 8)).toBe(12.5);
    expect(roundedRatio(125, 1000, 1)).toBe(0.1); // 0.125 → 0.1 (below the half)
    expect(roundedRatio(5, 8, 1)).toBe(0.6); // 0.625 → 0.6
    expect(roundedRatio(1, 16, 2)).toBe(0.06); // 0.0625 → 0.06
    expect(roundedRatio(3, 16, 2)).toBe(0.19); // 0.1875 → 0.19
    expect(roundedRatio(5, 2, 0)).toBe(3);
    expect(roundedRatio(-5, 2, 0)).toBe(-3);
    expect(roundedRatio(5, -2, 0)).toBe(-3);
  });

  it('gives the change in percent of the previous figure', () => {
    expect(percentChange(441, 309)).toBe(42.7); // printed 42.72
    expect(percentChange(65, 39)).toBe(66.7); // printed 67
    expect(percentChange(137, 99)).toBe(38.4); // printed 39
    expect(percentChange(8, 10)).toBe(-20);
    expect(percentChange(35, 48)).toBe(-27.1);
    expect(percentChange(4, 4)).toBe(0);
  });

  it('has no percentage of nothing', () => {
    expect(percentOf(3, 0)).toBeNull();
    expect(percentChange(14, 0)).toBeNull();
    expect(percentChange(0, 0)).toBeNull();
  });

  it('refuses fractions: percentages are computed from counts', () => {
    expect(() => roundedRatio(1.5, 3)).toThrow(RangeError);
  });

  it('recovers the count behind a trend percentage', () => {
    expect(numeratorOf((100 * 19) / 20, 20)).toBe(19);
    expect(numeratorOf((100 * 10) / 21, 21)).toBe(10);
    expect(numeratorOf(null, 0)).toBe(0);
  });
});
