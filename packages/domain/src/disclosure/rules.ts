/**
 * The disclosure-control rules (statistical disclosure control for small
 * numbers), with the UK conventions as presets. A rule says which counts are
 * too small to publish, what a suppressed figure shows instead, whether shown
 * counts are rounded, and how large a base a percentage needs.
 * README.md beside this file gives each preset's source.
 */

export type DisclosureRuleId = 'NONE' | 'UNDER_5' | 'DFE_C' | 'NHS_1_TO_7_ROUND_5' | 'ONS_UNDER_10';

export interface DisclosureRule {
  id: DisclosureRuleId;
  /** e.g. 'Counts of 1 to 4 shown as <5' */
  label: string;
  /** One plain-English sentence for notes and docs. */
  description: string;
  /** Smallest count suppressed (1: zeros are shown; 0 is never suppressed for its own sake). */
  suppressFrom: number;
  /** Largest count suppressed (4, 7, 9 …; 0 for NONE). */
  suppressTo: number;
  /** What a count suppressed for being small shows: '<5', 'c', '*' … */
  symbol: string;
  /**
   * What a figure suppressed to protect another one shows, and a withheld
   * percentage. It differs from `symbol` only where `symbol` states a range
   * ('<5' would be untrue of a hidden 12).
   */
  secondarySymbol: string;
  /** Shown counts (totals too) are rounded to the nearest multiple of this; null: shown exactly. */
  roundTo: number | null;
  /** Percentages are withheld when their base is below this. */
  minPercentBase: number;
  /**
   * How many whole numbers the audit requires every hidden figure to still be
   * able to be, for a reader who knows the rule and combines every line of
   * the table (or its whole own range, when that is narrower). Exact recovery
   * is what must never happen (2 values); the extra value is a margin for what
   * the choice of hidden figures tells a reader who also knows the algorithm:
   * a figure hidden only because a check failed says that it failed
   * (README.md, "A reader who knows the algorithm").
   */
  protectionValues: number;
}

/** What a percentage without a base (0) shows: not applicable rather than confidential. */
export const NOT_APPLICABLE_SYMBOL = '-';

export const DISCLOSURE_RULES: Readonly<Record<DisclosureRuleId, DisclosureRule>> = Object.freeze({
  NONE: {
    id: 'NONE',
    label: 'No disclosure control',
    description: 'Every count is shown as it is; use only inside the app, never for published outputs.',
    suppressFrom: 1,
    suppressTo: 0,
    symbol: '*',
    secondarySymbol: '*',
    roundTo: null,
    minPercentBase: 1,
    protectionValues: 2,
  },
  UNDER_5: {
    id: 'UNDER_5',
    label: 'Counts of 1 to 4 shown as <5',
    description:
      'Counts of 1 to 4 are shown as <5, and where a small count could be worked out from the totals another figure is shown as c.',
    suppressFrom: 1,
    suppressTo: 4,
    symbol: '<5',
    secondarySymbol: 'c',
    roundTo: null,
    minPercentBase: 5,
    protectionValues: 3,
  },
  DFE_C: {
    id: 'DFE_C',
    label: 'Counts of 1 to 4 shown as c (DfE style)',
    description:
      'Counts of 1 to 4, and any figure from which one could be worked out, are shown as c (confidential), as in Department for Education statistics.',
    suppressFrom: 1,
    suppressTo: 4,
    symbol: 'c',
    secondarySymbol: 'c',
    roundTo: null,
    minPercentBase: 5,
    protectionValues: 3,
  },
  NHS_1_TO_7_ROUND_5: {
    id: 'NHS_1_TO_7_ROUND_5',
    label: 'Counts of 1 to 7 suppressed, others rounded to the nearest 5 (NHS style)',
    description:
      'Counts of 1 to 7 are shown as * and every other count, totals included, is rounded to the nearest 5, as in NHS England (formerly NHS Digital) statistics, so totals may not add up.',
    suppressFrom: 1,
    suppressTo: 7,
    symbol: '*',
    secondarySymbol: '*',
    roundTo: 5,
    minPercentBase: 8,
    protectionValues: 3,
  },
  ONS_UNDER_10: {
    id: 'ONS_UNDER_10',
    label: 'Counts under 10 suppressed (ONS style)',
    description:
      'Counts of 1 to 9, and any figure from which one could be worked out, are shown as [c] (confidential), following the Office for National Statistics threshold of 10.',
    suppressFrom: 1,
    suppressTo: 9,
    symbol: '[c]',
    secondarySymbol: '[c]',
    roundTo: null,
    minPercentBase: 10,
    protectionValues: 3,
  },
} satisfies Record<DisclosureRuleId, DisclosureRule>);

export const DEFAULT_DISCLOSURE_RULE: DisclosureRuleId = 'UNDER_5';

export const DISCLOSURE_RULE_IDS = Object.keys(DISCLOSURE_RULES) as DisclosureRuleId[];

export function isDisclosureRuleId(v: unknown): v is DisclosureRuleId {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(DISCLOSURE_RULES, v);
}

/** The rule for an id; throws on an unknown id so a typo never publishes unprotected figures. */
export function disclosureRule(id: DisclosureRuleId): DisclosureRule {
  if (!isDisclosureRuleId(id)) throw new RangeError(`unknown disclosure rule '${String(id)}'`);
  return DISCLOSURE_RULES[id];
}

/** Whether a count is small enough to be suppressed for its own sake (zero never is). */
export function isSmallCount(count: number, rule: DisclosureRule): boolean {
  return count >= rule.suppressFrom && count <= rule.suppressTo && count > 0;
}

/** A count as the rule shows it: rounded to the nearest multiple (halves up), or unchanged. */
export function roundCount(count: number, rule: DisclosureRule): number {
  return rule.roundTo ? Math.floor(count / rule.roundTo + 0.5) * rule.roundTo : count;
}

/**
 * The true counts a rounded figure may stand for (halves rounding up): for
 * the nearest 5, a shown 10 is 8 to 12. Shown non-zero counts are never in
 * the suppressed range, so the range starts above it.
 */
export function roundedRange(shown: number, rule: DisclosureRule): { low: number; high: number } {
  if (!rule.roundTo || shown === 0) return { low: shown, high: shown };
  const step = rule.roundTo;
  return { low: Math.max(rule.suppressTo + 1, shown - Math.floor(step / 2)), high: shown + Math.ceil(step / 2) - 1 };
}

/** Throws unless a count is a non-negative whole number (counts come from GROUP BY; anything else is a bug). */
export function assertCount(value: unknown, where: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new RangeError(`${where} must be a whole number of 0 or more, not ${String(value)}`);
  }
}

/** How many whole numbers the audit requires a hidden figure to be able to be (see `protectionValues`). */
export function protectionWidth(rule: DisclosureRule): number {
  return Math.max(2, rule.protectionValues);
}
