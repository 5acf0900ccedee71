import { currentFinancialYear, EARLIEST_FINANCIAL_YEAR_START, formatFinancialYear, isFinancialYear } from '@complaints/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useFormKey } from '../../app/useFormKey';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { errorsFromApi, hasErrors, noErrors, summaryItems, type FormErrors } from '../cases/form-errors';
import {
  ACTIVITY_FIELDS,
  ACTIVITY_LABELS,
  activityFormValues,
  readActivityForm,
  type ActivityField,
  type ActivityFigures,
  type ActivityFormValues,
} from './service-activity-form';
import { ServiceActivityImport } from './ServiceActivityImport';
import { useSaveServiceActivity } from './useSaveServiceActivity';
import { useServiceActivityQuery } from './useServiceActivityQuery';

const numberFormat = new Intl.NumberFormat('en-GB');

/** The current financial year and every one before it that the product counts, newest first. */
function yearOptions(current: string, shown: string): string[] {
  const start = Number(current.slice(0, 4));
  const years = Array.from({ length: start - EARLIEST_FINANCIAL_YEAR_START + 1 }, (_, i) => formatFinancialYear(start - i));
  return years.includes(shown) ? years : [shown, ...years];
}

/**
 * /service-activity: the children and families social care figures that table
 * 6 of the annual report sets complaints against, one set per financial year,
 * typed in or imported from a CSV file. Officers and administrators (the route
 * table's SERVICE_ACTIVITY_WRITE).
 */
export function ServiceActivityPage() {
  const [params, setParams] = useSearchParams();
  const current = currentFinancialYear();
  const asked = params.get('financialYear');
  const year = asked && isFinancialYear(asked) ? asked : current;
  const yearForm = useFormKey(year);
  const [result, reexecute] = useServiceActivityQuery(year);
  const [saved, setSaved] = useState<{ year: string; text: string } | null>(null);
  const [errors, setErrors] = useState<FormErrors<ActivityField>>(noErrors);
  const [attempt, setAttempt] = useState(0);
  const savedRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(`Social care activity, ${year}`, hasErrors(errors));

  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  function showYear(next: string) {
    yearForm.submitted(next);
    setErrors(noErrors());
    setSaved(null);
    setParams({ financialYear: next });
  }

  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <>
      <ErrorSummary items={summaryItems(errors, ACTIVITY_FIELDS)} focusKey={attempt} />
      <h1 className="heading-xl">Social care activity</h1>
      <p className="lead">
        The children and families social care figures that table 6 of the{' '}
        <Link to={`/annual-report?financialYear=${encodeURIComponent(year)}`}>annual report</Link> sets complaints against, one set for
        each financial year.
      </p>
      <YearForm key={yearForm.key} year={year} options={yearOptions(current, year)} onSubmit={showYear} />

      <h2 className="heading-l">Figures for {year}</h2>
      {saved?.year === year && (
        <div className="notification" role="status" tabIndex={-1} ref={savedRef}>
          <p className="notification__text">{saved.text}</p>
        </div>
      )}
      <QueryState result={result} label="social care activity figures" onRetry={refresh}>
        {(data) => {
          const figures = data.serviceActivity.find((row) => row.financialYear === year) ?? null;
          return (
            <>
              {figures ? <SavedFigures figures={figures} /> : <p>No figures saved for {year} yet.</p>}
              <FiguresForm
                key={`${year}:${figures?.id ?? 'new'}`}
                year={year}
                saved={figures}
                errors={errors}
                onErrors={(found) => {
                  setErrors(found);
                  setAttempt((n) => n + 1);
                }}
                onSaved={(text) => {
                  setErrors(noErrors());
                  setSaved({ year, text });
                }}
              />
            </>
          );
        }}
      </QueryState>

      <ServiceActivityImport
        onImported={(years) => {
          if (years.includes(year)) refresh();
        }}
      />
    </>
  );
}

function YearForm({ year, options, onSubmit }: { year: string; options: string[]; onSubmit: (year: string) => void }) {
  const [draft, setDraft] = useState(year);
  return (
    <form
      noValidate
      aria-label="Choose the year"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(draft);
      }}
    >
      <SelectField
        id="service-activity-year"
        name="financialYear"
        label="Financial year"
        hint="April to March."
        value={draft}
        onChange={setDraft}
        options={options.map((option) => ({ value: option, label: option }))}
      />
      <button type="submit" className="button button--secondary">
        Show year
      </button>
    </form>
  );
}

function SavedFigures({ figures }: { figures: ActivityFigures & { financialYear: string } }) {
  return (
    <table className="table table--numbers">
      <caption className="visually-hidden">Social care activity figures saved for {figures.financialYear}</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">Number</th>
        </tr>
      </thead>
      <tbody>
        {ACTIVITY_FIELDS.map((field) => (
          <tr key={field}>
            <th scope="row">{ACTIVITY_LABELS[field]}</th>
            <td>{numberFormat.format(figures[field])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface FiguresFormProps {
  year: string;
  saved: ActivityFigures | null;
  errors: FormErrors<ActivityField>;
  onErrors: (errors: FormErrors<ActivityField>) => void;
  onSaved: (message: string) => void;
}

const FIELD_HINTS: Readonly<Record<ActivityField, string>> = {
  referrals: 'Children and families social care referrals received in the year.',
  initialAssessments: 'Initial assessments completed in the year.',
  lookedAfterChildren: 'Looked-after children, as counted for the year.',
};

function FiguresForm({ year, saved, errors, onErrors, onSaved }: FiguresFormProps) {
  const [values, setValues] = useState<ActivityFormValues>(() => activityFormValues(saved));
  const [{ fetching: saving }, save] = useSaveServiceActivity();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const read = readActivityForm(year, values);
    if (!read.ok) {
      onErrors(read.errors);
      return;
    }
    const result = await save({ input: read.input });
    const stored = result.data?.saveServiceActivity;
    if (result.error || !stored) {
      onErrors(
        result.error
          ? errorsFromApi(result.error, { fields: ACTIVITY_LABELS, subject: 'The year', action: 'The figures were not saved' })
          : { fields: {}, form: ['The figures were not saved. Try again'] },
      );
      return;
    }
    setValues(activityFormValues(stored));
    onSaved(
      `Saved the figures for ${stored.financialYear}: ${ACTIVITY_FIELDS.map((field) => `${ACTIVITY_LABELS[field].toLowerCase()} ${numberFormat.format(stored[field])}`).join(', ')}.`,
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-labelledby="service-activity-form-heading">
      <h3 className="heading-m" id="service-activity-form-heading">
        {saved ? `Change the figures for ${year}` : `Enter the figures for ${year}`}
      </h3>
      {ACTIVITY_FIELDS.map((field) => (
        <TextField
          key={field}
          id={field}
          name={field}
          inputMode="numeric"
          label={ACTIVITY_LABELS[field]}
          hint={FIELD_HINTS[field]}
          error={errors.fields[field]}
          value={values[field]}
          onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
        />
      ))}
      <button type="submit" className="button">
        Save figures for {year}
      </button>
      <p role="status" className="form-status">
        {saving ? 'Saving the figures…' : ''}
      </p>
    </form>
  );
}
