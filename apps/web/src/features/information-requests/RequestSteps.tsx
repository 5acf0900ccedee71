import { useState, type FormEvent } from 'react';
import type { CombinedError } from 'urql';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { ClockPauseReason } from '../../graphql/graphql';
import { formatDate } from '../cases/case-dates';
import { unreadableDates } from '../cases/dom';
import { errorsFromApi, hasErrors, noErrors, summaryItems, type FormErrors } from '../cases/form-errors';
import { RadioGroup } from '../cases/RadioGroup';
import { PAUSE_EFFECT_HINTS, PAUSE_REASON_LABELS } from './request-labels';
import { doneMessage, earliestDate, EMPTY_STEP, MAX_REASON_LENGTH, requestSteps, validateStep, type RequestStep, type StepField, type StepValues } from './request-steps';
import type { RequestData } from './useInformationRequestQuery';
import { useRequestSteps } from './useRequestMutations';

export interface RequestStepsProps {
  request: RequestData;
  today: string;
  /** A step was recorded: say so (the page shows the request as it now stands). */
  onRecorded: (message: string) => void;
}

const FIELD_ORDER: StepField[] = ['pauseReason', 'date', 'reason'];

/**
 * The steps an officer may record next, each a small form. Only one form shows
 * errors at a time (the error summary's heading id is fixed), and a step's
 * errors go when another is tried.
 */
export function RequestSteps({ request, today, onRecorded }: RequestStepsProps) {
  const steps = requestSteps(request);
  const [failed, setFailed] = useState<{ kind: string; errors: FormErrors<StepField>; attempt: number } | null>(null);
  if (steps.length === 0) return <p>There is nothing more to record for this request.</p>;
  return (
    <ul className="list ir-steps">
      {steps.map((step) => (
        <li key={step.kind} className="ir-step">
          <StepForm
            step={step}
            request={request}
            today={today}
            errors={failed?.kind === step.kind ? failed : null}
            onErrors={(errors) => setFailed((previous) => (hasErrors(errors) ? { kind: step.kind, errors, attempt: (previous?.attempt ?? 0) + 1 } : null))}
            onRecorded={onRecorded}
          />
        </li>
      ))}
    </ul>
  );
}

interface StepFormProps {
  step: RequestStep;
  request: RequestData;
  today: string;
  errors: { errors: FormErrors<StepField>; attempt: number } | null;
  onErrors: (errors: FormErrors<StepField>) => void;
  onRecorded: (message: string) => void;
}

const INTRO: Partial<Record<RequestStep['kind'], string>> = {
  RESUME: 'Record the day the proof of identity, clarification or fee arrived. The due date is worked out again from it.',
  PAUSE: 'Record this when the requester has been asked for something the time limit waits for.',
  WITHDRAW: 'Record this when the requester no longer wants an answer, or when what they were asked for never came.',
};

