/**
 * The smallest base (number of contacts) the default disclosure rule (UNDER_5) publishes a
 * percentage of. Kept apart from the disclosure rules table so the web explorer can mark
 * small bases without loading every rule set; small-base.test.ts checks the two agree.
 */
export const SMALL_PERCENT_BASE = 5;
