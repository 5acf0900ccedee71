/**
 * A trend result made safe to publish (embeds, images, public downloads):
 * every count and percentage it shows passes through the domain's disclosure
 * rules, as one table of series × periods with the series totals, the period
 * totals ("All contacts") and the grand total as its margins, so that no hidden
 * figure can be worked back from any of them.
 *
 * The shape returned, DisclosedTrend:
 * - `points[s][p]`, `seriesTotals[s]`, `periodTotals[p]`, `grandTotal`: each a
 *   DisclosedTrendFigure, `{ value, count }`, where `value` is the measure as
 *   published and `count` its count (for a percentage or median, its base).
 *   Each is a DisclosedFigure `{ value: number | null, display, suppressed }`:
 *   value null when hidden (or nothing to show), display what to print ('12',
 *   '62.8%', '<5', 'c', '-'), suppressed 'PRIMARY' | 'SECONDARY' | null.
 * - `previous`: the same four for the compared range (compareWith), disclosed as
 *   a table of its own; the result's changes are worked out from the disclosed
 *   figures only. A compared range that overlaps the trend's own is refused
 *   (RangeError): a month in both tables could be hidden in one, shown in the other.
 * - `result`: the trend with every figure replaced by its published value (null
 *   where hidden), for code that wants the result's shape.
 * - `displays`, `suppressed`, `totalDisplays`, `grandDisplay`: shorthands.
 * - `rule`, `note` (always names the rule and contains "suppressed"),
 *   `suppressedCount` (figures shown as a suppression symbol).
 *
 * How each measure is protected:
 * - CONTACTS: the counts table itself.
 * - percentages: the bases and the numerators (contacts in time, recovered from
 *   value × base) are both protected, and a percentage is withheld where either
 *   is hidden or the base is under the rule's minimum (disclosePercentageTable);
 *   the same again for those not in time (base − numerator), which a shown
 *   percentage and base give back just as well.
 * - medians: shown only where their base count is shown and at least the rule's
 *   minimum base, since a median of one or two contacts is their own figure.
 *
 * When a dimension counts a contact once per value (ALL_SERVICE_AREAS,
 * ALL_ISSUES), the series no longer add up to the period totals; the series ×
 * periods table is protected with its series totals (which do add up), and the
 * period totals with the grand total as a second table. When contacts fall in no
 * series (a value missing from the dimension), the difference is treated as a
 * hidden row, so the totals still cannot give a cell away.
 */
import {
  discloseTable,
  disclosePercentageTable,
  disclosureNote,
  disclosureRule,
  formatShownValue,
  trendChange,
  TREND_MEASURES,
  type CountTable,
  type DisclosedCell,
  type DisclosedPercentage,
  type DisclosureRuleId,
  type MeasureUnit,
  type SuppressionReason,
} from '@complaints/domain';
import type { TrendPoint, TrendPrevious, TrendResult, TrendSeries } from './trend.types';

export interface DisclosedFigure {
  value: number | null;
  display: string;
  suppressed: SuppressionReason | null;
}

export interface DisclosedTrendFigure {
  /** The measure as published. */
  value: DisclosedFigure;
  /** Its count: contacts, or the base of a percentage or median. */
  count: DisclosedFigure;
}

export interface DisclosedFigures {
  points: DisclosedTrendFigure[][];
  seriesTotals: DisclosedTrendFigure[];
  periodTotals: DisclosedTrendFigure[];
  grandTotal: DisclosedTrendFigure;
}

export interface PublishedPrevious extends Omit<TrendPrevious, 'count'> {
  count: number | null;
}

export interface PublishedPoint extends Omit<TrendPoint, 'count' | 'previous'> {
  count: number | null;
  previous?: PublishedPrevious | null;
}

export interface PublishedSeries extends Omit<TrendSeries, 'points' | 'totalCount' | 'previousTotal'> {
  points: PublishedPoint[];
  totalCount: number | null;
  previousTotal?: PublishedPrevious | null;
}

/** A TrendResult whose figures are the published ones: null where hidden. */
export interface PublishedTrend extends Omit<TrendResult, 'series' | 'periodTotals' | 'totalCount' | 'previousTotal'> {
  series: PublishedSeries[];
  periodTotals: PublishedPoint[];
  totalCount: number | null;
  previousTotal?: PublishedPrevious | null;
}

export interface DisclosedTrend extends DisclosedFigures {
  rule: DisclosureRuleId;
  result: PublishedTrend;
  previous: DisclosedFigures | null;
  /** displays[s][p]: what each point shows. */
  displays: string[][];
  suppressed: (SuppressionReason | null)[][];
  /** What each series' total shows. */
  totalDisplays: string[];
  grandDisplay: string;
  /** Figures shown as a suppression symbol (percentages withheld included), over everything published. */
  suppressedCount: number;
  /** Names the rule and says what was suppressed (or that nothing needed to be). */
  note: string;
}

