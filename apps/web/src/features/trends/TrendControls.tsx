import { lazy, Suspense, useState, type FormEvent } from 'react';
import { SelectField } from '../../components/SelectField';
import type { TrendInput } from '../../graphql/graphql';
import { formFromInput, inputFromForm, validateForm, type TrendForm, type TrendFormErrors } from './trend-form';
import { DIMENSIONS, GRANULARITIES, MEASURES } from './trend-labels';
import { countFilters, type FilterKey } from './trend-params';

export interface TrendControlsProps {
  /** The question currently shown (from the URL). */
  input: TrendInput;
  /** Financial years to offer, newest first. */
  years: string[];
  onSubmit: (input: TrendInput) => void;
}

// The filter groups (checkboxes, the issue picker) load when the filters are first opened.
const TrendFilters = lazy(() => import('./TrendFilters').then((module) => ({ default: module.TrendFilters })));
// Likewise what only a click shows: the error summary (after a failed "Show results") and the date fields.
const ErrorSummary = lazy(() => import('../../components/ErrorSummary').then((module) => ({ default: module.ErrorSummary })));
const TextField = lazy(() => import('../../components/TextField').then((module) => ({ default: module.TextField })));

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const MEASURE_OPTIONS = Object.entries(MEASURES).map(([value, { label }]) => ({ value, label }));
const DIMENSION_OPTIONS = options(DIMENSIONS);
const TAXONOMY_OPTIONS: Array<{ value: TrendForm['taxonomy']; label: string }> = [
  { value: 'AS_RECORDED', label: 'As recorded at the time' },
  { value: 'CURRENT', label: 'Mapped to those in force at the end of the period' },
];

