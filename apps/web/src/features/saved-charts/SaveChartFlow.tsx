import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { SaveChartButtonProps } from './SaveChartButton';
import SaveChartPanel from './SaveChartPanel';
import type { SavedChartRecord } from './useSavedChartsQuery';

/**
 * "Save chart" after its first click (loaded then, with the form, by SaveChartButton):
 * the form beneath the button; once saved, a link to the saved chart.
 */
export default function SaveChartFlow({ input, chartType, suggestedName }: SaveChartButtonProps) {
  // Opened by the click that loaded this.
  const [open, setOpen] = useState(true);
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
