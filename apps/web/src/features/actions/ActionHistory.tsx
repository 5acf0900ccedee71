import { formatHistoryValue, formatShortDateTime, historyFieldLabel, plural, type ReferenceNames } from './action-format';
import type { HistoryEntry } from './useLearningActionsQuery';

export interface ActionHistoryProps {
  idPrefix: string;
  title: string;
  history: readonly HistoryEntry[];
  names: ReferenceNames | undefined;
}

/** Every recorded change, newest first, in a show/hide panel: who and when, which field, from and to. */
export function ActionHistory({ idPrefix, title, history, names }: ActionHistoryProps) {
  const changes = history.filter((entry) => entry.field !== 'created').length;
  const newestFirst = [...history].sort((a, b) => b.version - a.version || Number(b.id) - Number(a.id));

  return (
    <details className="details action-history" id={`${idPrefix}-history`}>
      <summary className="details__summary">
        History<span className="visually-hidden"> of “{title}”</span> ({plural(changes, 'change')})
      </summary>
      <div className="details__text">
        {history.length === 0 ? (
          <p>No changes have been recorded since this action was loaded into Complaints Insight.</p>
        ) : (
          <div className="table-scroll">
            <table className="table action-history__table">
              <caption className="table__caption">Changes to “{title}”, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Who and when</th>
                  <th scope="col">What changed</th>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                </tr>
              </thead>
              <tbody>
                {newestFirst.map((entry) => (
                  <tr key={entry.id}>
                    <td>
                      <span className="action-history__who">{entry.changedBy}</span>{' '}
                      <span className="action-history__when">{formatShortDateTime(entry.changedAt)}</span>
                    </td>
                    <td>{historyFieldLabel(entry.field)}</td>
                    <HistoryValue field={entry.field} value={entry.oldValue} names={names} />
                    <HistoryValue field={entry.field} value={entry.newValue} names={names} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </details>
  );
}

function HistoryValue({ field, value, names }: { field: string; value: string | null; names: ReferenceNames | undefined }) {
  const text = formatHistoryValue(field, value, names);
  if (text === '') {
    return (
      <td>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">not applicable</span>
      </td>
    );
  }
  return <td className="action-history__value">{text}</td>;
}
