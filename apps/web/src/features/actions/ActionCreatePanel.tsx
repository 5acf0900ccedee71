import { useEffect, useRef, useState } from 'react';
import { TextField } from '../../components/TextField';
import type { CurrentUser } from '../auth/current-user';
import { allowedServiceAreas, issueCategoryChoices, serviceAreaChoices } from './action-choices';
import {
  actionErrorsFromApi,
  createInput,
  hasErrors,
  isDirty,
  newActionForm,
  validateNewActionForm,
  type ActionFormErrors,
  type NewActionForm,
} from './action-form';
import { currentFinancialYear, statusesSetByEditing } from '@complaints/domain';
import { useCreateLearningAction } from './action-mutations';
import { ActionForm, fieldId } from './ActionForm';
import type { ReferenceOptions } from '../reference/useReferenceOptionsQuery';
import type { ActionRecord } from './useLearningActionsQuery';

export interface ActionCreatePanelProps {
  user: CurrentUser;
  options: ReferenceOptions | undefined;
  onCreated: (action: ActionRecord) => void;
  onCancel: () => void;
  onDirtyChange: (dirty: boolean) => void;
  /** Whether the form shows errors now (the page title then starts "Error:"). */
  onErrorsChange: (showing: boolean) => void;
  /** Changes when the person tried to edit an action while this form has unsaved changes. */
  blockedKey: number;
}

const ID_PREFIX = 'new-action';

/** Records a new learning action (Open, this financial year, unless chosen otherwise). */
export function ActionCreatePanel({ user, options, onCreated, onCancel, onDirtyChange, onErrorsChange, blockedKey }: ActionCreatePanelProps) {
  const [start] = useState<NewActionForm>(() => {
    const own = allowedServiceAreas(user);
    return newActionForm(currentFinancialYear(), own?.length === 1 ? own[0] : '');
  });
  const [form, setForm] = useState<NewActionForm>(start);
  const [errors, setErrors] = useState<ActionFormErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [{ fetching }, create] = useCreateLearningAction();

  const dirty = isDirty(start, form) || start.financialYear !== form.financialYear;
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);
  const showingErrors = hasErrors(errors);
  useEffect(() => onErrorsChange(showingErrors), [showingErrors, onErrorsChange]);
  useEffect(() => () => onErrorsChange(false), [onErrorsChange]);

  const blockedRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.getElementById(fieldId(ID_PREFIX, 'financialYear'))?.focus();
  }, []);

  useEffect(() => {
    if (blockedKey > 0) blockedRef.current?.focus();
  }, [blockedKey]);

  async function handleSubmit() {
    const found = validateNewActionForm(form, user.role === 'SERVICE_MANAGER');
    setAttempt((n) => n + 1);
    setErrors(found);
    if (hasErrors(found)) return;
    const result = await create({ input: createInput(form) });
    if (result.data) {
      onCreated(result.data.createLearningAction);
      return;
    }
    setErrors(result.error ? actionErrorsFromApi(result.error, 'saved') : { form: 'The action could not be saved. Try again.' });
    setAttempt((n) => n + 1);
  }

  return (
    <section className="action-create" aria-labelledby="new-action-heading">
      <h3 className="heading-m" id="new-action-heading">
        Add a learning action
      </h3>
      {blockedKey > 0 && dirty && (
        <div className="inset-text inset-text--warning" role="alert" tabIndex={-1} ref={blockedRef}>
          <p>Save or cancel this new action before you edit another one.</p>
        </div>
      )}
      <ActionForm
        idPrefix={ID_PREFIX}
        label="Add a learning action"
        form={form}
        errors={errors}
        attempt={attempt}
        onChange={(changes) => setForm((current) => ({ ...current, ...changes }))}
        onSubmit={() => void handleSubmit()}
        onCancel={onCancel}
        submitLabel="Save the action"
        busy={fetching}
        busyText="Saving the action…"
        serviceAreaOptions={serviceAreaChoices(options?.serviceAreas ?? [], user, null)}
        issueCategoryOptions={issueCategoryChoices(options?.issueCategories ?? [], null)}
        issueCategories={options?.issueCategories ?? []}
        extraFields={['financialYear']}
        statuses={statusesSetByEditing(null)}
        before={
          <TextField
            id={fieldId(ID_PREFIX, 'financialYear')}
            label="Financial year"
            hint="The year the issue was identified in, for example 2010/11"
            className="input--width-10"
            spellCheck={false}
            value={form.financialYear}
            error={errors.financialYear}
            onChange={(event) => setForm((current) => ({ ...current, financialYear: event.target.value }))}
          />
        }
      />
    </section>
  );
}
