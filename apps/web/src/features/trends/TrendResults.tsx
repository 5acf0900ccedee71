import { lazy, Suspense, useEffect, useState } from 'react';
import { QueryState } from '../../components/QueryState';
import type { TrendInput } from '../../graphql/graphql';
import type { ReferenceOptions } from '../reference/useReferenceOptionsQuery';
import { chartTypesFor, effectiveChartType, type ChartType } from './trend-chart-type';
import { formatDate, formatPeriod, formatValue, formatWithBase } from './trend-format';
import { DIMENSIONS, MEASURES } from './trend-labels';
import { countFilters, trendCsvHref, trendImageHref } from './trend-params';
import { trendTableModel } from './trend-table';
import { referenceNames, trendTitle } from './trend-words';
import { TrendChartChoice } from './TrendChartChoice';
import { TrendTable } from './TrendTable';
import { useTrendQuery, type TrendResultData } from './useTrendQuery';

// Building the chart (series, colours, axes) loads with the chart itself, like nivo: not for "table only".
const TrendChart = lazy(() => import('./TrendChart').then((module) => ({ default: module.TrendChart })));
// Names for the filters' codes: only a filtered question needs them.
const TrendFilterNames = lazy(() => import('./TrendFilterNames'));
// The comparison with a year earlier (change columns, the earlier year's table): only a question that compares needs it.
const loadComparedTables = () => import('./TrendComparedTables');
const TrendComparedTables = lazy(loadComparedTables);

export interface TrendResultsProps {
  input: TrendInput;
  /** The chart asked for in the URL; null for the one that suits the answer. */
  chartType: ChartType | null;
  onChartType: (chartType: ChartType) => void;
}

/** Runs the question and shows its answer: summary, chart, table and downloads. */
export function TrendResults({ input, chartType, onChartType }: TrendResultsProps) {
  const [result, reexecute] = useTrendQuery(input);
  // The same query the filter controls make (answered from the cache): names for the filters' codes,
  // loaded only when the question has filters (until then, and without them, codes stay codes).
  const [reference, setReference] = useState<ReferenceOptions>();
  const nameOf = referenceNames(reference);
  const trend = result.data?.trend;
  const title = trend ? trendTitle(trend, input.filter, nameOf) : null;
  const shown = trend ? effectiveChartType(trend, chartType) : null;
  const compares = Boolean(input.compareWith);
  // Fetched beside the answer, not after it, so the tables do not wait for it.
  useEffect(() => {
    if (compares) void loadComparedTables();
  }, [compares]);

  return (
    <section className="trend-results" aria-labelledby="trend-results-heading">
      {countFilters(input.filter) > 0 && (
        <Suspense fallback={null}>
          <TrendFilterNames onLoad={setReference} />
        </Suspense>
      )}
      <h2 id="trend-results-heading" className="heading-l">
        {title && !result.fetching ? title : 'Results'}
      </h2>
      <ul className="trend-downloads" aria-label="Downloads">
        <li>
          <a href={trendCsvHref(input)} className="download-link">
            Download CSV<span className="visually-hidden"> of these results</span>
          </a>{' '}
          <span className="hint-inline">(a spreadsheet of the same numbers, with the filters used)</span>
        </li>
        {shown && shown !== 'TABLE' && (
          <li>
            Download the chart as an image:{' '}
            <a href={trendImageHref(input, 'svg', shown)} className="download-link">
              SVG<span className="visually-hidden"> image of this chart</span>
            </a>{' '}
            or{' '}
            <a href={trendImageHref(input, 'png', shown)} className="download-link">
              PNG<span className="visually-hidden"> image of this chart</span>
            </a>{' '}
            <span className="hint-inline">(with its title, period, filters and source)</span>
          </li>
        )}
      </ul>
      <QueryState
        result={result}
        label="trend"
        isEmpty={(data) => data.trend.totalCount === 0}
        empty="No contacts match these choices. Try a longer period or fewer filters."
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {(data) => (
          <TrendAnswer
            trend={data.trend}
            title={trendTitle(data.trend, input.filter, nameOf)}
            filtered={countFilters(input.filter) > 0}
            chartType={effectiveChartType(data.trend, chartType)}
            onChartType={onChartType}
          />
        )}
      </QueryState>
    </section>
  );
}

