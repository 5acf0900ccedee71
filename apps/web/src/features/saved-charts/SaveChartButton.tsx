import { lazy, Suspense, useState } from 'react';
import type { ChartType, TrendInput } from '../../graphql/graphql';

// The form, its fields, its mutation and what follows a save load on the first "Save chart", not with the explorer.
const SaveChartFlow = lazy(() => import('./SaveChartFlow'));

export interface SaveChartButtonProps {
  /** The question on screen: saved as its URL query string. */
  input: TrendInput;
  /** The chart type on screen, when the explorer lets people choose one (null: the one that suits). */
  chartType?: ChartType | null;
  /** A name to start from, e.g. the results' heading. */
  suggestedName?: string;
}

/**
 * "Save chart" in the trend explorer: opens a form beneath it; once saved,
 * links to the saved chart (SaveChartFlow, loaded by the first click).
 */
export function SaveChartButton(props: SaveChartButtonProps) {
  const [started, setStarted] = useState(false);
  if (started) {
    return (
      <Suspense
        fallback={
          <div className="save-chart">
            <p role="status" className="query-state__status--loading">
              Loading the form…
            </p>
          </div>
        }
      >
        <SaveChartFlow {...props} />
      </Suspense>
    );
  }
  return (
    <div className="save-chart">
      <button type="button" className="button button--secondary" onClick={() => setStarted(true)}>
        Save chart
      </button>
    </div>
  );
}
