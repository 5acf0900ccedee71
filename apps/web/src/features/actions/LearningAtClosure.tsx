import { LEARNING_OUTCOME_KINDS, learningOutcomeApplies } from '@complaints/domain';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { LearningOutcomeKind } from '../../graphql/graphql';
import { RadioGroup } from '../cases/RadioGroup';
import { useReferenceOptionsQuery } from '../reference/useReferenceOptionsQuery';
import { formatDateTime } from './action-format';
import { STATUS_LABELS } from './action-labels';
import {
  hasOutcomeErrors,
  newActionYear,
  newOutcomeForm,
  OUTCOME_FIELDS,
  outcomeErrorsFromApi,
  outcomeInput,
  validateOutcomeForm,
  type ClosureContact,
  type OutcomeForm,
  type OutcomeFormErrors,
} from './learning-outcome-form';
import { useContactLearningOutcome, useOpenLearningActions, useRecordLearningOutcome, type RecordedOutcome } from './useLearningOutcome';
import './actions.css';

export interface LearningAtClosureProps {
  contact: ClosureContact;
  /** Complaints officers record the answer (as they record the response). */
  canRecord: boolean;
  /** Saved: a sentence saying so (the page shows it and moves focus to it). */
  onRecorded: (message: string) => void;
}

const ID = 'learning';
const fieldId = (field: keyof OutcomeForm) => (field === 'kind' ? `${ID}-kind` : `${ID}-${field}`);
const KIND_OPTIONS = (Object.keys(LEARNING_OUTCOME_KINDS) as LearningOutcomeKind[]).map((kind) => ({ value: kind, label: LEARNING_OUTCOME_KINDS[kind] }));

/**
 * "What was learned" on a complaint's page, once its response is recorded:
 * outstanding until an officer answers (nothing to learn, an action already in
 * the tracker, or a new action), then the answer, which an officer may change.
 * Shows nothing for other contacts.
 */
export function LearningAtClosure({ contact, canRecord, onRecorded }: LearningAtClosureProps) {
  const asked = learningOutcomeApplies({ recordTypeGroup: contact.recordType.group, responseSentDate: contact.responseSentDate ?? null });
  const [result] = useContactLearningOutcome(contact.id, !asked);
  const [changing, setChanging] = useState(false);
  const learning = result.data?.contact;
  if (!asked || !learning?.learningOutcomeAsked) return null;
  const outcome = learning.learningOutcome;

  return (
    <section className="learning-at-closure" aria-labelledby={`${ID}-heading`}>
      <h2 className="heading-l" id={`${ID}-heading`}>
        What was learned
      </h2>
      {outcome ? (
        <OutcomeSummary outcome={outcome} />
      ) : (
        <div className="inset-text inset-text--warning">
          <p>
            <strong>Outstanding:</strong> what was learned from this complaint has not been recorded yet.
            {!canRecord && ' A complaints officer records it with the response.'}
          </p>
        </div>
      )}
      {canRecord && (!outcome || changing) && (
        <OutcomeFormView
          contact={contact}
          changing={Boolean(outcome)}
          onCancel={outcome ? () => setChanging(false) : undefined}
          onSaved={() => {
            setChanging(false);
            onRecorded(outcome ? 'What was learned has been changed' : 'What was learned has been recorded');
          }}
        />
      )}
      {canRecord && outcome && !changing && (
        <button type="button" className="button button--secondary" onClick={() => setChanging(true)}>
          Change what was learned
        </button>
      )}
    </section>
  );
}

function OutcomeSummary({ outcome }: { outcome: RecordedOutcome }) {
  const action = outcome.learningAction;
  return (
    <dl className="summary-list">
      <div className="summary-list__row">
        <dt className="summary-list__key">What was learned</dt>
        <dd className="summary-list__value">{LEARNING_OUTCOME_KINDS[outcome.kind]}</dd>
      </div>
      {action && (
        <div className="summary-list__row">
          <dt className="summary-list__key">Learning action</dt>
          <dd className="summary-list__value">
            {action.issueIdentified} ({STATUS_LABELS[action.status]}, {action.financialYear}, by {action.byWhom}).{' '}
            <Link to={`/actions?owner=${encodeURIComponent(action.byWhom)}`}>
              See it in the tracker
            </Link>
          </dd>
        </div>
      )}
      {outcome.note && (
        <div className="summary-list__row">
          <dt className="summary-list__key">Note</dt>
          <dd className="summary-list__value action-card__long-text">{outcome.note}</dd>
        </div>
      )}
      <div className="summary-list__row">
        <dt className="summary-list__key">Recorded</dt>
        <dd className="summary-list__value">
          {outcome.recordedByName}, <time dateTime={outcome.recordedAt}>{formatDateTime(outcome.recordedAt)}</time>
        </dd>
      </div>
    </dl>
  );
}

interface OutcomeFormViewProps {
  contact: ClosureContact;
  changing: boolean;
  onCancel?: () => void;
  onSaved: () => void;
}

