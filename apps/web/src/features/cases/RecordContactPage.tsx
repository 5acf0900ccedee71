import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ACCESS, mayUse } from '../../app/access';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useSignedInUser } from '../auth/current-user';
import { isIsoDate, todayIso } from '@complaints/domain';
import { codesOf, COMPLAINANT_TYPES, OUTCOMES, RESPONSE_OUTCOMES } from './case-labels';
import { contactPath } from '@complaints/domain';
import { ComplainantFields } from './ComplainantFields';
import {
  CONTACT_FIELD_NAMES,
  CONTACT_FIELDS,
  contactFieldId,
  contactInput,
  EMPTY_CONTACT_FORM,
  MAX_SUMMARY_LENGTH,
  needsOutcome,
  validateContactForm,
  type ContactField,
  type ContactFormValues,
} from './contact-form';
import { unreadableDates } from './dom';
import { errorsFromApi, hasErrors, noErrors, summaryItems, type FormErrors } from './form-errors';
import { GroupedSelectField } from './GroupedSelectField';
import { RadioGroup } from './RadioGroup';
import { TextAreaField } from '../../components/TextAreaField';
import { optionsInUseOn, useRecordFormOptionsQuery, type RecordFormOptions } from '../reference/useReferenceOptionsQuery';
import { useCreateContact } from './useCreateContact';
import './cases.css';

const DATE_FIELDS = ['receivedDate', 'acknowledgementSentDate', 'responseSentDate'] as const;

/** /cases/new: record a complaint, enquiry, compliment or other contact. Complaints officers only. */
export function RecordContactPage() {
  const user = useSignedInUser();
  if (!mayUse(user.role, ACCESS.CASES_WRITE)) return <NotAllowed />;
  return <RecordContact />;
}

function NotAllowed() {
  useDocumentTitle('You cannot use this page');
  return (
    <>
      <h1 className="heading-xl">You cannot use this page</h1>
      <p>Only complaints officers record contacts. You can still read the cases of your service areas.</p>
      <p>
        <Link to="/cases">Go to case work</Link>
      </p>
    </>
  );
}

function RecordContact() {
  const [options, reexecute] = useRecordFormOptionsQuery();
  const [errors, setErrors] = useState<FormErrors<ContactField>>(noErrors);
  const [attempt, setAttempt] = useState(0);
  useDocumentTitle('Record a contact', hasErrors(errors));

  return (
    <>
      <ErrorSummary items={summaryItems(errors, CONTACT_FIELDS, contactFieldId)} focusKey={attempt} />
      <p>
        <Link to="/cases" className="case-back-link">
          Back to case work
        </Link>
      </p>
      <h1 className="heading-xl">Record a contact</h1>
      <p className="lead">A complaint, enquiry, compliment or other contact to Children&rsquo;s Services.</p>
      <p>The acknowledgement and response due dates are worked out from the date it was received.</p>
      <QueryState result={options} label="choices for the form" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(data) => (
          <ContactForm
            options={data}
            errors={errors}
            onErrors={(found) => {
              setErrors(found);
              setAttempt((n) => n + 1);
            }}
          />
        )}
      </QueryState>
    </>
  );
}

interface ContactFormProps {
  options: RecordFormOptions;
  errors: FormErrors<ContactField>;
  onErrors: (errors: FormErrors<ContactField>) => void;
}

function issueLabel(category: string, issue: string): string {
  return issue.toLowerCase().startsWith(category.toLowerCase()) ? issue : `${category}: ${issue}`;
}

