import {
  DEFAULT_DISCLOSURE_RULE,
  DISCLOSURE_RULE_IDS,
  DISCLOSURE_RULES,
  assertCount,
  disclosureRule,
  isDisclosureRuleId,
  isSmallCount,
  roundCount,
  roundedRange,
} from './rules';

describe('disclosure rules', () => {
  it('has the UK presets, each keyed by its own id', () => {
    expect(DISCLOSURE_RULE_IDS).toEqual(['NONE', 'UNDER_5', 'DFE_C', 'NHS_1_TO_7_ROUND_5', 'ONS_UNDER_10']);
    for (const id of DISCLOSURE_RULE_IDS) {
      const rule = DISCLOSURE_RULES[id];
      expect(rule.id).toBe(id);
      expect(rule.label.length).toBeGreaterThan(0);
      expect(rule.description).toMatch(/\.$/);
      expect(rule.suppressFrom).toBeGreaterThanOrEqual(1);
      expect(rule.minPercentBase).toBeGreaterThanOrEqual(rule.suppressTo + 1);
    }
    expect(DEFAULT_DISCLOSURE_RULE).toBe('UNDER_5');
  });

  it('describes each preset as the brief and the UK conventions have it', () => {
    expect(DISCLOSURE_RULES.UNDER_5).toMatchObject({ suppressFrom: 1, suppressTo: 4, symbol: '<5', roundTo: null, minPercentBase: 5 });
    expect(DISCLOSURE_RULES.UNDER_5.label).toBe('Counts of 1 to 4 shown as <5');
    expect(DISCLOSURE_RULES.DFE_C).toMatchObject({ suppressFrom: 1, suppressTo: 4, symbol: 'c', secondarySymbol: 'c', roundTo: null });
    expect(DISCLOSURE_RULES.NHS_1_TO_7_ROUND_5).toMatchObject({ suppressFrom: 1, suppressTo: 7, symbol: '*', roundTo: 5, minPercentBase: 8 });
    expect(DISCLOSURE_RULES.ONS_UNDER_10).toMatchObject({ suppressFrom: 1, suppressTo: 9, roundTo: null, minPercentBase: 10 });
    expect(DISCLOSURE_RULES.NONE).toMatchObject({ suppressTo: 0, roundTo: null });
  });

  it('never lets a secondary suppression claim a range it does not have', () => {
    // '<5' on a hidden 12 would be untrue, so UNDER_5 marks secondary suppressions differently.
    expect(DISCLOSURE_RULES.UNDER_5.secondarySymbol).not.toBe(DISCLOSURE_RULES.UNDER_5.symbol);
  });

  it('is frozen so no caller can weaken a preset at run time', () => {
    expect(Object.isFrozen(DISCLOSURE_RULES)).toBe(true);
  });

  it('recognises rule ids and nothing else', () => {
    expect(isDisclosureRuleId('DFE_C')).toBe(true);
    expect(isDisclosureRuleId('dfe_c')).toBe(false);
    expect(isDisclosureRuleId('toString')).toBe(false);
    expect(isDisclosureRuleId(undefined)).toBe(false);
    expect(isDisclosureRuleId(5)).toBe(false);
    expect(() => disclosureRule('NOPE' as never)).toThrow(RangeError);
  });

  it('calls a count small only within the range, never zero', () => {
    const rule = DISCLOSURE_RULES.UNDER_5;
    expect([0, 1, 4, 5, 100].map((n) => isSmallCount(n, rule))).toEqual([false, true, true, false, false]);
    expect([0, 1, 9].map((n) => isSmallCount(n, DISCLOSURE_RULES.NONE))).toEqual([false, false, false]);
    expect([7, 8].map((n) => isSmallCount(n, DISCLOSURE_RULES.NHS_1_TO_7_ROUND_5))).toEqual([true, false]);
    expect([9, 10].map((n) => isSmallCount(n, DISCLOSURE_RULES.ONS_UNDER_10))).toEqual([true, false]);
  });

  it('rounds to the nearest 5 with halves up, and leaves counts alone under other rules', () => {
    const nhs = DISCLOSURE_RULES.NHS_1_TO_7_ROUND_5;
    expect([0, 8, 10, 12, 13, 17, 18, 102, 103].map((n) => roundCount(n, nhs))).toEqual([0, 10, 10, 10, 15, 15, 20, 100, 105]);
    expect(roundCount(13, DISCLOSURE_RULES.UNDER_5)).toBe(13);
  });

  it('knows which true counts a rounded figure may stand for', () => {
    const nhs = DISCLOSURE_RULES.NHS_1_TO_7_ROUND_5;
    expect(roundedRange(10, nhs)).toEqual({ low: 8, high: 12 });
    expect(roundedRange(15, nhs)).toEqual({ low: 13, high: 17 });
    expect(roundedRange(0, nhs)).toEqual({ low: 0, high: 0 });
    expect(roundedRange(12, DISCLOSURE_RULES.UNDER_5)).toEqual({ low: 12, high: 12 });
    for (let n = 8; n < 200; n += 1) {
      const range = roundedRange(roundCount(n, nhs), nhs);
      expect(n).toBeGreaterThanOrEqual(range.low);
      expect(n).toBeLessThanOrEqual(range.high);
    }
  });

  it('accepts only whole non-negative counts', () => {
    expect(() => assertCount(3, 'x')).not.toThrow();
    for (const bad of [-1, 1.5, NaN, Infinity, '3', null]) expect(() => assertCount(bad, 'x')).toThrow(RangeError);
  });
});