function OutcomeFormView({ contact, changing, onCancel, onSaved }: OutcomeFormViewProps) {
  const [form, setForm] = useState<OutcomeForm>(() => newOutcomeForm(contact));
  const [errors, setErrors] = useState<OutcomeFormErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [{ fetching }, record] = useRecordLearningOutcome();
  const [actions] = useOpenLearningActions(form.kind !== 'EXISTING_ACTION');
  const [options] = useReferenceOptionsQuery();
  const year = newActionYear(contact);
  const issue = contact.issues[0]?.name;
  const set = (changes: Partial<OutcomeForm>) => setForm((current) => ({ ...current, ...changes }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    const found = validateOutcomeForm(form, contact);
    setAttempt((n) => n + 1);
    setErrors(found);
    if (hasOutcomeErrors(found)) return;
    const saved = await record({ contactId: contact.id, input: outcomeInput(form, contact) });
    if (saved.data) {
      setErrors({});
      onSaved();
      return;
    }
    setErrors(saved.error ? outcomeErrorsFromApi(saved.error) : { form: 'What was learned could not be saved. Try again.' });
    setAttempt((n) => n + 1);
  }

  const summary = [
    ...(errors.form ? [{ message: errors.form }] : []),
    ...OUTCOME_FIELDS.flatMap((field) => (errors[field] ? [{ fieldId: fieldId(field), message: errors[field]! }] : [])),
  ];
  const openActions = actions.data?.learningActions ?? [];
  const areaOptions = (options.data?.serviceAreas ?? contact.serviceAreas).map((area) => ({ value: area.code, label: area.name }));

  return (
    <form className="learning-at-closure__form" onSubmit={handleSubmit} noValidate aria-label="What was learned from this complaint">
      <ErrorSummary items={summary} focusKey={attempt} />
      <RadioGroup
        name={fieldId('kind')}
        legend={changing ? 'What was learned from this complaint? Your answer replaces the one recorded.' : 'What was learned from this complaint?'}
        hint="Recording it with every response is how the annual report's learning-captured rate is counted."
        error={errors.kind}
        options={KIND_OPTIONS}
        value={form.kind}
        onChange={(kind) => set({ kind: kind as LearningOutcomeKind })}
      >
        {form.kind === 'EXISTING_ACTION' && (
          <div className="radios__conditional">
            {actions.fetching && !actions.data ? (
              <p role="status">Loading the open learning actions…</p>
            ) : openActions.length === 0 ? (
              <p>There are no open learning actions. Choose “{LEARNING_OUTCOME_KINDS.NEW_ACTION}” instead.</p>
            ) : (
              <SelectField
                id={fieldId('actionId')}
                label="Learning action"
                hint="Open and ongoing actions in the tracker"
                error={errors.actionId}
                options={[{ value: '', label: 'Choose an action' }, ...openActions.map((a) => ({ value: a.id, label: `${a.issueIdentified} (${a.financialYear}, ${a.byWhom})` }))]}
                value={form.actionId}
                onChange={(actionId) => set({ actionId })}
              />
            )}
          </div>
        )}
        {form.kind === 'NEW_ACTION' && (
          <div className="radios__conditional">
            <p className="hint">
              It goes into the tracker for {year ?? 'this year'}
              {issue ? `, answering this complaint's issue “${issue}”` : ''}.
            </p>
            <TextField id={fieldId('issueIdentified')} label="Issue identified" value={form.issueIdentified} error={errors.issueIdentified} onChange={(e) => set({ issueIdentified: e.target.value })} />
            <TextAreaField id={fieldId('actionNeeded')} label="Action needed" value={form.actionNeeded} error={errors.actionNeeded} onChange={(e) => set({ actionNeeded: e.target.value })} />
            <TextField
              id={fieldId('byWhom')}
              label="By whom"
              hint="The person or team who owns the action, for example Service Managers"
              value={form.byWhom}
              error={errors.byWhom}
              onChange={(e) => set({ byWhom: e.target.value })}
            />
            <SelectField id={fieldId('serviceArea')} label="Service area" error={errors.serviceArea} options={areaOptions} value={form.serviceArea} onChange={(serviceArea) => set({ serviceArea })} />
            <TextField
              id={fieldId('dueDate')}
              type="date"
              className="input--date"
              label="Due date (optional)"
              value={form.dueDate}
              error={errors.dueDate}
              onChange={(e) => set({ dueDate: e.target.value })}
            />
          </div>
        )}
      </RadioGroup>
      <TextAreaField id={fieldId('note')} label="Anything to add (optional)" hint="For example, why there is nothing to learn" value={form.note} error={errors.note} onChange={(e) => set({ note: e.target.value })} />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={fetching || undefined}>
          Save what was learned
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
        <p role="status" className="form-status">
          {fetching ? 'Saving…' : ''}
        </p>
      </div>
    </form>
  );
}
