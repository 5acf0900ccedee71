import { useMemo, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { QueryState } from '../../components/QueryState';
import { ChartEmbeds } from '../embeds/ChartEmbeds';
import { CopyField } from '../embeds/CopyField';
import { formatShortDateTime } from '../embeds/embed-format';
import { trendInputFromSearch } from '../trends/trend-params';
import { TrendResults } from '../trends/TrendResults';
import type { ChartType } from '../../graphql/graphql';
import { explorerHref, shareUrl } from './saved-chart-links';
import { CHART_TYPES, DATA_DOWNLOADS } from './saved-chart-labels';
import { useSavedChartQuery, type SavedChartData } from './useSavedChartQuery';
import './saved-charts.css';
import '../trends/trends.css';

/**
 * One saved chart: its details, share link, the chart itself (the explorer's
 * own results, with their SVG, PNG and CSV downloads) and its embeds.
 */
export function SavedChartPage() {
  const { id = '' } = useParams();
  const [result, reexecute] = useSavedChartQuery(id);
  const chart = result.data?.savedChart;
  useDocumentTitle(chart ? chart.name : 'Saved chart');

  if (result.data && result.data.savedChart === null) {
    return (
      <>
        <h1 className="heading-xl">Chart not found</h1>
        <p>There is no saved chart at this address. It may have been deleted, or the link may be incomplete.</p>
        <p>
          <Link to="/charts">See the saved charts</Link>
        </p>
      </>
    );
  }

  return (
    <QueryState result={result} label="saved chart" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {(data) => (data.savedChart ? <SavedChartView chart={data.savedChart} /> : null)}
    </QueryState>
  );
}

function SavedChartView({ chart }: { chart: SavedChartData }) {
  const location = useLocation();
  const { input, problems } = useMemo(() => trendInputFromSearch(chart.params), [chart.params]);
  // Another chart type may be tried here; the saved chart keeps its own (Edit on the list changes it).
  const [chartType, setChartType] = useState<ChartType>(chart.chartType);

  return (
    <>
      <p className="chart-page__back">
        <Link to="/charts">Saved charts</Link>
      </p>
      <h1 className="heading-xl">{chart.name}</h1>
      <dl className="chart-summary">
        <div className="chart-summary__row">
          <dt className="chart-summary__key">Description</dt>
          <dd className="chart-summary__value">{chart.description}</dd>
        </div>
        <div className="chart-summary__row">
          <dt className="chart-summary__key">Owner</dt>
          <dd className="chart-summary__value">{chart.owner.name}</dd>
        </div>
        <div className="chart-summary__row">
          <dt className="chart-summary__key">Updated</dt>
          <dd className="chart-summary__value">{formatShortDateTime(chart.updatedAt)}</dd>
        </div>
        <div className="chart-summary__row">
          <dt className="chart-summary__key">Chart type</dt>
          <dd className="chart-summary__value">{CHART_TYPES[chart.chartType]}</dd>
        </div>
        <div className="chart-summary__row">
          <dt className="chart-summary__key">Data downloads</dt>
          <dd className="chart-summary__value">{DATA_DOWNLOADS[chart.dataDownload]}</dd>
        </div>
      </dl>
      <p>
        <Link to={explorerHref(chart.params, chart.chartType)}>Open this question in the trend explorer</Link> to change it or save a
        variation.
      </p>

      {problems.length > 0 && (
        <div className="inset-text inset-text--warning" role="status">
          <p>Part of this chart’s question can no longer be used, so it was left out:</p>
          <ul className="list list--bullet">
            {problems.map((problem) => (
              <li key={`${problem.field}:${problem.message}`}>
                <code>{problem.field}</code>: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}

      <section aria-labelledby="share-heading">
        <h2 className="heading-l" id="share-heading">
          Share
        </h2>
        <CopyField
          id="chart-share-link"
          label="Link to this chart"
          hint="Colleagues who may use the trend explorer open it after signing in. To show it to anyone else, publish it as an embed."
          value={shareUrl(window.location.origin, chart.id)}
        />
      </section>

      <TrendResults input={input} chartType={chartType} onChartType={setChartType} />

      {chart.viewerCan.publish && <ChartEmbeds chartId={chart.id} mayPublish startPublishing={location.hash === '#publish'} />}
    </>
  );
}
