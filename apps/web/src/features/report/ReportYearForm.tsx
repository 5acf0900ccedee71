import { useState, type FormEvent } from 'react';
import { SelectField } from '../../components/SelectField';

export interface ReportYearFormProps {
  /** The year shown now. */
  year: string;
  /** The years to offer, newest first. */
  options: readonly string[];
  /** Years offered that have no contacts recorded (labelled so). */
  yearsWithData: readonly string[];
  onSubmit: (year: string) => void;
}

/**
 * Choose the financial year; "Show report" puts it in the address. A button
 * rather than acting on change, so moving through the options with the
 * keyboard does not reload the report at every step.
 */
export function ReportYearForm({ year, options, yearsWithData, onSubmit }: ReportYearFormProps) {
  const [draft, setDraft] = useState(year);
  const withData = new Set(yearsWithData);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(draft);
  }

  return (
    <form className="report-controls" onSubmit={submit} noValidate aria-label="Choose the year">
      <SelectField
        id="report-year"
        name="year"
        label="Financial year"
        hint="April to March. The years with contacts recorded are listed, newest first."
        value={draft}
        onChange={setDraft}
        options={options.map((option) => ({
          value: option,
          label: withData.has(option) || !yearsWithData.length ? option : `${option} (no contacts recorded)`,
        }))}
      />
      <button type="submit" className="button">
        Show report
      </button>
    </form>
  );
}
