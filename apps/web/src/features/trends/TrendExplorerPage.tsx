import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { TrendInput } from '../../graphql/graphql';
import { chartTypeFromSearch, withChartType, type ChartType } from './trend-chart-type';
import { hasDateRange, trendInputFromSearch, trendInputToSearch, withDefaults } from './trend-params';
import { SaveChartButton } from '../saved-charts/SaveChartButton';
import { TrendControls } from './TrendControls';
import { TrendResults } from './TrendResults';
import { useFormKey } from '../../app/useFormKey';
import { useFinancialYearsQuery } from './useFinancialYearsQuery';
import './trends.css';

// Only a broken or outdated link shows this notice: it loads then.
const TrendLinkProblems = lazy(() => import('./TrendLinkProblems'));

/**
 * The trend explorer. The question lives in the URL, in the CSV export's
 * parameters, so a copied link (or the same query string on
 * /export/trend.csv) reproduces the view.
 */
export function TrendExplorerPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const { input: fromUrl, problems: questionProblems } = useMemo(() => trendInputFromSearch(location.search), [location.search]);
  // How to draw the answer is not part of the question: `chart=` rides beside it in the URL.
  const { chartType, problems: chartProblems } = useMemo(() => chartTypeFromSearch(location.search), [location.search]);
  const problems = [...questionProblems, ...chartProblems];
  const years = useFinancialYearsQuery();
  const needsDefault = !hasDateRange(fromUrl);
  const input: TrendInput | null = needsDefault
    ? years.fetching
      ? null
      : withDefaults(fromUrl, location.search, years.latest)
    : fromUrl;
  const search = input ? trendInputToSearch(input) : '';
  const controls = useFormKey(search);

  // Show the defaults in the URL too, so it always describes the view.
  useEffect(() => {
    if (needsDefault && search) navigate({ search: `?${withChartType(search, chartType)}` }, { replace: true });
  }, [needsDefault, search, chartType, navigate]);

  function show(next: TrendInput) {
    const nextSearch = trendInputToSearch(next);
    controls.submitted(nextSearch);
    navigate({ search: `?${withChartType(nextSearch, chartType)}` });
  }

  function showAs(next: ChartType) {
    navigate({ search: `?${withChartType(search, next)}` }, { preventScrollReset: true });
  }

  return (
    <>
      <h1 className="heading-xl">Trend explorer</h1>
      <p className="lead">
        Count contacts over any period, split by record type, channel, service area, issue or outcome, and download the
        numbers.
      </p>

      {problems.length > 0 && (
        <Suspense fallback={null}>
          <TrendLinkProblems problems={problems} />
        </Suspense>
      )}

      {input ? (
        <>
          <TrendControls key={controls.key} input={input} years={years.years} onSubmit={show} />
          <SaveChartButton input={input} chartType={chartType} />
          <TrendResults input={input} chartType={chartType} onChartType={showAs} />
        </>
      ) : (
        <p role="status" className="query-state__status--loading">
          Loading the explorer…
        </p>
      )}
    </>
  );
}
