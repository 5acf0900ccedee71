import { discloseCount } from './primary';

describe('primary suppression of one count', () => {
  it('shows small counts as the rule symbol and others as they are', () => {
    expect(discloseCount(3, 'UNDER_5')).toEqual({ value: null, display: '<5', suppressed: 'PRIMARY' });
    expect(discloseCount(3, 'DFE_C')).toEqual({ value: null, display: 'c', suppressed: 'PRIMARY' });
    expect(discloseCount(9, 'ONS_UNDER_10')).toEqual({ value: null, display: '[c]', suppressed: 'PRIMARY' });
    expect(discloseCount(7, 'NHS_1_TO_7_ROUND_5')).toEqual({ value: null, display: '*', suppressed: 'PRIMARY' });
    expect(discloseCount(5, 'UNDER_5')).toEqual({ value: 5, display: '5', suppressed: null });
    expect(discloseCount(3, 'NONE')).toEqual({ value: 3, display: '3', suppressed: null });
  });

  it('always shows zero', () => {
    for (const rule of ['NONE', 'UNDER_5', 'DFE_C', 'NHS_1_TO_7_ROUND_5', 'ONS_UNDER_10'] as const) {
      expect(discloseCount(0, rule)).toEqual({ value: 0, display: '0', suppressed: null });
    }
  });

  it('rounds shown counts under the NHS rule', () => {
    expect(discloseCount(8, 'NHS_1_TO_7_ROUND_5')).toEqual({ value: 10, display: '10', suppressed: null });
    expect(discloseCount(13, 'NHS_1_TO_7_ROUND_5')).toEqual({ value: 15, display: '15', suppressed: null });
  });

  it('refuses counts that are not whole and non-negative', () => {
    expect(() => discloseCount(-2, 'UNDER_5')).toThrow(RangeError);
    expect(() => discloseCount(2.5, 'UNDER_5')).toThrow(RangeError);
  });
});
