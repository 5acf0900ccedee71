import { instantFromLondonLocal, riskLevel, todayIso } from '@complaints/domain';
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { graphql } from '../../graphql';
import type { RecordFormOptions } from '../reference/useReferenceOptionsQuery';
import { RadioGroup } from '../cases/RadioGroup';
import type { FormErrors } from '../cases/form-errors';
import { IcoClock } from './IcoClock';
import { fieldId, validateIncidentForm, type ActionValues, type IncidentField, type IncidentFormValues } from './incident-form';
import { ENCRYPTION_STATES, ICO_DECISIONS, INCIDENT_ACTION_KINDS, INCIDENT_FORMATS, optionsOf, RISK_LEVELS, SUBJECTS_DECISIONS } from './lost-information-labels';

const LearningActionChoicesDocument = graphql(`
  query LostInformationLearningActionChoices {
    learningActions {
      id
      financialYear
      issueIdentified
    }
  }
`);

const SCORES = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));

export interface IncidentFormProps {
  initial: IncidentFormValues;
  options: RecordFormOptions;
  errors: FormErrors<IncidentField>;
  onErrors: (errors: FormErrors<IncidentField>, values: IncidentFormValues) => void;
  /** Sends the checked values; resolves when the save has finished either way. */
  onSave: (values: IncidentFormValues) => Promise<void>;
  saving: boolean;
  submitLabel: string;
  /** Editing an existing incident: its reference cannot change. */
  editing?: boolean;
}

/**
 * The whole incident on one page, in the order the work is done: what was
 * lost, the risk, the ICO decision (with its live 72-hour clock), telling the
 * people affected, containment and recovery, lessons, closure. Errors sit
 * beside their fields (aria-describedby) and in the summary above.
 */
