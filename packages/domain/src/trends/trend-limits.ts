/** How big a trend question may be: checked before any SQL runs, and shown in the explorer. */
export const TREND_LIMITS = { periods: 240, series: 250, cells: 20_000 } as const;

/** The earliest financial year a trend may ask about; the latest is the one after today's. */
export const EARLIEST_FINANCIAL_YEAR_START = 1990;
