import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import type { Stage } from '../../graphql/graphql';
import { roleAt } from './case-people';
import { errorsFromApi, hasErrors, noErrors, summaryItems, type FormErrors } from './form-errors';
import { useAssignContact } from './useCaseChanges';
import { useCaseOfficersQuery } from './useCaseOfficersQuery';
import type { CaseContact } from './useContactQuery';

type AssignField = 'stage' | 'officerId';
const FIELD_NAMES: Record<AssignField, string> = { stage: 'Stage', officerId: 'Officer' };
const NOBODY = 'NONE';

export interface AssignmentsSectionProps {
  contact: CaseContact;
  headingId: string;
  /** Officers may assign. */
  canAssign: boolean;
  onAssigned: (message: string) => void;
}

/** Who handles the contact at each stage it has reached, and (for officers) a form to change one. */
export function AssignmentsSection({ contact, headingId, canAssign, onAssigned }: AssignmentsSectionProps) {
  const byStage = new Map(contact.assignments.map((a) => [a.stage, a]));
  return (
    <>
      <dl className="case-summary" aria-labelledby={headingId}>
        {contact.assignableStages.map((stage) => {
          const assignment = byStage.get(stage);
          return (
            <div className="case-summary__row" key={stage}>
              <dt className="case-summary__key">{roleAt(stage, contact.stage)}</dt>
              <dd className="case-summary__value">
                {assignment ? `${assignment.officer.name} (${assignment.officer.roleName.toLowerCase()})` : 'No one assigned'}
              </dd>
            </div>
          );
        })}
      </dl>
      {canAssign && <AssignForm contact={contact} onAssigned={onAssigned} />}
    </>
  );
}

function AssignForm({ contact, onAssigned }: { contact: CaseContact; onAssigned: (message: string) => void }) {
  const stages = contact.assignableStages;
  // The stage the contact is at now is the one most often assigned.
  const [stage, setStage] = useState<Stage>(stages[stages.length - 1] ?? 'STAGE_1');
  const current = contact.assignments.find((a) => a.stage === stage)?.officer.id ?? NOBODY;
  const [officer, setOfficer] = useState<string | null>(null);
  const chosen = officer ?? current;
  const [officers] = useCaseOfficersQuery(contact.id);
  const [errors, setErrors] = useState<FormErrors<AssignField>>(noErrors);
  const [attempt, setAttempt] = useState(0);
  const [{ fetching: saving }, assign] = useAssignContact();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const result = await assign({ id: contact.id, stage, officerId: chosen === NOBODY ? null : chosen });
    if (result.error || !result.data?.assignContact) {
      setErrors(
        result.error
          ? errorsFromApi(result.error, { fields: FIELD_NAMES, subject: 'The assignment', action: 'The officer was not assigned' })
          : { fields: {}, form: ['The officer was not assigned. Try again'] },
      );
      setAttempt((n) => n + 1);
      return;
    }
    setErrors(noErrors());
    setOfficer(null);
    const name = officers.data?.caseOfficers.find((o) => o.id === chosen)?.name;
    onAssigned(`${roleAt(stage, contact.stage)}: ${name ?? 'no one now'}`);
  }

  const options = [
    { value: NOBODY, label: 'No one' },
    ...(officers.data?.caseOfficers ?? []).map((o) => ({ value: o.id, label: `${o.name} (${o.roleName.toLowerCase()})` })),
  ];
  return (
    <form className="case-step case-assign" onSubmit={handleSubmit} noValidate aria-labelledby="assign-heading">
      {hasErrors(errors) && <ErrorSummary items={summaryItems(errors, ['stage', 'officerId'], (field) => `assign-${field}`)} focusKey={attempt} />}
      <h3 className="heading-m case-step__title" id="assign-heading">
        Assign an officer
      </h3>
      {stages.length > 1 && (
        <SelectField
          id="assign-stage"
          label="Stage"
          error={errors.fields.stage}
          options={stages.map((s) => ({ value: s, label: roleAt(s, contact.stage) }))}
          value={stage}
          onChange={(value) => {
            setStage(value as Stage);
            setOfficer(null);
          }}
        />
      )}
      <SelectField
        id="assign-officerId"
        label={stages.length > 1 ? 'Officer' : roleAt(stage, contact.stage)}
        hint={officers.fetching ? 'Loading the officers…' : 'Complaints officers, and service managers of this contact’s areas.'}
        error={errors.fields.officerId}
        options={options}
        value={chosen}
        onChange={setOfficer}
      />
      <button type="submit" className="button button--secondary">
        Assign
      </button>
      <p role="status" className="form-status">
        {saving ? 'Assigning…' : ''}
      </p>
    </form>
  );
}