function ContactForm({ options, errors, onErrors }: ContactFormProps) {
  const navigate = useNavigate();
  const [{ fetching: saving }, createContact] = useCreateContact();
  const [values, setValues] = useState<ContactFormValues>(EMPTY_CONTACT_FORM);
  const today = todayIso();
  const { fields } = errors;
  const showOutcome = needsOutcome(values, options.recordTypes);

  function update(changes: Partial<ContactFormValues>) {
    setValues((current) => ({ ...current, ...changes }));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const found = validateContactForm(values, {
      today,
      recordTypes: options.recordTypes,
      unreadableDates: unreadableDates(event.currentTarget, DATE_FIELDS),
    });
    if (hasErrors(found)) {
      onErrors(found);
      return;
    }
    const result = await createContact({ input: contactInput(values, options.recordTypes) });
    const created = result.data?.createContact;
    if (result.error || !created) {
      const found = result.error
        ? errorsFromApi(result.error, { fields: CONTACT_FIELD_NAMES, subject: 'The contact', action: 'The contact was not recorded' })
        : { fields: {}, form: ['The contact was not recorded. Try again'] };
      // The outcome question shows only with a complaint's response date: otherwise its message goes above the form.
      if (found.fields.outcome && !showOutcome) {
        found.form.push(found.fields.outcome);
        delete found.fields.outcome;
      }
      onErrors(found);
      return;
    }
    navigate(contactPath(created.reference), { state: { recorded: created.reference } });
  }

  // Values retired by the received date (today until one is given) are not offered; the ones chosen stay.
  const chosen = [values.recordType, values.channel, values.primaryServiceArea, ...values.furtherServiceAreas, values.primaryIssue, ...values.furtherIssues];
  const choices = optionsInUseOn(options, isIsoDate(values.receivedDate) ? values.receivedDate : today, chosen);
  const serviceAreas = choices.serviceAreas.map((area) => ({ value: area.code, label: area.name }));
  const issueGroups = choices.issueCategories.map((category) => ({
    label: category.name,
    options: category.issues.map((issue) => ({ value: issue.code, label: issue.name })),
  }));
  const allIssues = choices.issueCategories.flatMap((category) =>
    category.issues.map((issue) => ({ value: issue.code, label: issueLabel(category.name, issue.name) })),
  );

  return (
    <form onSubmit={handleSubmit} noValidate className="case-form">
      <h2 className="heading-m">The contact</h2>
      <SelectField
        id="recordType"
        name="recordType"
        label="Record type"
        error={fields.recordType}
        options={[{ value: '', label: 'Choose a record type' }, ...choices.recordTypes.map((t) => ({ value: t.code, label: t.name }))]}
        value={values.recordType}
        onChange={(recordType) => update({ recordType })}
      />
      <SelectField
        id="channel"
        name="channel"
        label="How it was received"
        error={fields.channel}
        options={[{ value: '', label: 'Choose how it was received' }, ...choices.channels.map((c) => ({ value: c.code, label: c.name }))]}
        value={values.channel}
        onChange={(channel) => update({ channel })}
      />
      <TextField
        id="receivedDate"
        name="receivedDate"
        type="date"
        className="input--date"
        label="Date received"
        hint="The day the council received it, for example 27 March 2010."
        max={today}
        error={fields.receivedDate}
        value={values.receivedDate}
        onChange={(event) => update({ receivedDate: event.target.value })}
      />
      <RadioGroup
        name="complainantType"
        legend="Who made the contact"
        error={fields.complainantType}
        options={codesOf(COMPLAINANT_TYPES).map((code) => ({ value: code, label: COMPLAINANT_TYPES[code] }))}
        value={values.complainantType}
        onChange={(code) => update({ complainantType: code as ContactFormValues['complainantType'] })}
      />

      <h2 className="heading-m">The complainant (optional)</h2>
      <p className="hint">
        Who they are and how to reach them. Personal data: only complaints officers and the service manager for the area see it. Leave it blank if
        they asked not to be named; you can add it later.
      </p>
      <ComplainantFields
        values={values.complainant}
        surnameHint="Needed with any of these details. Officers find contacts by it."
        errors={{
          givenName: fields['complainant.givenName'],
          familyName: fields['complainant.familyName'],
          relationshipToChild: fields['complainant.relationshipToChild'],
          email: fields['complainant.email'],
          phone: fields['complainant.phone'],
          address: fields['complainant.address'],
          preferredContactMethod: fields['complainant.preferredContactMethod'],
          reasonableAdjustments: fields['complainant.reasonableAdjustments'],
        }}
        onChange={(changes) => update({ complainant: { ...values.complainant, ...changes } })}
      />

      <h2 className="heading-m">What it is about</h2>
      <SelectField
        id="serviceAreas"
        name="serviceAreas"
        label="Main service area"
        hint="The service the contact is mostly about."
        error={fields.serviceAreas}
        options={[{ value: '', label: 'Choose the main service area' }, ...serviceAreas]}
        value={values.primaryServiceArea}
        onChange={(primaryServiceArea) => update({ primaryServiceArea })}
      />
      <CheckboxGroup
        name="furtherServiceAreas"
        legend="Other service areas it names (optional)"
        options={serviceAreas.filter((area) => area.value !== values.primaryServiceArea)}
        selected={values.furtherServiceAreas}
        onChange={(furtherServiceAreas) => update({ furtherServiceAreas })}
      />
      <GroupedSelectField
        id="issues"
        label="Main issue"
        hint="What the contact is mostly about, under its category."
        placeholder="Choose the main issue"
        error={fields.issues}
        groups={issueGroups}
        value={values.primaryIssue}
        onChange={(primaryIssue) => update({ primaryIssue })}
      />
      <div className="case-form__columns">
        <CheckboxGroup
          name="furtherIssues"
          legend="Other issues it raises (optional)"
          options={allIssues.filter((issue) => issue.value !== values.primaryIssue)}
          selected={values.furtherIssues}
          onChange={(furtherIssues) => update({ furtherIssues })}
        />
      </div>
      <TextAreaField
        id="summary"
        name="summary"
        label="Summary (optional)"
        hint="What the contact says, in a few lines. Include only the personal details needed to deal with it."
        rows={5}
        error={fields.summary}
        value={values.summary}
        maxLength={MAX_SUMMARY_LENGTH}
        onChange={(event) => update({ summary: event.target.value })}
      />

      <h2 className="heading-m">Steps already taken</h2>
      <p className="hint">Leave these blank if they have not happened yet: you can record them on the contact&rsquo;s page later.</p>
      <TextField
        id="acknowledgementSentDate"
        name="acknowledgementSentDate"
        type="date"
        className="input--date"
        label="Date the acknowledgement was sent (optional)"
        max={today}
        error={fields.acknowledgementSentDate}
        value={values.acknowledgementSentDate}
        onChange={(event) => update({ acknowledgementSentDate: event.target.value })}
      />
      <TextField
        id="responseSentDate"
        name="responseSentDate"
        type="date"
        className="input--date"
        label="Date the response was sent (optional)"
        max={today}
        error={fields.responseSentDate}
        value={values.responseSentDate}
        onChange={(event) => update({ responseSentDate: event.target.value })}
      />
      {showOutcome && (
        <RadioGroup
          name="outcome"
          legend="Outcome of the response"
          hint="A complaint's response upholds it, partly upholds it or does not."
          error={fields.outcome}
          options={RESPONSE_OUTCOMES.map((code) => ({ value: code, label: OUTCOMES[code] }))}
          value={values.outcome}
          onChange={(outcome) => update({ outcome: outcome as ContactFormValues['outcome'] })}
        />
      )}

      <button type="submit" className="button">
        Record contact
      </button>
      <p role="status" className="form-status">
        {saving ? 'Recording the contact…' : ''}
      </p>
    </form>
  );
}
