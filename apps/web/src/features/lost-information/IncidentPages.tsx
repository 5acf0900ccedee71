import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ACCESS, mayUse } from '../../app/access';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { useSignedInUser } from '../auth/current-user';
import { errorsFromApi, hasErrors, noErrors, summaryItems, type FormErrors } from '../cases/form-errors';
import { useRecordFormOptionsQuery } from '../reference/useReferenceOptionsQuery';
import { IncidentDetails } from './IncidentDetails';
import { IncidentForm } from './IncidentForm';
import { EMPTY_INCIDENT_FORM, fieldId, fieldOrder, fromIncident, INCIDENT_FIELD_NAMES, incidentInput, type IncidentField, type IncidentFormValues } from './incident-form';
import { incidentPath, REGISTER_PATH } from './lost-information-labels';
import { useLostInformationIncident, useRecordLostInformationIncident, useUpdateLostInformationIncident } from './useLostInformation';
import './lost-information.css';

function BackLink() {
  return (
    <p>
      <Link to={REGISTER_PATH}>Back to lost information</Link>
    </p>
  );
}

/** Errors from the API put beside the form's fields, action rows included. */
function apiErrors(error: Parameters<typeof errorsFromApi>[0], values: IncidentFormValues, action: string): FormErrors<IncidentField> {
  const names: Record<string, string> = { ...INCIDENT_FIELD_NAMES };
  values.actions.forEach((_, i) => {
    names[`actions.${i}.kind`] = `Action ${i + 1} kind`;
    names[`actions.${i}.description`] = `Action ${i + 1}`;
    names[`actions.${i}.takenOn`] = `Action ${i + 1} date`;
  });
  return errorsFromApi(error, { fields: names as Record<IncidentField, string>, subject: 'The incident', action });
}

/** /lost-information/new: complaints officers record an incident. */
export function RecordIncidentPage() {
  const user = useSignedInUser();
  const navigate = useNavigate();
  const [options, reexecute] = useRecordFormOptionsQuery();
  const [{ fetching: saving }, record] = useRecordLostInformationIncident();
  const [errors, setErrors] = useState<FormErrors<IncidentField>>(noErrors);
  const [order, setOrder] = useState<IncidentField[]>(fieldOrder(EMPTY_INCIDENT_FORM));
  const [attempt, setAttempt] = useState(0);
  useDocumentTitle('Record a lost-information incident', hasErrors(errors));
  if (!mayUse(user.role, ACCESS.LOST_INFORMATION_WRITE)) {
    return (
      <>
        <h1 className="heading-xl">You cannot use this page</h1>
        <p>Only complaints officers record lost-information incidents.</p>
        <BackLink />
      </>
    );
  }
  const show = (found: FormErrors<IncidentField>, values: IncidentFormValues) => {
    setOrder(fieldOrder(values));
    setErrors(found);
    setAttempt((n) => n + 1);
  };
  return (
    <>
      <ErrorSummary items={summaryItems(errors, order, fieldId)} focusKey={attempt} />
      <BackLink />
      <h1 className="heading-xl">Record a lost-information incident</h1>
      <p className="lead">Record it as soon as you know: the ICO decision is due 72 hours after the loss was discovered.</p>
      <QueryState result={options} label="choices for the form" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(data) => (
          <IncidentForm
            initial={EMPTY_INCIDENT_FORM}
            options={data}
            errors={errors}
            onErrors={show}
            saving={saving}
            submitLabel="Record incident"
            onSave={async (values) => {
              const result = await record({ input: incidentInput(values) });
              const saved = result.data?.recordLostInformationIncident;
              if (result.error || !saved) {
                show(result.error ? apiErrors(result.error, values, 'The incident was not recorded') : { fields: {}, form: ['The incident was not recorded. Try again'] }, values);
                return;
              }
              navigate(incidentPath(saved.id), { state: { saved: saved.reference } });
            }}
          />
        )}
      </QueryState>
    </>
  );
}

/** /lost-information/:id: officers edit the incident; service managers read it. */
export function IncidentPage() {
  const { id = '' } = useParams();
  const user = useSignedInUser();
  const location = useLocation();
  const [result, reexecute] = useLostInformationIncident(id);
  const [{ fetching: saving }, save] = useUpdateLostInformationIncident();
  const [errors, setErrors] = useState<FormErrors<IncidentField>>(noErrors);
  const [order, setOrder] = useState<IncidentField[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [savedAt, setSavedAt] = useState<string | null>((location.state as { saved?: string } | null)?.saved ? 'recorded' : null);
  const incident = result.data?.lostInformationIncident;
  const mayEdit = mayUse(user.role, ACCESS.LOST_INFORMATION_WRITE);
  useDocumentTitle(incident ? `Incident ${incident.reference}` : 'Lost-information incident', hasErrors(errors));
  const [options] = useRecordFormOptionsQuery();
  const show = (found: FormErrors<IncidentField>, values: IncidentFormValues) => {
    setOrder(fieldOrder(values));
    setErrors(found);
    setAttempt((n) => n + 1);
    setSavedAt(null);
  };

  return (
    <>
      <ErrorSummary items={summaryItems(errors, order, fieldId)} focusKey={attempt} />
      <BackLink />
      <QueryState
        result={result}
        label="incident"
        isEmpty={(data) => !data.lostInformationIncident}
        empty="There is no incident with this address that you may see."
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {(data) => {
          const i = data.lostInformationIncident!;
          return (
            <>
              <h1 className="heading-xl">Incident {i.reference}</h1>
              {savedAt && (
                <div className="inset-text" role="status">
                  <p>The incident was {savedAt}.</p>
                </div>
              )}
              {mayEdit && options.data ? (
                <IncidentForm
                  key={i.id}
                  editing
                  initial={fromIncident(i)}
                  options={options.data}
                  errors={errors}
                  onErrors={show}
                  saving={saving}
                  submitLabel="Save changes"
                  onSave={async (values) => {
                    const saved = await save({ id: i.id, input: incidentInput(values) });
                    if (saved.error || !saved.data) {
                      show(saved.error ? apiErrors(saved.error, values, 'The changes were not saved') : { fields: {}, form: ['The changes were not saved. Try again'] }, values);
                      return;
                    }
                    setErrors(noErrors());
                    setSavedAt('saved');
                  }}
                />
              ) : (
                <IncidentDetails incident={i} />
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
