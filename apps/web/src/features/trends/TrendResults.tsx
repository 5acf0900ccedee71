import { QueryState } from '../../components/QueryState';
import type { TrendInput } from '../../graphql/graphql';
import { describeTrend } from './trend-chart';
import { formatDate, formatPeriod, formatValue } from './trend-format';
import { DIMENSIONS, MEASURES } from './trend-labels';
import { trendCsvHref } from './trend-params';
import { trendTableModel } from './trend-table';
import { TrendChart } from './TrendChart';
import { TrendTable } from './TrendTable';
import { useTrendQuery, type TrendResultData } from './useTrendQuery';

/** Runs the question and shows its answer: summary, chart, table and CSV download. */
export function TrendResults({ input }: { input: TrendInput }) {
  const [result, reexecute] = useTrendQuery(input);
  const trend = result.data?.trend;
  const heading = trend && !result.fetching ? describeTrend(trend, input.financialYear) : 'Results';

  return (
    <section className="trend-results" aria-labelledby="trend-results-heading">
      <h2 id="trend-results-heading" className="heading-l">
        {heading}
      </h2>
      <p>
        <a href={trendCsvHref(input)} className="download-link">
          Download CSV<span className="visually-hidden"> of these results</span>
        </a>{' '}
        <span className="hint-inline">(a spreadsheet of the same numbers)</span>
      </p>
      <QueryState
        result={result}
        label="trend"
        isEmpty={(data) => data.trend.totalCount === 0}
        empty="No contacts match these choices. Try a longer period or fewer filters."
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {(data) => <TrendAnswer trend={data.trend} financialYear={input.financialYear} />}
      </QueryState>
    </section>
  );
}

function TrendAnswer({ trend, financialYear }: { trend: TrendResultData; financialYear?: string | null }) {
  const rowHeader = trend.groupBy ? DIMENSIONS[trend.groupBy] : 'Contacts';
  const model = trendTableModel(trend, rowHeader, (period) => formatPeriod(period, trend.granularity));
  const caption = trend.crossBy
    ? `${describeTrend(trend, financialYear)}: totals for the whole period`
    : describeTrend(trend, financialYear);
  const unit = MEASURES[trend.measure].unit;

  return (
    <>
      <p>
        Received {formatDate(trend.from)} to {formatDate(trend.to)}.{' '}
        {unit === 'count'
          ? `${formatValue(trend.totalCount, 'CONTACTS')} contacts.`
          : `Overall ${formatValue(trend.total, trend.measure)}, over ${formatValue(trend.totalCount, 'CONTACTS')} contacts.`}{' '}
        {trend.definition}
      </p>
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
      <TrendChart result={trend} financialYear={financialYear} />
      <TrendTable caption={caption} model={model} measure={trend.measure} />
    </>
  );
}
