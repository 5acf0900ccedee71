import { lazy, Suspense } from 'react';
import type { BarChartProps } from '../../components/charts/BarChart';

// The bar chart is its own chunk (shared with the trend explorer), loaded when the first chart shows.
const BarChart = lazy(() => import('../../components/charts/BarChart'));

/** A report table's chart; its caption is the text alternative, and the table beneath gives every number. */
export function ReportChart({ chart }: { chart: BarChartProps }) {
  return (
    <div className="report-chart">
      <Suspense
        fallback={
          <p className="chart chart--loading" role="status">
            Loading the chart…
          </p>
        }
      >
        <BarChart {...chart} />
      </Suspense>
    </div>
  );
}
