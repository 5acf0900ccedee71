import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { SavedChartCard } from './SavedChartCard';
import { useSavedChartsQuery } from './useSavedChartsQuery';
import './saved-charts.css';

/** The saved charts: open one, edit its name and description, delete it, or publish it as an embed. */
export function SavedChartsPage() {
  const [result, reexecute] = useSavedChartsQuery();
  const [deleted, setDeleted] = useState<string | null>(null);
  const deletedRef = useRef<HTMLDivElement>(null);
  const charts = result.data?.savedCharts;

  useEffect(() => {
    if (deleted) deletedRef.current?.focus();
  }, [deleted]);

  return (
    <>
      <h1 className="heading-xl">Saved charts</h1>
      <p className="lead">
        Charts saved from the trend explorer. Open one to share its link, download it as an image or spreadsheet, or publish it
        on the intranet.
      </p>
      <p>
        To save another, open the <Link to="/trends">trend explorer</Link>, choose what to show and select “Save chart”.
      </p>

      {deleted && (
        <div className="notification" role="status" tabIndex={-1} ref={deletedRef}>
          <p className="notification__text">Deleted “{deleted}”.</p>
        </div>
      )}

      <section aria-labelledby="saved-charts-heading">
        <h2 className="heading-l" id="saved-charts-heading">
          {charts && !result.fetching ? (charts.length === 1 ? '1 saved chart' : `${charts.length} saved charts`) : 'Charts'}
        </h2>
        <QueryState
          result={result}
          label="saved charts"
          isEmpty={(data) => data.savedCharts.length === 0}
          empty={
            <>
              There are no saved charts yet. <Link to="/trends">Open the trend explorer</Link> to make one.
            </>
          }
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        >
          {(data) => (
            <ul className="list chart-list">
              {data.savedCharts.map((chart) => (
                <SavedChartCard key={chart.id} chart={chart} onDeleted={setDeleted} />
              ))}
            </ul>
          )}
        </QueryState>
      </section>
    </>
  );
}
