/** The visible note that goes with every published table or chart to which disclosure control applied. */
import { disclosureRule, type DisclosureRuleId } from './rules';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * null when nothing was suppressed, rounded or withheld; otherwise one short
 * paragraph naming the rule (its label) and containing "suppressed" when
 * figures were hidden and "rounded" when counts were rounded.
 */
export function disclosureNote(
  ruleId: DisclosureRuleId,
  suppressedCount: number,
  roundedApplied: boolean,
  options: { percentagesWithheld?: number } = {},
): string | null {
  const rule = disclosureRule(ruleId);
  const withheld = options.percentagesWithheld ?? 0;
  if (suppressedCount <= 0 && !roundedApplied && withheld <= 0) return null;
  const range = `${rule.suppressFrom} to ${rule.suppressTo}`;
  const sentences = [`Disclosure control applied under the rule ‘${rule.label}’.`];
  if (suppressedCount > 0) {
    const marks =
      rule.symbol === rule.secondarySymbol
        ? `${rule.symbol} marks a count of ${range}, or a larger figure suppressed so that a small one cannot be worked out from the totals.`
        : `${rule.symbol} marks a count of ${range}; ${rule.secondarySymbol} marks a larger figure suppressed so that a small one cannot be worked out from the totals.`;
    sentences.push(`${plural(suppressedCount, 'figure is', 'figures are')} suppressed to protect small numbers: ${marks}`);
  }
  if (roundedApplied && rule.roundTo) {
    sentences.push(`${suppressedCount > 0 ? 'Other counts' : 'Counts'} are rounded to the nearest ${rule.roundTo}, so totals may not add up.`);
  }
  if (withheld > 0) {
    sentences.push(
      `${plural(withheld, 'percentage is', 'percentages are')} withheld (${rule.secondarySymbol}) because the base is under ${rule.minPercentBase} or a count behind it is suppressed.`,
    );
  }
  return sentences.join(' ');
}
