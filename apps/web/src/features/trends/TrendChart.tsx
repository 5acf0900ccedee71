import { lazy, Suspense, useMemo } from 'react';
import type { ChartType } from './trend-chart-type';
import { trendChartSpec } from './trend-chart';
import type { TrendResultData } from './useTrendQuery';

// Each chart type is its own chunk: a line chart never downloads the heatmap.
const LineChart = lazy(() => import('../../components/charts/LineChart'));
const BarChart = lazy(() => import('../../components/charts/BarChart'));
const HeatmapChart = lazy(() => import('../../components/charts/HeatmapChart'));

export interface TrendChartProps {
  result: TrendResultData;
  chartType: Exclude<ChartType, 'TABLE'>;
  /** The chart's name: the results heading's words, filters included. */
  title: string;
}

/** The answer drawn as the chart type chosen (see trend-chart.ts), loaded when first needed. */
export function TrendChart({ result, chartType, title }: TrendChartProps) {
  const spec = useMemo(() => trendChartSpec(result, chartType, title), [result, chartType, title]);

  return (
    <Suspense
      fallback={
        <p className="chart chart--loading" role="status">
          Loading the chart…
        </p>
      }
    >
      {spec.kind === 'line' && <LineChart {...spec.props} />}
      {(spec.kind === 'bar' || spec.kind === 'stacked-bar' || spec.kind === 'grouped-bar') && <BarChart {...spec.props} />}
      {spec.kind === 'heatmap' && <HeatmapChart {...spec.props} />}
    </Suspense>
  );
}