export function IncidentForm({ initial, options, errors, onErrors, onSave, saving, submitLabel, editing = false }: IncidentFormProps) {
  const [values, setValues] = useState<IncidentFormValues>(initial);
  const [learningChoices] = useQuery({ query: LearningActionChoicesDocument });
  const { fields } = errors;
  const today = todayIso();
  const update = (changes: Partial<IncidentFormValues>) => setValues((current) => ({ ...current, ...changes }));
  const updateAction = (index: number, changes: Partial<ActionValues>) =>
    update({ actions: values.actions.map((a, i) => (i === index ? { ...a, ...changes } : a)) });
  const discovered = values.discoveredAt ? instantFromLondonLocal(values.discoveredAt) : null;
  const level = riskLevel(values.likelihood ? Number(values.likelihood) : null, values.severity ? Number(values.severity) : null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const found = validateIncidentForm(values, new Date());
    if (Object.keys(found.fields).length || found.form.length) {
      onErrors(found, values);
      return;
    }
    await onSave(values);
  }

  const timeField = (field: 'occurredAt' | 'discoveredAt' | 'icoDecidedAt' | 'icoNotifiedAt', label: string, hint: string) => (
    <TextField
      id={field}
      name={field}
      type="datetime-local"
      label={label}
      hint={hint}
      error={fields[field]}
      value={values[field]}
      onChange={(event) => update({ [field]: event.target.value })}
    />
  );

  return (
    <form onSubmit={handleSubmit} noValidate className="li-form">
      <h2 className="heading-m">What happened</h2>
      {!editing && (
        <TextField
          id="reference"
          name="reference"
          label="Reference (optional)"
          hint="Leave blank to have one made, for example LI/2026/0001."
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          error={fields.reference}
          value={values.reference}
          onChange={(event) => update({ reference: event.target.value })}
        />
      )}
      {timeField('discoveredAt', 'When it was discovered', 'Date and time, London time. The 72 hours for the ICO decision start here.')}
      {discovered && (
        <p role="status">
          <IcoClock incident={{ discoveredAt: discovered.toISOString(), icoDecision: values.icoDecision || null, icoDecidedAt: isoOf(values.icoDecidedAt), icoNotifiedAt: isoOf(values.icoNotifiedAt) }} />
        </p>
      )}
      {timeField('occurredAt', 'When it happened (optional)', 'If known. It cannot be after it was discovered.')}
      <SelectField
        id="format"
        label="Format"
        hint="How the information was held or sent."
        error={fields.format}
        options={[{ value: '', label: 'Choose the format' }, ...optionsOf(INCIDENT_FORMATS)]}
        value={values.format}
        onChange={(format) => update({ format: format as IncidentFormValues['format'] })}
      />
      <TextAreaField
        id="dataDescription"
        name="dataDescription"
        label="What information was lost"
        hint="The kinds of information, for example names, addresses and health details. Do not copy the information itself."
        maxLength={2000}
        error={fields.dataDescription}
        value={values.dataDescription}
        onChange={(event) => update({ dataDescription: event.target.value })}
      />
      <TextField
        id="peopleAffected"
        name="peopleAffected"
        inputMode="numeric"
        className="input--width-5"
        label="About how many people is it about"
        error={fields.peopleAffected}
        value={values.peopleAffected}
        onChange={(event) => update({ peopleAffected: event.target.value })}
      />
      <RadioGroup
        name="encrypted"
        legend="Was it encrypted?"
        error={fields.encrypted}
        options={optionsOf(ENCRYPTION_STATES)}
        value={values.encrypted}
        onChange={(encrypted) => update({ encrypted: encrypted as IncidentFormValues['encrypted'] })}
      />
      <TextField
        id="reportedBy"
        name="reportedBy"
        label="Reported by"
        hint="Name or role of the person who reported it."
        maxLength={200}
        error={fields.reportedBy}
        value={values.reportedBy}
        onChange={(event) => update({ reportedBy: event.target.value })}
      />
      <SelectField
        id="serviceArea"
        label="Service area"
        hint="Where it happened. Its service manager can read the incident."
        error={fields.serviceArea}
        options={[{ value: '', label: 'Choose the service area' }, ...options.serviceAreas.map((a) => ({ value: a.code, label: a.name }))]}
        value={values.serviceArea}
        onChange={(serviceArea) => update({ serviceArea })}
      />

      <h2 className="heading-m">Risk of harm</h2>
      <p>Score each from 1 (remote, minimal) to 5 (almost certain, severe).</p>
      <SelectField
        id="likelihood"
        label="Likelihood of harm (optional until assessed)"
        error={fields.likelihood}
        options={[{ value: '', label: 'Not assessed' }, ...SCORES]}
        value={values.likelihood}
        onChange={(likelihood) => update({ likelihood })}
      />
      <SelectField
        id="severity"
        label="Severity of harm (optional until assessed)"
        error={fields.severity}
        options={[{ value: '', label: 'Not assessed' }, ...SCORES]}
        value={values.severity}
        onChange={(severity) => update({ severity })}
      />
      <p role="status">Risk level: {level ? RISK_LEVELS[level] : 'not assessed yet'}</p>

      <h2 className="heading-m">Information Commissioner’s Office (article 33)</h2>
      <RadioGroup
        name="icoDecision"
        legend="ICO decision (leave unanswered until it is made)"
        error={fields.icoDecision}
        options={optionsOf(ICO_DECISIONS)}
        value={values.icoDecision}
        onChange={(icoDecision) => update({ icoDecision: icoDecision as IncidentFormValues['icoDecision'] })}
      />
      <TextAreaField
        id="icoDecisionReason"
        name="icoDecisionReason"
        label="Reason for the decision"
        hint="Needed when not notifying, for example: encrypted, recovered unopened."
        maxLength={2000}
        error={fields.icoDecisionReason}
        value={values.icoDecisionReason}
        onChange={(event) => update({ icoDecisionReason: event.target.value })}
      />
      {timeField('icoDecidedAt', 'When the ICO decision was made', 'Date and time, London time.')}
      {timeField('icoNotifiedAt', 'When the ICO was notified', 'Only when the decision is to notify.')}

      <h2 className="heading-m">The people affected (article 34)</h2>
      <RadioGroup
        name="subjectsDecision"
        legend="Are the people affected told? (leave unanswered until decided)"
        error={fields.subjectsDecision}
        options={optionsOf(SUBJECTS_DECISIONS)}
        value={values.subjectsDecision}
        onChange={(subjectsDecision) => update({ subjectsDecision: subjectsDecision as IncidentFormValues['subjectsDecision'] })}
      />
      <TextAreaField
        id="subjectsDecisionReason"
        name="subjectsDecisionReason"
        label="Reason (optional)"
        maxLength={2000}
        error={fields.subjectsDecisionReason}
        value={values.subjectsDecisionReason}
        onChange={(event) => update({ subjectsDecisionReason: event.target.value })}
      />
      <TextField
        id="subjectsToldOn"
        name="subjectsToldOn"
        type="date"
        label="Date the people affected were told"
        max={today}
        error={fields.subjectsToldOn}
        value={values.subjectsToldOn}
        onChange={(event) => update({ subjectsToldOn: event.target.value })}
      />

      <h2 className="heading-m">Containment and recovery</h2>
      {values.actions.length === 0 && <p>No actions listed yet.</p>}
      {values.actions.map((action, index) => (
        <fieldset className="fieldset li-action" key={index}>
          <legend className="fieldset__legend">Action {index + 1}</legend>
          <SelectField
            id={fieldId(`actions.${index}.kind`)}
            label="Kind of action"
            error={fields[`actions.${index}.kind`]}
            options={[{ value: '', label: 'Choose the kind' }, ...optionsOf(INCIDENT_ACTION_KINDS)]}
            value={action.kind}
            onChange={(kind) => updateAction(index, { kind: kind as ActionValues['kind'] })}
          />
          <TextAreaField
            id={fieldId(`actions.${index}.description`)}
            label="What was done"
            rows={2}
            maxLength={2000}
            error={fields[`actions.${index}.description`]}
            value={action.description}
            onChange={(event) => updateAction(index, { description: event.target.value })}
          />
          <TextField
            id={fieldId(`actions.${index}.takenOn`)}
            type="date"
            label="Date taken"
            max={today}
            error={fields[`actions.${index}.takenOn`]}
            value={action.takenOn}
            onChange={(event) => updateAction(index, { takenOn: event.target.value })}
          />
          <button type="button" className="button button--secondary" onClick={() => update({ actions: values.actions.filter((_, i) => i !== index) })}>
            Remove action {index + 1}
          </button>
        </fieldset>
      ))}
      <p>
        <button type="button" className="button button--secondary" onClick={() => update({ actions: [...values.actions, { kind: '', description: '', takenOn: today }] })}>
          Add an action
        </button>
      </p>

      <h2 className="heading-m">Lessons learned</h2>
      <TextAreaField
        id="lessonsLearned"
        name="lessonsLearned"
        label="What was learned (optional)"
        maxLength={2000}
        error={fields.lessonsLearned}
        value={values.lessonsLearned}
        onChange={(event) => update({ lessonsLearned: event.target.value })}
      />
      {learningChoices.data && learningChoices.data.learningActions.length > 0 && (
        <CheckboxGroup
          name="learningActionIds"
          legend="Learning actions that take the lessons forward (optional)"
          hint="From the learning-action tracker."
          options={learningChoices.data.learningActions.map((a) => ({ value: a.id, label: `${a.issueIdentified} (${a.financialYear})` }))}
          selected={values.learningActionIds}
          onChange={(learningActionIds) => update({ learningActionIds })}
        />
      )}
      {fields.learningActionIds && (
        <p className="error-message" id="learningActionIds-error">
          <span className="visually-hidden">Error:</span> {fields.learningActionIds}
        </p>
      )}

      <h2 className="heading-m">Closure</h2>
      <TextField
        id="closedOn"
        name="closedOn"
        type="date"
        label="Date closed (optional)"
        hint="Close only when both decisions are recorded and carried out."
        max={today}
        error={fields.closedOn}
        value={values.closedOn}
        onChange={(event) => update({ closedOn: event.target.value })}
      />

      <button type="submit" className="button">
        {submitLabel}
      </button>
      <p role="status" className="form-status">
        {saving ? 'Saving the incident…' : ''}
      </p>
    </form>
  );
}

function isoOf(local: string): string | null {
  return local ? (instantFromLondonLocal(local)?.toISOString() ?? null) : null;
}
