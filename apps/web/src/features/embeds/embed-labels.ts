/** Words for an embed's status and its disclosure rule, typed by the schema. */
import { DISCLOSURE_RULES as RULES } from '@complaints/domain';
import type { DisclosureRule, EmbedState } from '../../graphql/graphql';

export const EMBED_STATUSES: Readonly<Record<EmbedState, string>> = {
  ACTIVE: 'Live',
  PAUSED: 'Paused',
  REVOKED: 'Revoked',
  EXPIRED: 'Expired',
};

/** The presets' own labels and sentences (@complaints/domain), for the rules an embed may use. */
export const DISCLOSURE_RULES: Readonly<Record<DisclosureRule, { label: string; description: string }>> = {
  UNDER_5: RULES.UNDER_5,
  DFE_C: RULES.DFE_C,
  NHS_1_TO_7_ROUND_5: RULES.NHS_1_TO_7_ROUND_5,
  ONS_UNDER_10: RULES.ONS_UNDER_10,
};

export const DISCLOSURE_RULE_ORDER: readonly DisclosureRule[] = ['UNDER_5', 'DFE_C', 'NHS_1_TO_7_ROUND_5', 'ONS_UNDER_10'];
