import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ChartType, TrendInput } from '../../graphql/graphql';
import type { SavedChartRecord } from './useSavedChartsQuery';

// The form, its fields and its mutation load on the first "Save chart", not with the explorer.
const SaveChartPanel = lazy(() => import('./SaveChartPanel'));

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
 * links to the saved chart.
 */
export function SaveChartButton({ input, chartType, suggestedName }: SaveChartButtonProps) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<Pick<SavedChartRecord, 'id' | 'name'> | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const focusButton = useRef(false);

  useEffect(() => {
    if (!open && focusButton.current) {
      focusButton.current = false;
      toggle.current?.focus();
    }
  }, [open]);

  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  return (
    <div className="save-chart">
      {saved && (
        <div className="notification" role="status" tabIndex={-1} ref={savedRef}>
          <p className="notification__text">Chart saved: “{saved.name}”.</p>
          <p className="save-chart__next">
            <Link to={`/charts/${saved.id}`}>Open the saved chart</Link> to share it, download it or publish it as an embed.
          </p>
        </div>
      )}
      {open ? (
        <Suspense
          fallback={
            <p role="status" className="query-state__status--loading">
              Loading the form…
            </p>
          }
        >
          <SaveChartPanel
            input={input}
            chartType={chartType}
            suggestedName={suggestedName}
            onSaved={(chart) => {
              setOpen(false);
              setSaved(chart);
            }}
            onCancel={() => {
              focusButton.current = true;
              setOpen(false);
            }}
          />
        </Suspense>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          ref={toggle}
          onClick={() => {
            setSaved(null);
            setOpen(true);
          }}
        >
          Save chart
        </button>
      )}
    </div>
  );
}