/** A series × periods table of counts with its margins, in the trend's layout. */
interface Grid<T> {
  cells: T[][];
  rowTotals: T[];
  columnTotals: T[];
  grand: T;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Per period, the contacts in the period total but in no series (a value the dimension does not list); null when some series overlap. */
function restOf(grid: Grid<number>): number[] | null {
  const rest = grid.columnTotals.map((total, p) => total - sum(grid.cells.map((row) => row[p]!)));
  return rest.every((n) => n >= 0) ? rest : null;
}

/**
 * The CountTables that protect a grid: one with every margin when the series
 * add up to the period totals (plus a hidden row for contacts in no series),
 * else the cells with their series totals, and the period totals with the grand
 * total as a second table.
 */
function tablesOf(grid: Grid<number>, layout: { split: boolean; hiddenRow: boolean }): { main: CountTable; margins: CountTable | null } {
  if (layout.split) {
    return { main: { cells: grid.cells, rowTotals: grid.rowTotals }, margins: { cells: [grid.columnTotals], rowTotals: [grid.grand] } };
  }
  const rest = restOf(grid)!;
  return {
    main: {
      cells: layout.hiddenRow ? [...grid.cells, rest] : grid.cells,
      rowTotals: layout.hiddenRow ? [...grid.rowTotals, sum(rest)] : grid.rowTotals,
      columnTotals: grid.columnTotals,
      grandTotal: grid.grand,
    },
    margins: null,
  };
}

/** How grids are laid out for protection: every grid of one measure alike, so numerators and bases keep one shape. */
function layoutOf(grids: Grid<number>[], additive: boolean): { split: boolean; hiddenRow: boolean } {
  const rests = grids.map(restOf);
  if (!additive || rests.some((rest) => rest === null)) return { split: true, hiddenRow: false };
  return { split: false, hiddenRow: rests.some((rest) => rest!.some((n) => n > 0)) };
}

/** Back from the protecting tables to the trend's layout (the hidden row dropped). */
function gridOf<T>(rows: number, main: { cells: T[][]; rowTotals?: T[]; columnTotals?: T[]; grandTotal?: T }, margins: { cells: T[][]; rowTotals?: T[] } | null): Grid<T> {
  return {
    cells: main.cells.slice(0, rows),
    rowTotals: main.rowTotals!.slice(0, rows),
    columnTotals: margins ? margins.cells[0]! : main.columnTotals!,
    grand: margins ? margins.rowTotals![0]! : main.grandTotal!,
  };
}

function mapGrid<A, B>(grid: Grid<A>, f: (a: A, where: { s: number | null; p: number | null }) => B): Grid<B> {
  return {
    cells: grid.cells.map((row, s) => row.map((a, p) => f(a, { s, p }))),
    rowTotals: grid.rowTotals.map((a, s) => f(a, { s, p: null })),
    columnTotals: grid.columnTotals.map((a, p) => f(a, { s: null, p })),
    grand: f(grid.grand, { s: null, p: null }),
  };
}

function zipGrid<A, B, C>(a: Grid<A>, b: Grid<B>, f: (x: A, y: B) => C): Grid<C> {
  return {
    cells: a.cells.map((row, s) => row.map((x, p) => f(x, b.cells[s]![p]!))),
    rowTotals: a.rowTotals.map((x, s) => f(x, b.rowTotals[s]!)),
    columnTotals: a.columnTotals.map((x, p) => f(x, b.columnTotals[p]!)),
    grand: f(a.grand, b.grand),
  };
}

function discloseCounts(grid: Grid<number>, additive: boolean, rule: DisclosureRuleId): Grid<DisclosedCell> {
  const { main, margins } = tablesOf(grid, layoutOf([grid], additive));
  return gridOf(grid.cells.length, discloseTable(main, rule), margins ? discloseTable(margins, rule) : null);
}

/** base − numerator, cell by cell and total by total: those not in time. */
function complementOf(numerators: CountTable, bases: CountTable): CountTable {
  const minus = (b: number[] | undefined, n: number[] | undefined) => b?.map((x, i) => x - n![i]!);
  return {
    cells: bases.cells.map((row, i) => minus(row, numerators.cells[i])!),
    rowTotals: minus(bases.rowTotals, numerators.rowTotals),
    columnTotals: minus(bases.columnTotals, numerators.columnTotals),
    grandTotal: bases.grandTotal === undefined ? undefined : bases.grandTotal - numerators.grandTotal!,
  };
}

type PercentageTable = ReturnType<typeof disclosePercentageTable>;

/**
 * A percentage and its base give back both the contacts in time and those not
 * ("80% of 5": 1 late), so each table of percentages is protected twice, for
 * the numerators and for their complements, and a percentage is shown only
 * where both show it. The bases are the same table both times, so they are
 * disclosed alike; a reader knows no more than either protection allows.
 */
function protectedBothWays(numerators: CountTable, bases: CountTable, rule: DisclosureRuleId): PercentageTable {
  const inTime = disclosePercentageTable(numerators, bases, rule);
  const late = disclosePercentageTable(complementOf(numerators, bases), bases, rule);
  const both = (a: DisclosedPercentage, b: DisclosedPercentage): DisclosedPercentage =>
    a.withheld === null && b.withheld !== null ? { ...a, percent: null, display: b.display, withheld: b.withheld } : a;
  return {
    ...inTime,
    percentages: inTime.percentages.map((row, i) => row.map((p, j) => both(p, late.percentages[i]![j]!))),
    rowTotals: inTime.rowTotals?.map((p, i) => both(p, late.rowTotals![i]!)),
    columnTotals: inTime.columnTotals?.map((p, j) => both(p, late.columnTotals![j]!)),
    grandTotal: inTime.grandTotal && both(inTime.grandTotal, late.grandTotal!),
  };
}

function disclosePercentages(numerators: Grid<number>, bases: Grid<number>, additive: boolean, rule: DisclosureRuleId): Grid<DisclosedPercentage> {
  const layout = layoutOf([numerators, bases], additive);
  const ns = tablesOf(numerators, layout);
  const bs = tablesOf(bases, layout);
  const asTable = (t: PercentageTable) => ({ cells: t.percentages, rowTotals: t.rowTotals, columnTotals: t.columnTotals, grandTotal: t.grandTotal });
  const main = protectedBothWays(ns.main, bs.main, rule);
  const margins = ns.margins && bs.margins ? protectedBothWays(ns.margins, bs.margins, rule) : null;
  return gridOf(numerators.cells.length, asTable(main), margins ? asTable(margins) : null);
}

const fromCell = (cell: DisclosedCell): DisclosedFigure => ({ value: cell.value, display: cell.display, suppressed: cell.suppressed });

function figuresOf(
  values: Grid<number | null>,
  counts: Grid<number>,
  unit: MeasureUnit,
  additive: boolean,
  ruleId: DisclosureRuleId,
): Grid<DisclosedTrendFigure> {
  const rule = disclosureRule(ruleId);
  if (unit === 'percent') {
    // The contacts in time behind each percentage: value × base, exact since value = 100 × inTime / base.
    const numerators = zipGrid(values, counts, (value, base) => (value === null ? 0 : Math.round((value * base) / 100)));
    return mapGrid(disclosePercentages(numerators, counts, additive, ruleId), (p) => ({
      value: {
        value: p.percent,
        display: p.display,
        suppressed: p.withheld === null || p.base.value === 0 ? null : p.withheld === 'NUMERATOR_SUPPRESSED' ? 'SECONDARY' : (p.base.suppressed ?? 'PRIMARY'),
      },
      count: fromCell(p.base),
    }));
  }
  const shownCounts = discloseCounts(counts, additive, ruleId);
  if (unit === 'count') {
    return mapGrid(shownCounts, (cell) => {
      const figure = fromCell(cell);
      // One figure: the count is the value.
      return { value: figure, count: figure };
    });
  }
  // Medians: withheld with their base, or when the base is too small to hide one contact's own figure.
  return zipGrid(values, shownCounts, (value, count) => {
    const base = count.value ?? 0;
    if (count.suppressed) return { value: { value: null, display: count.display, suppressed: count.suppressed }, count: fromCell(count) };
    if (value === null || base === 0) return { value: { value: null, display: '-', suppressed: null }, count: fromCell(count) };
    if (base < rule.minPercentBase) return { value: { value: null, display: rule.secondarySymbol, suppressed: 'PRIMARY' }, count: fromCell(count) };
    return { value: { value, display: formatShownValue(value, unit), suppressed: null }, count: fromCell(count) };
  });
}

function toFigures(grid: Grid<DisclosedTrendFigure>): DisclosedFigures {
  return { points: grid.cells, seriesTotals: grid.rowTotals, periodTotals: grid.columnTotals, grandTotal: grid.grand };
}

type Source = { value: number | null; count: number };

function currentGrid(result: TrendResult): Grid<Source> {
  return {
    cells: result.series.map((s) => s.points),
    rowTotals: result.series.map((s) => ({ value: s.total, count: s.totalCount })),
    columnTotals: result.periodTotals,
    grand: { value: result.total, count: result.totalCount },
  };
}

/** The compared range's figures, when the result has them (compareWith). */
function previousGrid(result: TrendResult): Grid<Source> | null {
  if (!result.comparison || !result.previousTotal) return null;
  const of = (previous: TrendPrevious | null | undefined): Source => ({ value: previous?.value ?? null, count: previous?.count ?? 0 });
  return {
    cells: result.series.map((s) => s.points.map((p) => of(p.previous))),
    rowTotals: result.series.map((s) => of(s.previousTotal)),
    columnTotals: result.periodTotals.map((p) => of(p.previous)),
    grand: of(result.previousTotal),
  };
}

function disclose(grid: Grid<Source>, unit: MeasureUnit, additive: boolean, rule: DisclosureRuleId): Grid<DisclosedTrendFigure> {
  return figuresOf(
    mapGrid(grid, (x) => x.value),
    mapGrid(grid, (x) => x.count),
    unit,
    additive,
    rule,
  );
}

function countSuppressed(figures: DisclosedFigures): number {
  const all = [...figures.points.flat(), ...figures.seriesTotals, ...figures.periodTotals, figures.grandTotal];
  // A percentage and its base hidden together are counted once each: both are shown as symbols.
  return all.reduce((n, f) => n + (f.value.suppressed ? 1 : 0) + (f.count !== f.value && f.count.suppressed ? 1 : 0), 0);
}

export function discloseTrend(result: TrendResult, rule: DisclosureRuleId): DisclosedTrend {
  // Each range is protected as a table of its own: a month in both could be hidden in one and shown in the other.
  if (result.comparison && result.comparison.to >= result.from && result.comparison.from <= result.to) {
    throw new RangeError(`cannot publish a trend compared with a range that overlaps it (${result.comparison.from} to ${result.comparison.to} beside ${result.from} to ${result.to})`);
  }
  const unit = TREND_MEASURES[result.measure].unit;
  const additive = !result.countsContactsOncePerValue;
  const current = disclose(currentGrid(result), unit, additive, rule);
  const earlierGrid = previousGrid(result);
  const earlier = earlierGrid ? disclose(earlierGrid, unit, additive, rule) : null;
  const figures = toFigures(current);
  const previous = earlier ? toFigures(earlier) : null;

  const published = (figure: DisclosedTrendFigure) => ({ value: figure.value.value, count: figure.count.value });
  const compared = (now: DisclosedTrendFigure, then: DisclosedTrendFigure | undefined, period: string | null): PublishedPrevious | null =>
    then ? { period, value: then.value.value, count: then.count.value, ...trendChange(unit, now.value.value, then.value.value) } : null;
  const withPrevious = previous !== null;

  const publishedResult: PublishedTrend = {
    ...result,
    series: result.series.map((s, i) => ({
      ...s,
      points: s.points.map((p, j) => ({
        period: p.period,
        ...published(figures.points[i]![j]!),
        ...(withPrevious ? { previous: compared(figures.points[i]![j]!, previous.points[i]![j], p.previous?.period ?? null) } : {}),
      })),
      total: figures.seriesTotals[i]!.value.value,
      totalCount: figures.seriesTotals[i]!.count.value,
      ...(withPrevious ? { previousTotal: compared(figures.seriesTotals[i]!, previous.seriesTotals[i], null) } : {}),
    })),
    periodTotals: result.periodTotals.map((p, j) => ({
      period: p.period,
      ...published(figures.periodTotals[j]!),
      ...(withPrevious ? { previous: compared(figures.periodTotals[j]!, previous.periodTotals[j], p.previous?.period ?? null) } : {}),
    })),
    total: figures.grandTotal.value.value,
    totalCount: figures.grandTotal.count.value,
    ...(withPrevious ? { previousTotal: compared(figures.grandTotal, previous.grandTotal, null) } : {}),
  };

  const suppressedCount = countSuppressed(figures) + (previous ? countSuppressed(previous) : 0);
  const ruleOf = disclosureRule(rule);
  const rounded = ruleOf.roundTo !== null && [figures, ...(previous ? [previous] : [])].some((f) => [...f.points.flat(), f.grandTotal].some((x) => (x.count.value ?? 0) > 0));
  const note =
    disclosureNote(rule, suppressedCount, rounded) ??
    `Disclosure control applied under the rule ‘${ruleOf.label}’: no figures needed to be suppressed.`;

  return {
    rule,
    result: publishedResult,
    ...figures,
    previous,
    displays: figures.points.map((row) => row.map((f) => f.value.display)),
    suppressed: figures.points.map((row) => row.map((f) => f.value.suppressed)),
    totalDisplays: figures.seriesTotals.map((f) => f.value.display),
    grandDisplay: figures.grandTotal.value.display,
    suppressedCount,
    note,
  };
}
