/**
 * What is rolled up: per-month counts of contacts for a few combinations of
 * the trend dimensions, each a table whose columns have the same names as the
 * contact columns they come from, so a trend plan's conditions and group-by
 * columns (alias `c`) read the same on a rollup as on `contact`.
 *
 * Count rollups keep, per (month, keys…) cell, the numbers the count and the
 * in-time percentages add up; histogram rollups keep one row per
 * (month, keys…, working days to response) with its count, so the median is
 * exactly the median of the contacts (measures.ts merges the same histogram).
 * Keys are raw ids and codes (never reference codes), as on `contact`.
 * Ordered smallest first: the planner takes the first that covers a question.
 */

/** The period columns every rollup row carries (quarter and year follow from the month). */
export const PERIOD_COLUMNS = ['receivedMonth', 'receivedQuarter', 'receivedFinancialYear'] as const;

export type RollupKey =
  | 'recordTypeId'
  | 'divisionId'
  | 'primaryServiceAreaId'
  | 'primaryIssueCategoryId'
  | 'primaryIssueId'
  | 'channelId'
  | 'outcome'
  | 'stage'
  | 'complainantType'
  | 'workingDaysToResponse';

export interface RollupDefinition {
  table: string;
  keys: RollupKey[];
  /** A histogram of working days to response (rows of contacts responded to), else counts. */
  histogram: boolean;
  /**
   * A wider rollup whose keys include these: the month is re-summed from its rows (a few
   * hundred) rather than from the month's contacts. The check always counts contacts.
   */
  derivedFrom?: string;
  /**
   * Secondary keys, each led by a column a question filters on (a council's divisions or service areas), then the
   * month: such a question reads only its own rows instead of every row of the months asked. Covering (every
   * column of the row), so the answer never goes back to the table.
   */
  leadingKeys?: RollupKey[];
  /**
   * The contact index a cell's recompute reads on MySQL/MariaDB (USE INDEX): for cells of common values
   * MariaDB chose to intersect the single-column keys instead (144 ms against 4.9 ms at a million contacts,
   * bench/README.md). SQLite's planner takes the covering index by itself.
   */
  cellIndex?: string;
}

/** Count columns of a count rollup, with the SQL over `contact c` that fills them (the measures' own conditions). */
export const COUNT_COLUMNS: Record<string, string> = {
  contacts: 'COUNT(*)',
  acknowledgedCounted: 'SUM(CASE WHEN c.acknowledgementDueDate IS NOT NULL AND c.acknowledgementSentDate IS NOT NULL THEN 1 ELSE 0 END)',
  acknowledgedInTime:
    'SUM(CASE WHEN c.acknowledgementDueDate IS NOT NULL AND c.acknowledgementSentDate IS NOT NULL AND c.acknowledgementSentDate <= c.acknowledgementDueDate THEN 1 ELSE 0 END)',
  respondedCounted: 'SUM(CASE WHEN c.responseDueDate IS NOT NULL AND c.responseSentDate IS NOT NULL THEN 1 ELSE 0 END)',
  respondedInTime:
    'SUM(CASE WHEN c.responseDueDate IS NOT NULL AND c.responseSentDate IS NOT NULL AND c.responseSentDate <= c.responseDueDate THEN 1 ELSE 0 END)',
};

const AREA: RollupKey[] = ['recordTypeId', 'divisionId', 'primaryServiceAreaId'];
const NATIONAL: RollupKey[] = ['recordTypeId', 'channelId', 'outcome', 'stage', 'complainantType'];

/*
 * Measured on bench:trends' dataset (150 councils, 1,260 service areas) at 100,000 contacts: a rollup keyed by
 * service area and anything more (issue category, channel, outcome …) has about one row per contact, so it
 * saves nothing over the contact table's covering indexes while costing every write; so the area rollups stop
 * at the service area, and the other dimensions are rolled up nationally (row counts in docs/scaling.md).
 */
export const ROLLUPS: RollupDefinition[] = [
  // National questions by record type (a year by month, ten years by quarter).
  { table: 'rollup_month_type', keys: ['recordTypeId'], histogram: false, derivedFrom: 'rollup_month_national' },
  // National questions by channel, outcome, stage or complainant type.
  { table: 'rollup_month_national', keys: NATIONAL, histogram: false, cellIndex: 'IDX_contact_trend_month' },
  // National questions by issue category or issue.
  { table: 'rollup_month_issue', keys: ['recordTypeId', 'primaryIssueCategoryId', 'primaryIssueId'], histogram: false, cellIndex: 'IDX_contact_rollup_issue' },
  // Divisions and service areas (the in-time percentages by service area; councils' own figures).
  {
    table: 'rollup_month_area',
    keys: AREA,
    histogram: false,
    leadingKeys: ['divisionId', 'primaryServiceAreaId'],
    cellIndex: 'IDX_contact_trend_service_area',
  },
  { table: 'rollup_days_type', keys: ['recordTypeId', 'workingDaysToResponse'], histogram: true, cellIndex: 'IDX_contact_trend_month' },
  {
    table: 'rollup_days_area',
    keys: [...AREA, 'workingDaysToResponse'],
    histogram: true,
    leadingKeys: ['divisionId', 'primaryServiceAreaId'],
    cellIndex: 'IDX_contact_trend_service_area',
  },
];

/** The order to refresh them in: every rollup after the one it is derived from. */
export const REFRESH_ORDER: RollupDefinition[] = [...ROLLUPS.filter((d) => !d.derivedFrom), ...ROLLUPS.filter((d) => d.derivedFrom)];

/** Contact columns a rollup is computed from: a write that changes none of them leaves every rollup as it was. */
export const SOURCE_COLUMNS = new Set<string>([
  ...PERIOD_COLUMNS,
  ...AREA,
  ...NATIONAL,
  'primaryIssueCategoryId',
  'primaryIssueId',
  'workingDaysToResponse',
  'acknowledgementDueDate',
  'acknowledgementSentDate',
  'responseDueDate',
  'responseSentDate',
]);

/** The one-row table whose row, locked FOR UPDATE, serialises contact writers on MySQL (rollup-maintenance.ts). */
export const ROLLUP_LOCK_TABLE = 'rollup_lock';
