/**
 * A trend as CSV rows that say what they show: a header block (the question in
 * words and as URL parameters, filters, period, when it was generated, the
 * disclosure rule, the classification and any split it applied), then the table with labels and their codes side by side,
 * values rounded as the screen shows them, the count beside every percentage or
 * median, the "All contacts" row filled in, and, when the trend is compared with
 * the previous year, the earlier figures and the change beside each.
 * With `disclosed`, every figure is the disclosed one: a hidden figure is its
 * symbol ('<5', 'c'), never its value.
 */
import { allContactsLabel, DIMENSIONS, roundAsShown, TREND_MEASURES, type MeasureUnit } from '@complaints/domain';
import type { CsvCell } from '../export/csv';
import { describeTrendQuery } from './trend-description';
import type { DisclosedFigure, DisclosedTrend, DisclosedTrendFigure } from './trend-disclosure';
import type { TrendPoint, TrendPrevious, TrendResult } from './trend.types';

export interface TrendCsvOptions {
  /** The active filters in words (describeTrendFilters); empty for none. */
  filters: string[];
  generatedAt: Date;
  /** The question as URL parameters (trendParamsToSearch), so it can be asked again. */
  query: string;
  /** Publish the disclosed figures instead of the real ones. */
  disclosed?: DisclosedTrend;
}

/** What each period (and the total) shows: one column, or the value with its count beside it. */
interface Columns {
  unit: MeasureUnit;
  withCount: boolean;
  valueName: string;
  countName: string;
}

function columnsOf(result: TrendResult): Columns {
  const unit = TREND_MEASURES[result.measure].unit;
  return {
    unit,
    withCount: unit !== 'count',
    // Counts need no word: the column is the period's count, as on screen.
    valueName: unit === 'percent' ? '%' : unit === 'days' ? 'median working days' : '',
    countName: unit === 'percent' ? 'of contacts' : 'contacts',
  };
}

/** A figure as a cell: the number rounded as shown, the symbol of a hidden one, or blank for nothing to show. */
function shown(value: number | null, unit: MeasureUnit, figure?: DisclosedFigure): CsvCell {
  if (figure) return figure.suppressed || figure.value === null ? (figure.display === 'no data' ? null : figure.display) : roundAsShown(figure.value, unit);
  return roundAsShown(value, unit);
}

const londonTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' });

function headerBlock(result: TrendResult, options: TrendCsvOptions): CsvCell[][] {
  const words = describeTrendQuery(result);
  const measure = TREND_MEASURES[result.measure];
  return [
    ['Complaints Insight: trend export'],
    ['Question', words.title],
    ['Query', options.query],
    ['Measure', `${measure.label} (${result.measure}). ${result.definition}`],
    ['Period', `${words.period} (received ${result.from} to ${result.to})`],
    ...(result.comparison ? [['Compared with', `${result.comparison.from} to ${result.comparison.to} (${result.comparison.compareWith})`]] : []),
    ...(options.filters.length ? options.filters.map((line) => ['Filter', line]) : [['Filters', 'None: all contacts']]),
    ['Generated', `${londonTime.format(options.generatedAt)} UK time (${options.generatedAt.toISOString()})`],
    ['Disclosure control', options.disclosed ? options.disclosed.note : 'None: exact figures for signed-in staff. Do not publish without disclosure control.'],
    [
      'Classification',
      result.taxonomy === 'CURRENT'
        ? `Current: each record counted under the codes in force on ${result.taxonomyDate} (old codes mapped onto their successors)`
        : 'As recorded: each record under the codes it was recorded with',
    ],
    ...result.taxonomySplits.map((split) => ['Split', split.description]),
    ...(result.countsContactsOncePerValue
      ? [['Counting', 'A contact naming several values counts once under each, so rows can add up to more than the total (each contact counted once).']]
      : []),
    [],
  ];
}

export function trendToCsvRows(result: TrendResult, options: TrendCsvOptions): CsvCell[][] {
  const { disclosed } = options;
  const cols = columnsOf(result);
  const compared = result.comparison != null;
  const crossed = result.crossBy !== null;
  const percentChange = cols.unit === 'count';

  /** The columns of one period or the total: value [count] [previous value [previous count] change [% change]]. */
  const block = (name: string): string[] => [
    `${name} ${cols.valueName}`.trim(),
    ...(cols.withCount ? [`${name} ${cols.countName}`] : []),
    ...(compared
      ? [
          `${name} previous year ${cols.valueName}`.trim(),
          ...(cols.withCount ? [`${name} previous year ${cols.countName}`] : []),
          `${name} change`,
          ...(percentChange ? [`${name} change %`] : []),
        ]
      : []),
  ];
  const cells = (point: Pick<TrendPoint, 'value' | 'count' | 'previous'>, figure: DisclosedTrendFigure | undefined, earlier: DisclosedTrendFigure | undefined, published: { previous?: { change: number | null; percentChange: number | null } | null } | undefined): CsvCell[] => {
    const previous: Partial<TrendPrevious> = point.previous ?? {};
    const change = disclosed ? published?.previous : point.previous;
    return [
      shown(point.value, cols.unit, figure?.value),
      ...(cols.withCount ? [shown(point.count, 'count', figure?.count)] : []),
      ...(compared
        ? [
            shown(previous.value ?? null, cols.unit, earlier?.value),
            ...(cols.withCount ? [shown(previous.count ?? null, 'count', earlier?.count)] : []),
            roundAsShown(change?.change ?? null, cols.unit),
            ...(percentChange ? [roundAsShown(change?.percentChange ?? null, 'percent')] : []),
          ]
        : []),
    ];
  };

  const labelColumns = (label: string | null): string[] => (label ? [label, `${label} code`] : ['Series', 'Series code']);
  const header: CsvCell[] = [
    ...labelColumns(result.groupBy ? DIMENSIONS[result.groupBy] : null),
    ...(crossed ? labelColumns(DIMENSIONS[result.crossBy!]) : []),
    ...result.periods.flatMap(block),
    ...block('Total'),
  ];

  const rows: CsvCell[][] = result.series.map((s, i) => [
    s.label,
    s.key,
    ...(crossed ? [s.crossLabel, s.crossKey] : []),
    ...s.points.flatMap((p, j) =>
      cells(p, disclosed?.points[i]?.[j], disclosed?.previous?.points[i]?.[j], disclosed?.result.series[i]?.points[j]),
    ),
    ...cells({ value: s.total, count: s.totalCount, previous: s.previousTotal }, disclosed?.seriesTotals[i], disclosed?.previous?.seriesTotals[i], {
      previous: disclosed?.result.series[i]?.previousTotal,
    }),
  ]);

  const overall: CsvCell[] = [
    allContactsLabel(options.filters.length > 0, result.countsContactsOncePerValue),
    'ALL',
    ...(crossed ? ['', ''] : []),
    ...result.periodTotals.flatMap((p, j) => cells(p, disclosed?.periodTotals[j], disclosed?.previous?.periodTotals[j], disclosed?.result.periodTotals[j])),
    ...cells({ value: result.total, count: result.totalCount, previous: result.previousTotal }, disclosed?.grandTotal, disclosed?.previous?.grandTotal, {
      previous: disclosed?.result.previousTotal,
    }),
  ];

  return [...headerBlock(result, options), header, ...rows, overall];
}
