import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { isIsoDate, todayIso } from '@complaints/domain';
import { ACCESS, mayUse } from '../../app/access';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { InformationRequestKind } from '../../graphql/graphql';
import { useSignedInUser } from '../auth/current-user';
import { unreadableDates } from '../cases/dom';
import { errorsFromApi, hasErrors, noErrors, summaryItems, type FormErrors } from '../cases/form-errors';
import { RadioGroup } from '../cases/RadioGroup';
import { optionsInUseOn, useRecordFormOptionsQuery, type RecordFormOptions } from '../reference/useReferenceOptionsQuery';
import { EMPTY_REQUEST_FORM, LIMITS, REQUEST_FIELD_NAMES, REQUEST_FIELDS, requestInput, validateRequestForm, type RequestField, type RequestFormValues } from './request-form';
import { KIND_LABELS, REQUESTER_TYPE_LABELS, codesOf } from './request-labels';
import { REGISTER_PATH, requestPath } from './request-path';
import { useRecordInformationRequest } from './useRequestMutations';
import './information-requests.css';

const DATE_FIELDS = ['receivedDate', 'acknowledgedDate'] as const;

/** /information-requests/new: record an FOI or access-to-records request. Complaints officers only. */
export function RecordRequestPage() {
  const user = useSignedInUser();
  if (!mayUse(user.role, ACCESS.CASES_WRITE)) return <NotAllowed />;
  return <RecordRequest />;
}

function NotAllowed() {
  useDocumentTitle('You cannot use this page');
  return (
    <>
      <h1 className="heading-xl">You cannot use this page</h1>
      <p>Only complaints officers record information requests.</p>
      <p>
        <Link to={REGISTER_PATH}>Go to information requests</Link>
      </p>
    </>
  );
}