/** '441 contacts.', 'Overall 62.8% of 121 contacts.' or 'Overall 12.5, over 80 contacts.' */
function overall(value: number | null, count: number, measure: TrendResultData['measure']): string {
  switch (MEASURES[measure].unit) {
    case 'count':
      return `${formatValue(count, 'CONTACTS')} contacts.`;
    case 'percent':
      return `Overall ${formatWithBase(value, count, measure)} contacts.`;
    case 'days':
      return `Overall ${formatValue(value, measure)}, over ${formatValue(count, 'CONTACTS')} contacts.`;
  }
}

interface TrendAnswerProps {
  trend: TrendResultData;
  title: string;
  filtered: boolean;
  chartType: ChartType;
  onChartType: (chartType: ChartType) => void;
}

/** Which taxonomy the answer counts in, and each split it applied with its rule. */
function TaxonomyNote({ trend }: { trend: TrendResultData }) {
  if (trend.taxonomy !== 'CURRENT') {
    return <p className="trend-taxonomy">Contacts are counted under the divisions, service areas and issues they were recorded with.</p>;
  }
  return (
    <div className="trend-taxonomy">
      <p>
        Contacts are counted under the divisions, service areas and issues in force on {formatDate(trend.taxonomyDate ?? trend.to)}: older
        ones are mapped onto what replaced them.
      </p>
      {trend.taxonomySplits.length > 0 && (
        <>
          <h3 className="heading-m">Splits applied</h3>
          <ul aria-label="Splits applied">
            {trend.taxonomySplits.map((split) => (
              <li key={`${split.dimension}-${split.fromCode}`}>{split.description}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function TrendAnswer({ trend, title, filtered, chartType, onChartType }: TrendAnswerProps) {
  const rowHeader = trend.groupBy ? DIMENSIONS[trend.groupBy] : 'Contacts';
  const columnLabel = (period: string) => formatPeriod(period, trend.granularity);
  const model = trendTableModel(trend, rowHeader, columnLabel, { filtered });
  const caption = trend.crossBy ? `${title}: totals for the whole period` : title;
  const previousTotal = trend.previousTotal;

  return (
    <>
      <p>
        Received {formatDate(trend.from)} to {formatDate(trend.to)}.{' '}
        {overall(trend.total, trend.totalCount, trend.measure)}{' '}
        {trend.comparison && previousTotal && (
          <>
            {formatDate(trend.comparison.from)} to {formatDate(trend.comparison.to)}, a year earlier:{' '}
            {overall(previousTotal.value, previousTotal.count, trend.measure).replace(/^O/, 'o')}{' '}
          </>
        )}
        {trend.definition}
      </p>
      <TaxonomyNote trend={trend} />
      {trend.countsContactsOncePerValue && (
        <div className="warning-text">
          <span className="warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="warning-text__text">
            <span className="visually-hidden">Warning: </span>A contact that names several{' '}
            {trend.groupBy === 'ALL_ISSUES' || trend.crossBy === 'ALL_ISSUES' ? 'issues' : 'service areas'} is counted
            once under each, so the rows can add up to more than the total of{' '}
            {formatValue(trend.totalCount, 'CONTACTS')} contacts.
          </strong>
        </div>
      )}
      <TrendChartChoice options={chartTypesFor(trend)} value={chartType} onChange={onChartType} />
      {chartType !== 'TABLE' && (
        <Suspense
          fallback={
            <p className="chart chart--loading" role="status">
              Loading the chart…
            </p>
          }
        >
          <TrendChart result={trend} chartType={chartType} title={title} />
        </Suspense>
      )}
      {trend.comparison ? (
        <Suspense
          fallback={
            <p role="status" className="query-state__status--loading">
              Loading the tables…
            </p>
          }
        >
          <TrendComparedTables trend={trend} caption={caption} model={model} columnLabel={columnLabel} options={{ filtered }} />
        </Suspense>
      ) : (
        <TrendTable caption={caption} model={model} measure={trend.measure} />
      )}
    </>
  );
}
