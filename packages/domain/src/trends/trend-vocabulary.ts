/** The trend question's vocabularies: codes (the API's enums, in the schema's order) and their words. */

export const DIMENSIONS = {
  RECORD_TYPE: 'Record type',
  DIVISION: 'Division',
  SERVICE_AREA: 'Service area (primary)',
  ISSUE_CATEGORY: 'Issue category',
  ISSUE: 'Issue (primary)',
  CHANNEL: 'Channel',
  OUTCOME: 'Outcome',
  STAGE: 'Stage',
  COMPLAINANT_TYPE: 'Complainant type',
  ALL_SERVICE_AREAS: 'Service area (every one named)',
  ALL_ISSUES: 'Issue (every one raised)',
} as const;
export type Dimension = keyof typeof DIMENSIONS;

export const GRANULARITIES = {
  MONTH: 'Month',
  QUARTER: 'Quarter',
  FINANCIAL_YEAR: 'Financial year',
} as const;
export type Granularity = keyof typeof GRANULARITIES;

export type MeasureUnit = 'count' | 'percent' | 'days';

export const TREND_MEASURES = {
  CONTACTS: { label: 'Number of contacts', unit: 'count' },
  ACKNOWLEDGED_IN_TIME_PERCENT: { label: 'Acknowledged in time (%)', unit: 'percent' },
  RESPONDED_IN_TIME_PERCENT: { label: 'Responded to in time (%)', unit: 'percent' },
  MEDIAN_WORKING_DAYS_TO_RESPONSE: { label: 'Median working days to respond', unit: 'days' },
  LEARNING_CAPTURED_PERCENT: { label: 'Learning captured (%)', unit: 'percent' },
  LEARNING_CONSIDERED_PERCENT: { label: 'Learning considered (%)', unit: 'percent' },
} as const satisfies Record<string, { label: string; unit: MeasureUnit }>;
export type TrendMeasure = keyof typeof TREND_MEASURES;

/**
 * What a trend may be compared with. PREVIOUS_YEAR: the same range a year earlier, period by
 * period ('2009-04' beside '2008-04'), so seasonal patterns do not read as change.
 */
export const TREND_COMPARISONS = {
  PREVIOUS_YEAR: 'The same periods a year earlier',
} as const;
export type TrendComparison = keyof typeof TREND_COMPARISONS;
