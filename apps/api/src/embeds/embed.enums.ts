/** GraphQL enums of an embed: its state, and the disclosure rules it may apply. */
import { DISCLOSURE_RULES } from '@complaints/domain';
import { registerEnumType } from 'type-graphql';
import { EMBED_DISCLOSURE_RULES, type EmbedDisclosureRule } from '../config/config';

/** What is stored: an expiry date passing does not change it (see EmbedState). */
export const EMBED_STORED_STATUSES = ['ACTIVE', 'PAUSED', 'REVOKED'] as const;
export type EmbedStoredStatus = (typeof EMBED_STORED_STATUSES)[number];

export const EmbedState = {
  ACTIVE: 'ACTIVE',
  PAUSED: 'PAUSED',
  EXPIRED: 'EXPIRED',
  REVOKED: 'REVOKED',
} as const;
export type EmbedState = keyof typeof EmbedState;

registerEnumType(EmbedState, {
  name: 'EmbedState',
  description: 'Whether an embed shows its chart now.',
  valuesConfig: {
    ACTIVE: { description: 'Shows its chart.' },
    PAUSED: { description: 'Shows "no longer available" until it is resumed.' },
    EXPIRED: { description: 'Its expiry time has passed: shows "no longer available" for good.' },
    REVOKED: { description: 'Revoked: shows "no longer available" for good.' },
  },
});

export const DisclosureRule = Object.fromEntries(EMBED_DISCLOSURE_RULES.map((rule) => [rule, rule])) as { readonly [K in EmbedDisclosureRule]: K };
export type DisclosureRule = EmbedDisclosureRule;

registerEnumType(DisclosureRule, {
  name: 'DisclosureRule',
  description: 'How small numbers are suppressed in figures published outside the app (embeds, their images and CSV).',
  valuesConfig: Object.fromEntries(EMBED_DISCLOSURE_RULES.map((rule) => [rule, { description: DISCLOSURE_RULES[rule].description }])),
});