function StepForm({ step, request, today, errors, onErrors, onRecorded }: StepFormProps) {
  const [values, setValues] = useState<StepValues>(EMPTY_STEP);
  const mutations = useRequestSteps();
  const key = step.kind.toLowerCase();
  const ids: Record<StepField, string> & { heading: string } = { heading: `${key}-heading`, date: `${key}-date`, reason: `${key}-reason`, pauseReason: `${key}-pause-reason` };
  const fields = errors?.errors.fields ?? {};
  const earliest = earliestDate(step);
  const set = (changes: Partial<StepValues>) => setValues((current) => ({ ...current, ...changes }));

  function run(): Promise<{ error?: CombinedError | undefined; data?: Record<string, RequestData | null | undefined> }> {
    const id = request.id;
    switch (step.kind) {
      case 'ACKNOWLEDGE':
        return mutations.acknowledge({ id, date: values.date });
      case 'RESPOND':
        return mutations.respond({ id, date: values.date });
      case 'EXTEND':
        return mutations.extend({ id, reason: values.reason.trim() });
      case 'PAUSE':
        return mutations.pause({ id, reason: values.pauseReason as ClockPauseReason, date: values.date });
      case 'RESUME':
        return mutations.resume({ id, date: values.date });
      case 'WITHDRAW':
        return mutations.withdraw({ id, date: values.date, reason: values.reason.trim() || null });
    }
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutations.fetching) return;
    const found = validateStep(step, values, today, unreadableDates(event.currentTarget, [ids.date]).size > 0);
    if (Object.keys(found).length) {
      onErrors({ fields: found, form: [] });
      return;
    }
    const result = await run();
    if (result.error) {
      // The API names the pause's reason `reason`, as it does an extension's or a withdrawal's.
      const apiFields: Record<string, string> = { reason: step.kind === 'PAUSE' ? 'What the requester was asked for' : 'The reason' };
      if (step.date) apiFields[step.date.apiField] = step.date.label;
      const fromApi = errorsFromApi(result.error, { fields: apiFields, subject: 'This request', action: 'Nothing was recorded' });
      const date = step.date ? fromApi.fields[step.date.apiField] : undefined;
      const reason = fromApi.fields.reason;
      onErrors({ fields: step.kind === 'PAUSE' ? { date, pauseReason: reason } : { date, reason }, form: fromApi.form });
      return;
    }
    const after = result.data ? Object.values(result.data)[0] : null;
    onErrors(noErrors());
    setValues(EMPTY_STEP);
    onRecorded(doneMessage(step, after ?? request));
  }

  const summary = summaryItems(errors?.errors ?? noErrors<StepField>(), FIELD_ORDER, (field) => ids[field]);
  const dateHint = [earliest && `On or after ${formatDate(earliest.date)}, ${earliest.label}`, step.notAfter && `on or before ${formatDate(step.notAfter.date)}, ${step.notAfter.label}`]
    .filter(Boolean)
    .join('; ');

  return (
    <form className="ir-step__form" onSubmit={handleSubmit} noValidate aria-labelledby={ids.heading}>
      {errors && <ErrorSummary items={summary} focusKey={errors.attempt} />}
      <h3 className="ir-step__title" id={ids.heading}>
        {step.title}
      </h3>
      {INTRO[step.kind] && <p>{INTRO[step.kind]}</p>}
      {step.kind === 'EXTEND' && (
        <p>
          It is due on {formatDate(request.dueDate)}. Extending gives the longer time the law allows (for FOI, 20 more working days to consider the public
          interest; for access to records, three months in all for a complex request). The requester must be told why before the due date.
        </p>
      )}
      {step.kind === 'PAUSE' && (
        <RadioGroup
          name={ids.pauseReason}
          legend="What the requester was asked for"
          error={fields.pauseReason}
          options={step.pauseReasons.map((option) => ({ value: option.reason, label: `${PAUSE_REASON_LABELS[option.reason]}. ${PAUSE_EFFECT_HINTS[option.effect]}` }))}
          value={values.pauseReason}
          onChange={(pauseReason) => set({ pauseReason: pauseReason as ClockPauseReason })}
        />
      )}
      {step.date && (
        <TextField
          id={ids.date}
          name={ids.date}
          type="date"
          className="ir-input--date"
          label={step.date.label}
          hint={dateHint ? `${dateHint}.` : undefined}
          min={earliest?.date}
          max={step.notAfter && step.notAfter.date < today ? step.notAfter.date : today}
          error={fields.date}
          value={values.date}
          onChange={(event) => set({ date: event.target.value })}
        />
      )}
      {step.reason && (
        <TextAreaField
          id={ids.reason}
          name={ids.reason}
          label={step.reason.label}
          rows={3}
          maxLength={MAX_REASON_LENGTH}
          error={fields.reason}
          value={values.reason}
          onChange={(event) => set({ reason: event.target.value })}
        />
      )}
      <button type="submit" className={step.kind === 'WITHDRAW' ? 'button button--secondary' : 'button'}>
        {step.button}
      </button>
    </form>
  );
}
