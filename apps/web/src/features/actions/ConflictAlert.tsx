import { useEffect, useRef } from 'react';
import type { ActionConflict, ConflictComparison } from './action-conflict';
import { conflictSaves } from './action-conflict';
import { FIELD_LABELS } from './action-labels';
import { formatDateTime, listInWords } from './action-format';

export interface ConflictAlertProps {
  /** Unique on the page; the alert's heading id derives from it. */
  idPrefix: string;
  conflict: ActionConflict;
  comparison: ConflictComparison;
  /** What was not saved, e.g. "Your changes have not been saved." */
  notSaved: string;
  applyLabel: string;
  onUseTheirs: () => void;
  onApplyMine: () => void;
  busy: boolean;
}

/**
 * Someone saved the action after you loaded it: who, when, their value and
 * yours for each field they changed, and the two ways on. It is an alert and
 * takes focus when it appears, so keyboard and screen reader users start here.
 */
export function ConflictAlert({ idPrefix, conflict, comparison, notSaved, applyLabel, onUseTheirs, onApplyMine, busy }: ConflictAlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = `${idPrefix}-conflict-title`;
  const saves = conflictSaves(conflict);
  const replaced = comparison.rows.filter((row) => row.bothChanged && !row.same).map((row) => row.label.toLowerCase());

  useEffect(() => {
    ref.current?.focus();
  }, [conflict]);

  return (
    <div className="conflict" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
      <h4 className="conflict__title" id={titleId}>
        Someone else changed this action while you were working on it
      </h4>
      {saves.length > 0 ? (
        <ul className="list conflict__saves">
          {saves.map((save) => (
            <li key={save.version}>
              <strong>{save.changedBy}</strong> changed{' '}
              {save.fields.length ? listInWords(save.fields.map((f) => FIELD_LABELS[f].toLowerCase())) : 'it'} on{' '}
              {formatDateTime(save.changedAt)}.
            </li>
          ))}
        </ul>
      ) : (
        <p>
          It is now version {conflict.current.version}; you loaded version {conflict.expectedVersion}.
        </p>
      )}
      <p>
        <strong>{notSaved}</strong>
      </p>

      {comparison.rows.length > 0 && (
        <div className="table-scroll">
          <table className="table conflict__table">
            <caption className="table__caption">Their changes compared with yours</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Their version</th>
                <th scope="col">Your version</th>
              </tr>
            </thead>
            <tbody>
              {comparison.rows.map((row) => (
                <tr key={row.field}>
                  <th scope="row">{row.label}</th>
                  <td className="conflict__value">{row.theirs}</td>
                  <td className="conflict__value">
                    {row.yours}
                    {row.same ? (
                      <span className="conflict__note"> (the same as theirs)</span>
                    ) : !row.bothChanged ? (
                      <span className="conflict__note"> (as you loaded it: you did not change this)</span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {comparison.onlyYours.length > 0 && (
        <p>
          You also changed {listInWords(comparison.onlyYours.map((c) => c.label.toLowerCase()))}, which they did not.
        </p>
      )}

      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={() => !busy && onUseTheirs()} aria-disabled={busy || undefined}>
          Use their version
        </button>
        <button type="button" className="button" onClick={() => !busy && onApplyMine()} aria-disabled={busy || undefined}>
          {applyLabel}
        </button>
      </div>
      <p className="hint conflict__hint">
        <strong>Use their version</strong> shows the action as it is now and drops your changes.{' '}
        <strong>{applyLabel}</strong> saves your changes on top of theirs
        {replaced.length ? `, replacing their ${listInWords(replaced)}` : ', keeping everything they changed'}.
      </p>
    </div>
  );
}