/** The explorer's question as a form; "Show results" puts it in the URL. */
export function TrendControls({ input, years, onSubmit }: TrendControlsProps) {
  const [form, setForm] = useState<TrendForm>(() => formFromInput(input, years[0] ?? ''));
  const [errors, setErrors] = useState<TrendFormErrors>({});
  const [attempt, setAttempt] = useState(0);
  const yearOptions = (years.includes(form.financialYear) ? years : [form.financialYear, ...years]).map((year) => ({
    value: year,
    label: year,
  }));
  const filterCount = countFilters(form.filter);
  // Open at first when the question has filters; after that the person opens and closes it.
  const [filtersOpenAtFirst] = useState(filterCount > 0);
  const [filtersShown, setFiltersShown] = useState(filtersOpenAtFirst);

  function update(changes: Partial<TrendForm>) {
    setForm((current) => ({ ...current, ...changes }));
  }

  function updateFilter(key: FilterKey, codes: string[]) {
    setForm((current) => ({ ...current, filter: { ...current.filter, [key]: codes } }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateForm(form);
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length === 0) onSubmit(inputFromForm(form));
  }

  const summary = (Object.entries(errors) as Array<[keyof TrendFormErrors, string]>).map(([fieldId, message]) => ({
    fieldId,
    message,
  }));

  return (
    <form className="trend-controls" onSubmit={handleSubmit} noValidate aria-labelledby="trend-controls-heading">
      {summary.length > 0 && (
        <Suspense fallback={null}>
          <ErrorSummary items={summary} focusKey={attempt} />
        </Suspense>
      )}
      <h2 id="trend-controls-heading" className="heading-m">
        Choose what to show
      </h2>

      <div className="trend-controls__row">
        <SelectField
          id="measure"
          label="Measure"
          options={MEASURE_OPTIONS}
          value={form.measure}
          onChange={(value) => update({ measure: value as TrendForm['measure'] })}
        />
        <SelectField
          id="groupBy"
          label="Split by"
          options={[{ value: '', label: 'Nothing (all contacts together)' }, ...DIMENSION_OPTIONS]}
          value={form.groupBy}
          onChange={(value) => update({ groupBy: value as TrendForm['groupBy'] })}
        />
        <SelectField
          id="crossBy"
          label="Then split by (optional)"
          hint="Shows a grid of totals"
          error={errors.crossBy}
          options={[{ value: '', label: 'No second split' }, ...DIMENSION_OPTIONS]}
          value={form.crossBy}
          onChange={(value) => update({ crossBy: value as TrendForm['crossBy'] })}
        />
        <SelectField
          id="granularity"
          label="Count by"
          options={options(GRANULARITIES)}
          value={form.granularity}
          onChange={(value) => update({ granularity: value as TrendForm['granularity'] })}
        />
      </div>

      <fieldset className="form-group fieldset">
        <legend className="fieldset__legend">Period</legend>
        <div className="radios">
          <div className="radios__item">
            <input
              className="radios__input"
              type="radio"
              id="periodType"
              name="periodType"
              value="financialYear"
              checked={form.periodType === 'financialYear'}
              onChange={() => update({ periodType: 'financialYear' })}
            />
            <label className="radios__label" htmlFor="periodType">
              A financial year (April to March)
            </label>
          </div>
          {form.periodType === 'financialYear' && (
            <div className="radios__conditional">
              <SelectField
                id="financialYear"
                label="Financial year"
                options={yearOptions}
                value={form.financialYear}
                onChange={(value) => update({ financialYear: value })}
              />
            </div>
          )}
          <div className="radios__item">
            <input
              className="radios__input"
              type="radio"
              id="periodType-dates"
              name="periodType"
              value="dates"
              checked={form.periodType === 'dates'}
              onChange={() => update({ periodType: 'dates' })}
            />
            <label className="radios__label" htmlFor="periodType-dates">
              Between two dates
            </label>
          </div>
          {form.periodType === 'dates' && (
            <div className="radios__conditional trend-controls__dates">
              <Suspense
                fallback={
                  <p role="status" className="query-state__status--loading">
                    Loading the date fields…
                  </p>
                }
              >
                <TextField
                  id="from"
                  type="date"
                  label="First date received"
                  hint="For example, 2009-04-01"
                  error={errors.from}
                  value={form.from}
                  onChange={(event) => update({ from: event.target.value })}
                />
                <TextField
                  id="to"
                  type="date"
                  label="Last date received"
                  hint="For example, 2010-03-31"
                  error={errors.to}
                  value={form.to}
                  onChange={(event) => update({ to: event.target.value })}
                />
  </Suspense>
            </div>
          )}
        </div>
      </fieldset>

      <div className="checkboxes form-group">
        <div className="checkboxes__item">
          <input
            className="checkboxes__input"
            type="checkbox"
            id="compareWithPreviousYear"
            checked={form.compareWithPreviousYear}
            onChange={(event) => update({ compareWithPreviousYear: event.target.checked })}
            aria-describedby="compareWithPreviousYear-hint"
          />
          <label className="checkboxes__label" htmlFor="compareWithPreviousYear">
            Compare with the previous year
          </label>
        </div>
        <div className="hint trend-controls__checkbox-hint" id="compareWithPreviousYear-hint">
          Shows the same periods a year earlier beside each figure, and the change.
        </div>
      </div>

      <fieldset className="form-group fieldset" aria-describedby="taxonomy-hint">
        <legend className="fieldset__legend">Divisions, service areas and issues</legend>
        <div className="hint" id="taxonomy-hint">
          After a reorganisation, older contacts can be counted under the names they were recorded with, or under today’s.
        </div>
        <div className="radios">
          {TAXONOMY_OPTIONS.map((option) => (
            <div className="radios__item" key={option.value}>
              <input
                className="radios__input"
                type="radio"
                id={option.value === 'AS_RECORDED' ? 'taxonomy' : `taxonomy-${option.value}`}
                name="taxonomy"
                value={option.value}
                checked={form.taxonomy === option.value}
                onChange={() => update({ taxonomy: option.value })}
              />
              <label className="radios__label" htmlFor={option.value === 'AS_RECORDED' ? 'taxonomy' : `taxonomy-${option.value}`}>
                {option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>

      <details
        className="details"
        open={filtersOpenAtFirst}
        onToggle={(event) => {
          if (event.currentTarget.open) setFiltersShown(true);
        }}
      >
        <summary className="details__summary">
          Filters{filterCount > 0 ? ` (${filterCount} chosen)` : ''}
        </summary>
        <div className="details__text">
          {filtersShown && (
            <Suspense
              fallback={
                <p role="status" className="query-state__status--loading">
                  Loading the filters…
                </p>
              }
            >
              <TrendFilters filter={form.filter} onChange={updateFilter} />
            </Suspense>
          )}
        </div>
      </details>

      <button type="submit" className="button">
        Show results
      </button>
    </form>
  );
}
