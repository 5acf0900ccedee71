import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { hasErrors } from '../cases/form-errors';
import { formatShortDateTime } from '../embeds/embed-format';
import { changeProblem } from '../embeds/change-error';
import { SavedChartForm, chartFieldId } from './SavedChartForm';
import { formFromChart, savedChartErrorsFromApi, updateSavedChartInput, validateSavedChartForm, type SavedChartErrors, type SavedChartFormValues } from './saved-chart-form';
import { CHART_TYPES } from './saved-chart-labels';
import { useDeleteSavedChart, useUpdateSavedChart } from './saved-chart-mutations';
import type { SavedChartRecord } from './useSavedChartsQuery';

export interface SavedChartCardProps {
  chart: SavedChartRecord;
  /** Told after the chart was deleted, with its name (the card is then gone). */
  onDeleted: (name: string) => void;
}

type Mode = 'view' | 'edit' | 'confirm-delete';
const NO_ERRORS: SavedChartErrors = { fields: {}, form: [] };

/** One saved chart in the list: open it, edit its name and description, delete it, publish it. */
export function SavedChartCard({ chart, onDeleted }: SavedChartCardProps) {
  const [mode, setMode] = useState<Mode>('view');
  const [form, setForm] = useState<SavedChartFormValues>(() => formFromChart(chart));
  const [errors, setErrors] = useState<SavedChartErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState('');
  const [deleteError, setDeleteError] = useState('');
  const [updateState, update] = useUpdateSavedChart();
  const [deleteState, remove] = useDeleteSavedChart();
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  /** Where focus goes after the mode changes. */
  const focusNext = useRef<(() => HTMLElement | null) | null>(null);
  const idPrefix = `chart-${chart.id}`;

  useEffect(() => {
    const target = focusNext.current?.();
    focusNext.current = null;
    target?.focus();
  }, [mode]);

  function switchTo(next: Mode, focus: () => HTMLElement | null) {
    focusNext.current = focus;
    setMode(next);
  }

  function startEditing() {
    setForm(formFromChart(chart));
    setErrors(NO_ERRORS);
    setMessage('');
    switchTo('edit', () => document.getElementById(chartFieldId(idPrefix, 'name')));
  }

  async function save() {
    const found = validateSavedChartForm(form);
    setAttempt((n) => n + 1);
    setErrors(found);
    if (hasErrors(found)) return;
    const input = updateSavedChartInput(formFromChart(chart), form);
    if (Object.keys(input).length > 0) {
      const result = await update({ id: chart.id, input });
      if (!result.data) {
        setErrors(result.error ? savedChartErrorsFromApi(result.error, 'The changes were not saved') : { fields: {}, form: ['The changes were not saved. Try again'] });
        setAttempt((n) => n + 1);
        return;
      }
    }
    setMessage(Object.keys(input).length > 0 ? 'Changes saved.' : 'Nothing was changed.');
    switchTo('view', () => messageRef.current);
  }

  async function confirmDelete() {
    if (deleteState.fetching) return;
    setDeleteError('');
    const result = await remove({ id: chart.id });
    if (result.error) {
      setDeleteError(changeProblem(result.error, `“${chart.name}” was not deleted`));
      return;
    }
    onDeleted(chart.name);
  }

  const titleId = `${idPrefix}-title`;
  return (
    <li className="chart-card">
      <h3 className="heading-m chart-card__title" id={titleId}>
        <Link to={`/charts/${chart.id}`}>{chart.name}</Link>
      </h3>

      {mode === 'edit' ? (
        <SavedChartForm
          idPrefix={idPrefix}
          label={`Edit “${chart.name}”`}
          form={form}
          errors={errors}
          attempt={attempt}
          onChange={(changes) => setForm((current) => ({ ...current, ...changes }))}
          onSubmit={() => void save()}
          onCancel={() => switchTo('view', () => editButton.current)}
          submitLabel="Save changes"
          busy={updateState.fetching}
          busyText="Saving the changes…"
        />
      ) : (
        <>
          <p className="chart-card__description">{chart.description}</p>
          <dl className="chart-summary">
            <div className="chart-summary__row">
              <dt className="chart-summary__key">Owner</dt>
              <dd className="chart-summary__value">{chart.owner.name}</dd>
            </div>
            <div className="chart-summary__row">
              <dt className="chart-summary__key">Updated</dt>
              <dd className="chart-summary__value">{formatShortDateTime(chart.updatedAt)}</dd>
            </div>
            <div className="chart-summary__row">
              <dt className="chart-summary__key">Chart type</dt>
              <dd className="chart-summary__value">{CHART_TYPES[chart.chartType]}</dd>
            </div>
          </dl>
          <p className="chart-card__message" role="status" tabIndex={-1} ref={messageRef}>
            {message}
          </p>
          {mode === 'confirm-delete' ? (
            <div className="chart-card__confirm" role="alert" tabIndex={-1} ref={confirmRef}>
              <p>
                <strong>Delete “{chart.name}”?</strong> Its link stops working for everyone, and any embed of it shows “This chart is
                no longer available”. This cannot be undone.
              </p>
              {deleteError && <p className="error-message">{deleteError}</p>}
              <div className="chart-buttons">
                <button type="button" className="button button--warning" aria-disabled={deleteState.fetching || undefined} onClick={() => void confirmDelete()}>
                  Yes, delete it
                </button>
                <button type="button" className="button button--secondary" onClick={() => switchTo('view', () => deleteButton.current)}>
                  Cancel
                </button>
              </div>
              <p role="status" className="form-status">
                {deleteState.fetching ? 'Deleting the chart…' : ''}
              </p>
            </div>
          ) : (
            <div className="chart-buttons">
              {chart.viewerCan.edit && (
                <button type="button" className="button button--secondary" ref={editButton} onClick={startEditing}>
                  Edit<span className="visually-hidden"> “{chart.name}”</span>
                </button>
              )}
              {chart.viewerCan.delete && (
                <button
                  type="button"
                  className="button button--secondary"
                  ref={deleteButton}
                  onClick={() => {
                    setDeleteError('');
                    switchTo('confirm-delete', () => confirmRef.current);
                  }}
                >
                  Delete<span className="visually-hidden"> “{chart.name}”</span>
                </button>
              )}
              {chart.viewerCan.publish && (
                <Link className="chart-card__publish" to={`/charts/${chart.id}#publish`}>
                  Publish as embed<span className="visually-hidden"> “{chart.name}”</span>
                </Link>
              )}
            </div>
          )}
        </>
      )}
    </li>
  );
}
