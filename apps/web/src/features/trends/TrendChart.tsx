import { lazy, Suspense, useMemo } from 'react';
import { trendChartSpec } from './trend-chart';
import type { TrendResultData } from './useTrendQuery';

// Each chart type is its own chunk: a line chart never downloads the heatmap.
const LineChart = lazy(() => import('../../components/charts/LineChart'));
const BarChart = lazy(() => import('../../components/charts/BarChart'));
const HeatmapChart = lazy(() => import('../../components/charts/HeatmapChart'));

/** The chart that fits the question (see trend-chart.ts), loaded when first needed. */
export function TrendChart({ result, financialYear }: { result: TrendResultData; financialYear?: string | null }) {
  const spec = useMemo(() => trendChartSpec(result, financialYear), [result, financialYear]);

  return (
    <Suspense
      fallback={
        <p className="chart chart--loading" role="status">
          Loading the chart…
        </p>
      }
    >
      {spec.kind === 'line' && <LineChart {...spec.props} />}
      {(spec.kind === 'bar' || spec.kind === 'stacked-bar') && <BarChart {...spec.props} />}
      {spec.kind === 'heatmap' && <HeatmapChart {...spec.props} />}
    </Suspense>
  );
}
