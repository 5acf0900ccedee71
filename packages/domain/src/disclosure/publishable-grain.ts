/**
 * Embeds and public outputs cannot use periods shorter than a month: a day or
 * a week of complaints is a handful of children, and a series of short
 * periods beside a longer total is easy to difference.
 */
export const PUBLISHABLE_GRAINS = ['MONTH', 'QUARTER', 'FINANCIAL_YEAR', 'YEAR'] as const;
export type PublishableGrain = (typeof PUBLISHABLE_GRAINS)[number];

export function isPublishableGrain(grain: string): grain is PublishableGrain {
  return typeof grain === 'string' && (PUBLISHABLE_GRAINS as readonly string[]).includes(grain);
}
