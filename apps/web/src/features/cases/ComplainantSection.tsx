import { useState, type FormEvent, type ReactNode } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { displayName } from './case-people';
import { PREFERRED_CONTACT_METHODS } from './case-labels';
import { ComplainantFields } from './ComplainantFields';
import {
  complainantFieldId,
  COMPLAINANT_FIELD_NAMES,
  COMPLAINANT_FIELDS,
  complainantInput,
  complainantValues,
  validateComplainant,
  type ComplainantFormValues,
} from './complainant-form';
import { errorsFromApi, hasErrors, noErrors, summaryItems, type FormErrors } from './form-errors';
import { useSaveComplainant } from './useCaseChanges';
import type { CaseContact } from './useContactQuery';
import type { ComplainantField } from '@complaints/domain';

export interface ComplainantSectionProps {
  contact: CaseContact;
  headingId: string;
  /** Officers may add or change the details. */
  canEdit: boolean;
  onSaved: (message: string) => void;
}

/** Who the complainant is: personal data, shown to officers and the area's service manager only. */
export function ComplainantSection({ contact, headingId, canEdit, onSaved }: ComplainantSectionProps) {
  const [editing, setEditing] = useState(false);
  const complainant = contact.complainant;
  return (
    <>
      <p className="hint">Personal data: only complaints officers and the service manager for this area see it. It is never in reports, charts or exports.</p>
      {complainant ? (
        <dl className="case-summary" aria-labelledby={headingId}>
          <Row term="Name">{displayName(complainant)}</Row>
          <Row term="Relationship to the child">{complainant.relationshipToChild ?? 'Not recorded'}</Row>
          <Row term="Email address">{complainant.email ?? 'Not recorded'}</Row>
          <Row term="Phone number">{complainant.phone ?? 'Not recorded'}</Row>
          <Row term="Postal address">{complainant.address ? <span className="case-summary__text">{complainant.address}</span> : 'Not recorded'}</Row>
          <Row term="How they would like to be contacted">
            {complainant.preferredContactMethod ? PREFERRED_CONTACT_METHODS[complainant.preferredContactMethod] : 'Not said'}
          </Row>
          <Row term="Reasonable adjustments">
            {complainant.reasonableAdjustments ? <span className="case-summary__text">{complainant.reasonableAdjustments}</span> : 'None recorded'}
          </Row>
        </dl>
      ) : (
        <p>No details of the complainant are recorded.</p>
      )}
      {canEdit &&
        (editing ? (
          <ComplainantForm
            contact={contact}
            onDone={(message) => {
              setEditing(false);
              if (message) onSaved(message);
            }}
          />
        ) : (
          <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
            {complainant ? 'Change the complainant’s details' : 'Add the complainant’s details'}
          </button>
        ))}
    </>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="case-summary__row">
      <dt className="case-summary__key">{term}</dt>
      <dd className="case-summary__value">{children}</dd>
    </div>
  );
}

const ID_PREFIX = 'edit-complainant';

function ComplainantForm({ contact, onDone }: { contact: CaseContact; onDone: (message: string | null) => void }) {
  const [values, setValues] = useState<ComplainantFormValues>(() => complainantValues(contact.complainant));
  const [errors, setErrors] = useState<FormErrors<ComplainantField>>(noErrors);
  const [attempt, setAttempt] = useState(0);
  const [{ fetching: saving }, save] = useSaveComplainant();

  function fail(found: FormErrors<ComplainantField>) {
    setErrors(found);
    setAttempt((n) => n + 1);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const found = validateComplainant(values);
    if (hasErrors(found)) return fail(found);
    const result = await save({ contactId: contact.id, input: complainantInput(values) });
    if (result.error || !result.data?.saveComplainant) {
      return fail(
        result.error
          ? errorsFromApi(result.error, { fields: COMPLAINANT_FIELD_NAMES, subject: 'The complainant', action: "The complainant's details were not saved" })
          : { fields: {}, form: ["The complainant's details were not saved. Try again"] },
      );
    }
    onDone("Complainant's details saved");
  }

  return (
    <form className="case-step" onSubmit={handleSubmit} noValidate aria-labelledby="complainant-form-heading">
      <ErrorSummary items={summaryItems(errors, COMPLAINANT_FIELDS, (field) => complainantFieldId(field, ID_PREFIX))} focusKey={attempt} />
      <h3 className="heading-m case-step__title" id="complainant-form-heading">
        The complainant’s details
      </h3>
      <ComplainantFields values={values} errors={errors.fields} idPrefix={ID_PREFIX} onChange={(changes) => setValues((current) => ({ ...current, ...changes }))} />
      <div className="case-as-of__buttons">
        <button type="submit" className="button">
          Save the complainant’s details
        </button>
        <button type="button" className="button-link" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
      <p role="status" className="form-status">
        {saving ? 'Saving…' : ''}
      </p>
    </form>
  );
}
