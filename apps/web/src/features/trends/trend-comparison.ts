/**
 * "Compare with the previous year" in the explorer's tables: the table of the
 * compared range, each row's total a year earlier with the change, and the
 * change in words. Only a question that compares needs it, so it loads with
 * TrendComparedTables. Pure, tested in trend-table.test.ts and trend-format.test.ts.
 */
import { trendChange } from '@complaints/domain';
import type { TrendMeasure } from '../../graphql/graphql';
import { oneDecimal, whole } from './trend-format';
import { MEASURES } from './trend-labels';
import { buildModel, cellOf, NOTHING, type Cell, type Change, type Side, type TableOptions, type TrendTableModel } from './trend-table';
import type { TrendPreviousData, TrendResultData } from './useTrendQuery';

const unitOf = (measure: TrendMeasure) => MEASURES[measure].unit;

const PREVIOUS: Side = {
  point: (point) => point?.previous,
  series: (s) => s?.previousTotal,
  total: (result) => cellOf(result.previousTotal),
};

/** The same table for the compared range (null when the question does not compare). */
export function previousTableModel(
  result: TrendResultData,
  rowHeader: string,
  columnLabel: (period: string) => string,
  options: TableOptions = {},
): TrendTableModel | null {
  if (!result.comparison) return null;
  // Headed by the earlier periods; a cross-tab's columns are the second split's values.
  const columns = result.crossBy
    ? undefined
    : result.periods.map((period, i) => columnLabel(result.series[0]?.points[i]?.previous?.period ?? result.periodTotals[i]?.previous?.period ?? period));
  return buildModel(result, PREVIOUS, rowHeader, columns, options);
}

/** The API's change, where it gives one (a series' or the whole answer's total). */
function changeFrom(previous: TrendPreviousData | null | undefined): Change | undefined {
  if (!previous) return undefined;
  return { previous: cellOf(previous), change: previous.change, percentChange: previous.percentChange };
}

/** A change worked out here (for totals the API does not give), by the domain's rule. */
function changeBetween(result: TrendResultData, now: Cell, previous: Cell): Change {
  return { previous, ...trendChange(unitOf(result.measure), now.value, previous.value) };
}

/**
 * This range's table (trendTableModel) with each row's total a year earlier and the change;
 * `previous` is the earlier range's table (previousTableModel), whose cross-tab row totals are those a year earlier.
 */
export function withChanges(result: TrendResultData, model: TrendTableModel, previous: TrendTableModel | null): TrendTableModel {
  return {
    ...model,
    rows: model.rows.map((row, i) => ({
      ...row,
      change: result.crossBy
        ? changeBetween(result, row.total, previous?.rows[i]?.total ?? NOTHING)
        : (changeFrom(result.series[i]?.previousTotal) ?? changeBetween(result, row.total, NOTHING)),
    })),
    totals: model.totals && { ...model.totals, change: changeFrom(result.previousTotal) ?? changeBetween(result, model.totals.total, NOTHING) },
  };
}

/** '+' or a minus sign (read out as "minus") in front; nothing when it rounds to nothing. */
function signed(text: string, value: number): string {
  const digits = text.replace('-', '');
  if (/^[0.]+$/.test(digits)) return digits;
  return `${value > 0 ? '+' : '\u2212'}${digits}`;
}

/** A change in the measure's own unit, signed: '+12', '−3.5' (percentage points or days to one place). */
export function formatChange(change: number | null, measure: TrendMeasure): string {
  if (change === null) return 'no data';
  const text = unitOf(measure) === 'count' ? whole.format(change) : oneDecimal.format(change);
  return signed(text, change);
}

/** A relative change, signed: '+20%', '−3.3%'. */
export function formatPercentChange(percentChange: number | null): string {
  if (percentChange === null) return 'no data';
  return `${signed(oneDecimal.format(percentChange), percentChange)}%`;
}

/** The heading of the change column: what a change of 1 is. */
export function changeHeading(measure: TrendMeasure): string {
  switch (unitOf(measure)) {
    case 'count':
      return 'Change';
    case 'percent':
      return 'Change (percentage points)';
    case 'days':
      return 'Change (days)';
  }
}
