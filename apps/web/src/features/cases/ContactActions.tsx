import { useState, type FormEvent } from 'react';
import type { CombinedError } from 'urql';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import type { EscalationStage, Outcome } from '../../graphql/graphql';
import { formatDate } from './case-dates';
import { OUTCOMES, RESPONSE_OUTCOMES } from './case-labels';
import { EMPTY_STEP, nextSteps, validateStep, type NextStep, type StepValues } from './contact-steps';
import { unreadableDates } from './dom';
import { errorsFromApi, hasErrors, noErrors, summaryItems, type FormErrors } from './form-errors';
import { RadioGroup } from './RadioGroup';
import type { CaseContact } from './useContactQuery';
import { useContactSteps } from './useContactSteps';

type StepFormField = 'date' | 'outcome' | 'extended';

export interface ContactActionsProps {
  contact: CaseContact;
  today: string;
  /** A step was recorded: say so and show the contact as it now stands. */
  onRecorded: (message: string) => void;
}

/**
 * The steps an officer may record next, each a small form. Only one form
 * shows errors at a time (the error summary's heading id is fixed), and a
 * step's errors go when another is tried.
 */
export function ContactActions({ contact, today, onRecorded }: ContactActionsProps) {
  const steps = nextSteps(contact);
  const [failed, setFailed] = useState<{ key: string; errors: FormErrors<StepFormField>; attempt: number } | null>(null);

  if (steps.length === 0) {
    return <p>There is nothing more to record for this contact.</p>;
  }
  return (
    <ul className="list case-steps">
      {steps.map((step) => (
        <li key={step.key} className="case-step">
          <StepForm
            step={step}
            contact={contact}
            today={today}
            errors={failed?.key === step.key ? failed : null}
            onErrors={(errors) => setFailed((previous) => (hasErrors(errors) ? { key: step.key, errors, attempt: (previous?.attempt ?? 0) + 1 } : null))}
            onRecorded={onRecorded}
          />
        </li>
      ))}
    </ul>
  );
}

interface StepFormProps {
  step: NextStep;
  contact: CaseContact;
  today: string;
  errors: { errors: FormErrors<StepFormField>; attempt: number } | null;
  onErrors: (errors: FormErrors<StepFormField>) => void;
  onRecorded: (message: string) => void;
}

function StepForm({ step, contact, today, errors, onErrors, onRecorded }: StepFormProps) {
  const [values, setValues] = useState<StepValues>(EMPTY_STEP);
  const mutations = useContactSteps();
  const ids = { heading: `${step.key}-heading`, date: `${step.key}-date`, outcome: `${step.key}-outcome`, extended: `${step.key}-extended` };
  const fields = errors?.errors.fields ?? {};
  const latest = step.notBefore.reduce<{ date: string; label: string } | null>((max, limit) => (!max || limit.date > max.date ? limit : max), null);

  function run(): Promise<{ error?: CombinedError | undefined }> {
    const outcome = (values.outcome || null) as Outcome | null;
    switch (step.kind) {
      case 'ACKNOWLEDGE':
        return mutations.acknowledge({ id: contact.id, sentDate: values.date });
      case 'RESPOND':
        return mutations.respond({ id: contact.id, sentDate: values.date, outcome: step.needsOutcome ? outcome : null });
      case 'EXTEND':
        return mutations.extend({ id: contact.id });
      case 'ESCALATE':
        return mutations.escalate({ id: contact.id, stage: step.stage as EscalationStage, requestedDate: values.date, extended: step.mayExtend && values.extended });
      case 'PANEL':
        return mutations.panel({ escalationId: step.escalation.id, date: values.date });
      case 'ESCALATION_RESPONSE':
        return mutations.escalationResponse({ escalationId: step.escalation.id, sentDate: values.date, outcome: outcome as Outcome });
      case 'WITHDRAW':
        return mutations.withdraw({ id: contact.id, date: values.date });
    }
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutations.fetching) return;
    const unreadable = unreadableDates(event.currentTarget, [ids.date]).size > 0;
    const found = validateStep(step, values, today, unreadable);
    if (found.date || found.outcome) {
      onErrors({ fields: found, form: [] });
      return;
    }
    const result = await run();
    if (result.error) {
      const apiFields: Record<string, string> = { outcome: 'Outcome', extended: 'The extended timescale' };
      if (step.dateField) apiFields[step.dateField] = step.dateLabel;
      const fromApi = errorsFromApi(result.error, { fields: apiFields, subject: 'This contact', action: 'Nothing was recorded' });
      const { outcome, extended, ...dates } = fromApi.fields;
      onErrors({
        fields: { date: step.dateField ? dates[step.dateField] : undefined, outcome, extended },
        form: fromApi.form,
      });
      return;
    }
    onErrors(noErrors());
    setValues(EMPTY_STEP);
    onRecorded(step.done);
  }

  const summary = summaryItems(errors?.errors ?? noErrors<StepFormField>(), ['date', 'outcome', 'extended'], (field) => ids[field]);

  return (
    <form className="case-step__form" onSubmit={handleSubmit} noValidate aria-labelledby={ids.heading}>
      {errors && <ErrorSummary items={summary} focusKey={errors.attempt} />}
      <h3 className="case-step__title" id={ids.heading}>
        {step.title}
      </h3>
      {step.kind === 'EXTEND' && contact.responseDueDate && (
        <p>
          The response is due by {formatDate(contact.responseDueDate)}. Extending the timescale gives the longer time the rules allow (for
          example 20 working days instead of 10). It must be done by the due date.
        </p>
      )}
      {step.kind === 'WITHDRAW' && <p>Record this when the complainant says they no longer want the complaint dealt with.</p>}
      {step.dateField && (
        <TextField
          id={ids.date}
          name={ids.date}
          type="date"
          className="input--date"
          label={step.dateLabel}
          hint={latest ? `On or after ${formatDate(latest.date)}, ${latest.label}.` : undefined}
          min={latest?.date}
          max={today}
          error={fields.date}
          value={values.date}
          onChange={(event) => setValues({ ...values, date: event.target.value })}
        />
      )}
      {step.needsOutcome && (
        <RadioGroup
          name={ids.outcome}
          legend="Outcome of the response"
          error={fields.outcome}
          options={RESPONSE_OUTCOMES.map((code) => ({ value: code, label: OUTCOMES[code] }))}
          value={values.outcome}
          onChange={(outcome) => setValues({ ...values, outcome })}
        />
      )}
      {step.mayExtend && (
        <div className={fields.extended ? 'form-group form-group--error' : 'form-group'}>
          {fields.extended && (
            <p className="error-message" id={`${ids.extended}-error`}>
              <span className="visually-hidden">Error:</span> {fields.extended}
            </p>
          )}
          <div className="checkboxes__item">
            <input
              className="checkboxes__input"
              type="checkbox"
              id={ids.extended}
              checked={values.extended}
              aria-describedby={fields.extended ? `${ids.extended}-error` : undefined}
              onChange={(event) => setValues({ ...values, extended: event.target.checked })}
            />
            <label className="checkboxes__label" htmlFor={ids.extended}>
              Agreed the extended timescale: 65 working days instead of 25
            </label>
          </div>
        </div>
      )}
      <button type="submit" className={step.kind === 'WITHDRAW' ? 'button button--secondary' : 'button'}>
        {step.button}
      </button>
    </form>
  );
}
