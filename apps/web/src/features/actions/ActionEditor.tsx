import { statusesSetByEditing } from '@complaints/domain';
import { useEffect, useRef, useState } from 'react';
import type { CurrentUser } from '../auth/current-user';
import { issueCategoryChoices, serviceAreaChoices } from './action-choices';
import { compareWithConflict, type ActionConflict } from './action-conflict';
import {
  actionErrorsFromApi,
  formOf,
  hasErrors,
  isDirty,
  updateInput,
  validateActionForm,
  valuesFromForm,
  valuesOf,
  type ActionForm as ActionFormValues,
  type ActionFormErrors,
  type ActionValues,
} from './action-form';
import type { ReferenceNames } from './action-format';
import { useUpdateLearningAction } from './action-mutations';
import { ActionForm, fieldId } from './ActionForm';
import type { ReferenceOptions } from '../reference/useReferenceOptionsQuery';
import type { ActionRecord } from './useLearningActionsQuery';
import { ConflictAlert } from './ConflictAlert';

export interface ActionEditorProps {
  action: ActionRecord;
  user: CurrentUser;
  options: ReferenceOptions | undefined;
  names: ReferenceNames | undefined;
  /** Saved (or nothing left to save): a sentence saying what happened. */
  onSaved: (message: string) => void;
  onCancel: () => void;
  onDirtyChange: (dirty: boolean) => void;
  /** Whether the form shows errors now (the page title then starts "Error:"). */
  onErrorsChange: (showing: boolean) => void;
  /** Changes when the person tried to edit another action with unsaved changes here. */
  blockedKey: number;
}

interface Loaded {
  /** The version the edit is based on: what "your changes" are measured from. */
  base: ActionValues;
  /** The stored version as last known (after a conflict, theirs), and its version number. */
  current: ActionValues;
  expectedVersion: number;
}

/**
 * Inline edit of one action. Saves only the fields changed (a partial update
 * at the version loaded); a VersionConflict shows who changed what, with "Use their
 * version" (reload the form with theirs) and "Apply my changes again" (send
 * yours at their version).
 */
