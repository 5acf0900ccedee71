/**
 * Primary disclosure control: each count on its own. A count in the rule's
 * small range is suppressed (shown as the rule's symbol); any other count is
 * shown, rounded where the rule rounds. Zero is always shown: there is nobody
 * to identify in an empty cell.
 */
import { assertCount, disclosureRule, isSmallCount, roundCount, type DisclosureRule, type DisclosureRuleId } from './rules';

/** PRIMARY: the count itself is small. SECONDARY: suppressed so that a small count cannot be worked out from the totals. */
export type SuppressionReason = 'PRIMARY' | 'SECONDARY';

export interface DisclosedCell {
  /** null when suppressed; the rounded value when the rule rounds. */
  value: number | null;
  /** What to print: '12', '<5', 'c', '15' (rounded) … */
  display: string;
  /**
   * Why it is hidden, for the producer's audit trail. Publish `display`; the
   * protection holds even for a reader who learns the reasons (the tests'
   * attacker is given them).
   */
  suppressed: SuppressionReason | null;
}

export function shownCell(count: number, rule: DisclosureRule): DisclosedCell {
  const value = roundCount(count, rule);
  return { value, display: String(value), suppressed: null };
}

export function suppressedCell(reason: SuppressionReason, rule: DisclosureRule): DisclosedCell {
  return { value: null, display: reason === 'PRIMARY' ? rule.symbol : rule.secondarySymbol, suppressed: reason };
}

/** One count on its own (no totals to protect it against): suppressed when small, otherwise shown (rounded where the rule rounds). */
export function discloseCount(count: number, ruleId: DisclosureRuleId): DisclosedCell {
  const rule = disclosureRule(ruleId);
  assertCount(count, 'count');
  return isSmallCount(count, rule) ? suppressedCell('PRIMARY', rule) : shownCell(count, rule);
}