function RecordRequest() {
  const [options, reexecute] = useRecordFormOptionsQuery();
  const [errors, setErrors] = useState<FormErrors<RequestField>>(noErrors);
  const [attempt, setAttempt] = useState(0);
  useDocumentTitle('Record an information request', hasErrors(errors));

  return (
    <>
      <ErrorSummary items={summaryItems(errors, REQUEST_FIELDS)} focusKey={attempt} />
      <p>
        <Link to={REGISTER_PATH} className="ir-back-link">
          Back to information requests
        </Link>
      </p>
      <h1 className="heading-xl">Record an information request</h1>
      <p className="lead">A Freedom of Information request, or a request to see social care records (subject access).</p>
      <p>The due date is worked out from the date it was received and the law in force then.</p>
      <QueryState result={options} label="choices for the form" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(data) => (
          <RequestForm
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

interface RequestFormProps {
  options: RecordFormOptions;
  errors: FormErrors<RequestField>;
  onErrors: (errors: FormErrors<RequestField>) => void;
}

function RequestForm({ options, errors, onErrors }: RequestFormProps) {
  const navigate = useNavigate();
  const [{ fetching: saving }, record] = useRecordInformationRequest();
  const [values, setValues] = useState<RequestFormValues>(EMPTY_REQUEST_FORM);
  const today = todayIso();
  const { fields } = errors;
  const update = (changes: Partial<RequestFormValues>) => setValues((current) => ({ ...current, ...changes }));
  // Service areas retired by the received date (today until one is given) are not offered; the one chosen stays.
  const serviceAreas = optionsInUseOn(options, isIsoDate(values.receivedDate) ? values.receivedDate : today, [values.serviceArea]).serviceAreas;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const found = validateRequestForm(values, today, unreadableDates(event.currentTarget, DATE_FIELDS));
    if (hasErrors(found)) {
      onErrors(found);
      return;
    }
    const result = await record({ input: requestInput(values) });
    const saved = result.data?.recordInformationRequest;
    if (result.error || !saved) {
      onErrors(
        result.error
          ? errorsFromApi(result.error, { fields: REQUEST_FIELD_NAMES, subject: 'The request', action: 'The request was not recorded' })
          : { fields: {}, form: ['The request was not recorded. Try again'] },
      );
      return;
    }
    navigate(requestPath(saved.reference), { state: { recorded: saved.reference } });
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="ir-form">
      <h2 className="heading-m">The request</h2>
      <RadioGroup
        name="kind"
        legend="Kind of request"
        error={fields.kind}
        options={codesOf(KIND_LABELS).map((code) => ({ value: code, label: KIND_LABELS[code] }))}
        value={values.kind}
        onChange={(kind) => update({ kind: kind as InformationRequestKind })}
      />
      <TextField
        id="receivedDate"
        name="receivedDate"
        type="date"
        className="ir-input--date"
        label="Date received"
        hint="The day the council received it, for example 2 November 2026."
        max={today}
        error={fields.receivedDate}
        value={values.receivedDate}
        onChange={(event) => update({ receivedDate: event.target.value })}
      />
      <SelectField
        id="serviceArea"
        label="Service area"
        hint="The service whose information is asked for. Its service manager can read the request."
        error={fields.serviceArea}
        options={[{ value: '', label: 'Choose the service area' }, ...serviceAreas.map((area) => ({ value: area.code, label: area.name }))]}
        value={values.serviceArea}
        onChange={(serviceArea) => update({ serviceArea })}
      />
      <TextAreaField
        id="summary"
        name="summary"
        label="What was asked for (optional)"
        hint="In a few lines. Include only the personal details needed to deal with it."
        rows={4}
        maxLength={LIMITS.summary}
        error={fields.summary}
        value={values.summary}
        onChange={(event) => update({ summary: event.target.value })}
      />
      <TextField
        id="jointWithDirectorate"
        name="jointWithDirectorate"
        label="Answered jointly with another directorate (optional)"
        hint="For example Adult Services."
        maxLength={LIMITS.jointWithDirectorate}
        error={fields.jointWithDirectorate}
        value={values.jointWithDirectorate}
        onChange={(event) => update({ jointWithDirectorate: event.target.value })}
      />

      <h2 className="heading-m">Who asked</h2>
      <SelectField
        id="requesterType"
        label="Who asked"
        error={fields.requesterType}
        options={[{ value: '', label: 'Choose who asked' }, ...codesOf(REQUESTER_TYPE_LABELS).map((code) => ({ value: code, label: REQUESTER_TYPE_LABELS[code] }))]}
        value={values.requesterType}
        onChange={(requesterType) => update({ requesterType: requesterType as RequestFormValues['requesterType'] })}
      />
      <TextField
        id="requesterName"
        name="requesterName"
        label="Requester’s name (optional)"
        hint="Shown only to complaints officers and the service area’s manager, never in counts or reports."
        autoComplete="off"
        maxLength={LIMITS.requesterName}
        error={fields.requesterName}
        value={values.requesterName}
        onChange={(event) => update({ requesterName: event.target.value })}
      />

      <h2 className="heading-m">Reference and acknowledgement</h2>
      <TextField
        id="reference"
        name="reference"
        label="Reference (optional)"
        hint="Leave blank to have one made, for example FOI/2026/0001."
        autoComplete="off"
        spellCheck={false}
        maxLength={LIMITS.reference}
        error={fields.reference}
        value={values.reference}
        onChange={(event) => update({ reference: event.target.value })}
      />
      <TextField
        id="acknowledgedDate"
        name="acknowledgedDate"
        type="date"
        className="ir-input--date"
        label="Date acknowledged (optional)"
        hint="Leave blank if it has not been acknowledged yet: you can record it on the request’s page."
        max={today}
        error={fields.acknowledgedDate}
        value={values.acknowledgedDate}
        onChange={(event) => update({ acknowledgedDate: event.target.value })}
      />

      <button type="submit" className="button">
        Record request
      </button>
      <p role="status" className="form-status">
        {saving ? 'Recording the request…' : ''}
      </p>
    </form>
  );
}
