/** Statistical disclosure control for published tables and charts (README.md beside this file). */
export {
  DEFAULT_DISCLOSURE_RULE,
  DISCLOSURE_RULE_IDS,
  DISCLOSURE_RULES,
  NOT_APPLICABLE_SYMBOL,
  disclosureRule,
  isDisclosureRuleId,
  isSmallCount,
  roundCount,
  type DisclosureRule,
  type DisclosureRuleId,
} from './rules';
export { discloseCount, type DisclosedCell, type SuppressionReason } from './primary';
export type { CountTable } from './count-table';
export { discloseTable, type DisclosedTable } from './disclose-table';
export {
  disclosePercentage,
  disclosePercentageTable,
  type DisclosedPercentage,
  type DisclosedPercentageTable,
  type PercentageOptions,
} from './percentages';
export { disclosureNote } from './note';
export { PUBLISHABLE_GRAINS, isPublishableGrain, type PublishableGrain } from './publishable-grain';
export { attackDisclosedTable, type AttackOptions, type AttackResult, type Recovered } from './testing/attacker';
