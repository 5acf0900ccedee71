/**
 * Where a click on a bar, point or cell of an embedded chart leads: the same
 * slice in the app's trend explorer (that period, that series), for staff who
 * sign in there. Pure.
 */
import {
  daysInMonth,
  financialYearRange,
  trendParamsToSearch,
  type Dimension,
  type Granularity,
  type TrendFilterKey,
  type TrendParams,
} from '@complaints/domain';

/** The filter that keeps one value of each dimension. */
const FILTER_OF: Record<Dimension, TrendFilterKey> = {
  RECORD_TYPE: 'recordTypes',
  DIVISION: 'divisions',
  SERVICE_AREA: 'serviceAreas',
  ISSUE_CATEGORY: 'issueCategories',
  ISSUE: 'issues',
  CHANNEL: 'channels',
  OUTCOME: 'outcomes',
  STAGE: 'stages',
  COMPLAINANT_TYPE: 'complainantTypes',
  ALL_SERVICE_AREAS: 'anyServiceAreas',
  ALL_ISSUES: 'anyIssues',
};

/** The stage series of contacts that are not complaints (trends/dimensions.ts NO_STAGE): no filter keeps only those. */
const NO_STAGE = 'NONE';

/** The first and last day of a period key: '2009-10', '2009/10 Q3' or '2009/10'; null when it is none of these. */
export function periodRange(period: string, granularity: Granularity): { from: string; to: string } | null {
  if (granularity === 'MONTH') {
    const m = /^(\d{4})-(\d{2})$/.exec(period);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
    return { from: `${period}-01`, to: `${period}-${String(daysInMonth(Number(m[1]), Number(m[2]))).padStart(2, '0')}` };
  }
  const q = /^(\d{4}\/\d{2})(?: Q([1-4]))?$/.exec(period);
  if (!q || (granularity === 'QUARTER') !== (q[2] !== undefined)) return null;
  let year: { from: string; to: string };
  try {
    year = financialYearRange(q[1]);
  } catch {
    return null;
  }
  if (!q[2]) return year;
  const start = Number(q[1].slice(0, 4));
  const quarter = Number(q[2]);
  // Q1 April–June … Q4 January–March of the following calendar year.
  const firstMonth = ((quarter - 1) * 3 + 3) % 12 + 1;
  const calendarYear = quarter === 4 ? start + 1 : start;
  const lastMonth = firstMonth + 2;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${calendarYear}-${pad(firstMonth)}-01`, to: `${calendarYear}-${pad(lastMonth)}-${pad(daysInMonth(calendarYear, lastMonth))}` };
}

function restrict(params: TrendParams, dimension: Dimension | null | undefined, key: string | null): boolean {
  if (!dimension || key === null) return true;
  if (dimension === 'STAGE' && key === NO_STAGE) return false;
  params.filter = { ...params.filter, [FILTER_OF[dimension]]: [key] };
  return true;
}

/**
 * The trend question narrowed to one series (and cross value) in one period,
 * clipped to the chart's own range; null when the slice cannot be expressed as filters.
 */
export function sliceParams(
  input: TrendParams,
  range: { from: string; to: string },
  slice: { seriesKey: string; crossKey: string | null; period: string | null },
): TrendParams | null {
  const params: TrendParams = { ...input, filter: input.filter ? { ...input.filter } : undefined };
  if (!restrict(params, input.groupBy, input.groupBy ? slice.seriesKey : null)) return null;
  if (!restrict(params, input.crossBy, input.crossBy ? slice.crossKey : null)) return null;
  if (slice.period !== null) {
    const period = periodRange(slice.period, input.granularity ?? 'MONTH');
    if (!period) return null;
    params.financialYear = null;
    params.from = period.from > range.from ? period.from : range.from;
    params.to = period.to < range.to ? period.to : range.to;
  }
  return params;
}

/** The app's trend explorer at that slice, as a path on this site; null when there is no such slice. */
export function sliceLink(
  input: TrendParams,
  range: { from: string; to: string },
  slice: { seriesKey: string; crossKey: string | null; period: string | null },
): string | null {
  const params = sliceParams(input, range, slice);
  return params ? `/trends?${trendParamsToSearch(params)}` : null;
}
