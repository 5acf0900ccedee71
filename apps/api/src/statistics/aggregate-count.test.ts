import { countOf } from './aggregate-count';

describe('countOf', () => {
  it('reads numbers, numeric strings and NULL', () => {
    expect(countOf(3)).toBe(3);
    expect(countOf('441')).toBe(441);
    expect(countOf(null)).toBe(0);
    expect(countOf(undefined)).toBe(0);
  });

  it('refuses what is not a count', () => {
    expect(() => countOf('abc')).toThrow("Not a count: abc");
    expect(() => countOf(-1)).toThrow('Not a count: -1');
  });
});
