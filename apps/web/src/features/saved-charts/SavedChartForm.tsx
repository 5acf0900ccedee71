import type { FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { summaryItems } from '../cases/form-errors';
import { RadioGroup } from '../cases/RadioGroup';
import type { ChartType, DataDownload } from '../../graphql/graphql';
import { CHART_TYPE_ORDER, CHART_TYPES, DATA_DOWNLOAD_ORDER, DATA_DOWNLOADS } from './saved-chart-labels';
import { FIELD_LABELS, SAVED_CHART_FIELDS, type SavedChartErrors, type SavedChartField, type SavedChartFormValues } from './saved-chart-form';

export interface SavedChartFormProps {
  /** Prefix of every control's id, unique on the page ("save-chart", "edit-chart-12"). */
  idPrefix: string;
  /** The form's accessible name. */
  label: string;
  form: SavedChartFormValues;
  errors: SavedChartErrors;
  /** Changes to this move focus to the error summary again (a submit count). */
  attempt: number;
  onChange: (changes: Partial<SavedChartFormValues>) => void;
  onSubmit: () => void;
  onCancel: () => void;
  submitLabel: string;
  busy: boolean;
  busyText: string;
}

export const chartFieldId = (prefix: string, field: SavedChartField) => `${prefix}-${field}`;

const CHART_TYPE_OPTIONS = CHART_TYPE_ORDER.map((value) => ({ value, label: CHART_TYPES[value] }));
const DATA_DOWNLOAD_OPTIONS = DATA_DOWNLOAD_ORDER.map((value) => ({ value, label: DATA_DOWNLOADS[value] }));

/** A saved chart's name, description (its alt text), chart type and who may download its data. */
export function SavedChartForm({ idPrefix, label, form, errors, attempt, onChange, onSubmit, onCancel, submitLabel, busy, busyText }: SavedChartFormProps) {
  const id = (field: SavedChartField) => chartFieldId(idPrefix, field);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!busy) onSubmit();
  }

  return (
    <form className="saved-chart-form" onSubmit={handleSubmit} noValidate aria-label={label}>
      <ErrorSummary items={summaryItems(errors, SAVED_CHART_FIELDS, id)} focusKey={attempt} />
      <TextField
        id={id('name')}
        label={FIELD_LABELS.name}
        hint="A short title people will recognise, for example “Statutory complaints by month, 2009/10”"
        value={form.name}
        error={errors.fields.name}
        autoComplete="off"
        onChange={(event) => onChange({ name: event.target.value })}
      />
      <TextAreaField
        id={id('description')}
        label={FIELD_LABELS.description}
        hint="Describe what the chart shows, for people who cannot see it. It is the chart’s text alternative wherever it appears."
        value={form.description}
        error={errors.fields.description}
        rows={4}
        onChange={(event) => onChange({ description: event.target.value })}
      />
      <SelectField
        id={id('chartType')}
        label={FIELD_LABELS.chartType}
        options={CHART_TYPE_OPTIONS}
        value={form.chartType}
        error={errors.fields.chartType}
        onChange={(value) => onChange({ chartType: value as ChartType })}
      />
      <RadioGroup
        name={id('dataDownload')}
        legend={FIELD_LABELS.dataDownload}
        hint="Images can always be downloaded. The figures as a spreadsheet (CSV) can be limited to signed-in staff."
        error={errors.fields.dataDownload}
        options={DATA_DOWNLOAD_OPTIONS}
        value={form.dataDownload}
        onChange={(value) => onChange({ dataDownload: value as DataDownload })}
      />
      <div className="chart-buttons">
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <p role="status" className="form-status">
        {busy ? busyText : ''}
      </p>
    </form>
  );
}