export function ActionEditor({ action, user, options, names, onSaved, onCancel, onDirtyChange, onErrorsChange, blockedKey }: ActionEditorProps) {
  const idPrefix = `edit-${action.id}`;
  const [loaded, setLoaded] = useState<Loaded>(() => {
    const values = valuesOf(action);
    return { base: values, current: values, expectedVersion: action.version };
  });
  const [start, setStart] = useState<ActionFormValues>(() => formOf(loaded.base));
  const [form, setForm] = useState<ActionFormValues>(start);
  const [errors, setErrors] = useState<ActionFormErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState<{ conflict: ActionConflict; mine: ActionValues } | null>(null);
  /** The record the form's choices come from: the action, or their version once taken. */
  const [shown, setShown] = useState<ActionRecord>(action);
  const [reloadedVersion, setReloadedVersion] = useState<number | null>(null);
  const [{ fetching: saving }, update] = useUpdateLearningAction();
  const reloadedRef = useRef<HTMLParagraphElement>(null);
  const blockedRef = useRef<HTMLDivElement>(null);
  const firstField = useRef<HTMLElement | null>(null);

  const dirty = isDirty(start, form);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);
  const showingErrors = hasErrors(errors);
  useEffect(() => onErrorsChange(showingErrors), [showingErrors, onErrorsChange]);
  useEffect(() => () => onErrorsChange(false), [onErrorsChange]);

  // Opening the editor puts focus in its first field.
  useEffect(() => {
    firstField.current = document.getElementById(fieldId(idPrefix, 'issueIdentified'));
    firstField.current?.focus();
  }, [idPrefix]);

  useEffect(() => {
    if (reloadedVersion !== null) reloadedRef.current?.focus();
  }, [reloadedVersion]);

  useEffect(() => {
    if (blockedKey > 0) blockedRef.current?.focus();
  }, [blockedKey]);

  /** Sends the fields changed from `state.base`; `theirs` is set when applying them again after a conflict. */
  async function save(mine: ActionValues, state: Loaded, afterConflict = false) {
    const input = updateInput(state.base, mine, state.current);
    if (Object.keys(input).length === 0) {
      if (afterConflict) {
        onSaved('Their version already has your changes, so there was nothing more to save.');
      } else {
        setErrors({ form: 'You have not changed anything. Change a field, or cancel.' });
        setAttempt((n) => n + 1);
      }
      return;
    }
    const result = await update({ id: action.id, expectedVersion: state.expectedVersion, input });
    const answer = result.data?.updateLearningAction;
    if (answer?.__typename === 'LearningAction') {
      onSaved('Your changes have been saved.');
      return;
    }
    if (answer?.__typename === 'VersionConflict') {
      setErrors({});
      setReloadedVersion(null);
      setConflict({ conflict: answer, mine });
      return;
    }
    setConflict(null);
    setErrors(result.error ? actionErrorsFromApi(result.error) : { form: 'Your changes could not be saved. Try again.' });
    setAttempt((n) => n + 1);
  }

  function handleSubmit() {
    const found = validateActionForm(form, {
      financialYear: action.financialYear,
      serviceAreaRequired: user.role === 'SERVICE_MANAGER',
    });
    setAttempt((n) => n + 1);
    setErrors(found);
    if (hasErrors(found)) return;
    void save(valuesFromForm(form), loaded);
  }

  function takeTheirVersion() {
    if (!conflict) return;
    const { current } = conflict.conflict;
    setShown(current);
    const values = valuesOf(current);
    const next = formOf(values);
    setLoaded({ base: values, current: values, expectedVersion: current.version });
    setStart(next);
    setForm(next);
    setErrors({});
    setConflict(null);
    setReloadedVersion(current.version);
  }

  function applyMineAgain() {
    if (!conflict) return;
    const { current } = conflict.conflict;
    const next: Loaded = { base: loaded.base, current: valuesOf(current), expectedVersion: current.version };
    setLoaded(next);
    void save(conflict.mine, next, true);
  }

  const areas = options?.serviceAreas ?? [];
  const categories = options?.issueCategories ?? [];

  return (
    <div className="action-editor">
      {blockedKey > 0 && dirty && (
        <div className="inset-text inset-text--warning" role="alert" tabIndex={-1} ref={blockedRef}>
          <p>Save or cancel your changes to this action before you edit another one.</p>
        </div>
      )}
      {conflict && (
        <ConflictAlert
          idPrefix={idPrefix}
          conflict={conflict.conflict}
          comparison={compareWithConflict(conflict.conflict, loaded.base, conflict.mine, names)}
          notSaved="Your changes have not been saved."
          applyLabel="Apply my changes again"
          onUseTheirs={takeTheirVersion}
          onApplyMine={applyMineAgain}
          busy={saving}
        />
      )}
      {reloadedVersion !== null && (
        <p className="notification notification__text" role="status" tabIndex={-1} ref={reloadedRef}>
          The form now shows their version (version {reloadedVersion}). Make your changes again, or cancel.
        </p>
      )}
      <ActionForm
        idPrefix={idPrefix}
        label={`Edit “${action.issueIdentified}”`}
        form={form}
        errors={errors}
        attempt={attempt}
        onChange={(changes) => setForm((current) => ({ ...current, ...changes }))}
        onSubmit={handleSubmit}
        onCancel={onCancel}
        submitLabel="Save changes"
        busy={saving}
        busyText="Saving your changes…"
        serviceAreaOptions={serviceAreaChoices(areas, user, shown.serviceArea)}
        issueCategoryOptions={issueCategoryChoices(categories, shown.issueCategory)}
        issueCategories={categories}
        statuses={statusesSetByEditing(shown.status)}
      />
    </div>
  );
}
