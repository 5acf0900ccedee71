import type { FormEvent, ReactNode } from 'react';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/ErrorSummary';
import { SelectField, type SelectOption } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { LearningActionStatus } from '../../graphql/graphql';
import { ACTION_FIELDS, FIELD_LABELS, STATUS_LABELS } from './action-labels';
import type { ActionForm as ActionFormValues, ActionFormErrors, ActionFormField } from './action-form';
import { TextAreaField } from '../../components/TextAreaField';
import { issuesInCategory } from './action-form';
import { ActionIssuesField, type IssueCategoryWithIssues } from './ActionIssuesField';

export interface ActionFormProps {
  /** Prefix of every control's id, unique on the page (e.g. "edit-12", "new-action"). */
  idPrefix: string;
  /** The form's accessible name (e.g. "Edit “Generic issues”"). */
  label: string;
  form: ActionFormValues;
  errors: ActionFormErrors;
  /** Changes to this move focus to the error summary again (a submit count). */
  attempt: number;
  onChange: (changes: Partial<ActionFormValues>) => void;
  onSubmit: () => void;
  onCancel: () => void;
  submitLabel: string;
  busy: boolean;
  busyText: string;
  serviceAreaOptions: SelectOption[];
  issueCategoryOptions: SelectOption[];
  /** The categories with their issues: the issues offered are those of the category chosen. */
  issueCategories: readonly IssueCategoryWithIssues[];
  /** Shown before the fields (the create form's financial year). */
  before?: ReactNode;
  /** The order fields appear in, for the error summary. */
  extraFields?: ActionFormField[];
  /** The statuses the form may set (statusesSetByEditing): closing and reopening are separate steps. */
  statuses: readonly LearningActionStatus[];
}

export const fieldId = (prefix: string, field: ActionFormField) => `${prefix}-${field}`;

/** The fields in the order they appear: the issues under the category. */
const FIELD_ORDER: ActionFormField[] = ACTION_FIELDS.flatMap((field) => (field === 'serviceArea' ? [field, 'issues' as const] : [field]));


/** The fields of a learning action, with their errors beside them and in a summary above. */
export function ActionForm({
  idPrefix,
  label,
  form,
  errors,
  attempt,
  onChange,
  onSubmit,
  onCancel,
  submitLabel,
  busy,
  busyText,
  serviceAreaOptions,
  issueCategoryOptions,
  issueCategories,
  before,
  extraFields = [],
  statuses,
}: ActionFormProps) {
  const statusOptions: SelectOption[] = statuses.map((status) => ({ value: status, label: STATUS_LABELS[status] }));
  const id = (field: ActionFormField) => fieldId(idPrefix, field);
  const summary: ErrorSummaryItem[] = [
    ...(errors.form ? [{ message: errors.form }] : []),
    ...[...extraFields, ...FIELD_ORDER].flatMap((field) => {
      const message = errors[field];
      return message ? [{ fieldId: id(field), message }] : [];
    }),
  ];

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!busy) onSubmit();
  }

  return (
    <form className="action-form" onSubmit={handleSubmit} noValidate aria-label={label}>
      <ErrorSummary items={summary} focusKey={attempt} />
      {before}
      <TextField
        id={id('issueIdentified')}
        label={FIELD_LABELS.issueIdentified}
        value={form.issueIdentified}
        error={errors.issueIdentified}
        onChange={(event) => onChange({ issueIdentified: event.target.value })}
      />
      <div className="action-form__row">
        <SelectField
          id={id('issueCategory')}
          label={FIELD_LABELS.issueCategory}
          options={issueCategoryOptions}
          value={form.issueCategory}
          error={errors.issueCategory}
          // Issues of another category no longer apply.
          onChange={(value) => onChange({ issueCategory: value, issues: issuesInCategory(form.issues, value, issueCategories) })}
        />
        <SelectField
          id={id('serviceArea')}
          label={FIELD_LABELS.serviceArea}
          options={serviceAreaOptions}
          value={form.serviceArea}
          error={errors.serviceArea}
          onChange={(value) => onChange({ serviceArea: value })}
        />
      </div>
      <ActionIssuesField
        id={id('issues')}
        category={form.issueCategory}
        categories={issueCategories}
        selected={form.issues}
        error={errors.issues}
        onChange={(issues) => onChange({ issues })}
      />
      <TextField
        id={id('count')}
        label={`${FIELD_LABELS.count} (optional)`}
        hint="How many complaints raised the issue"
        inputMode="numeric"
        className="input--width-5"
        value={form.count}
        error={errors.count}
        onChange={(event) => onChange({ count: event.target.value })}
      />
      <TextAreaField
        id={id('actionNeeded')}
        label={FIELD_LABELS.actionNeeded}
        value={form.actionNeeded}
        error={errors.actionNeeded}
        onChange={(event) => onChange({ actionNeeded: event.target.value })}
      />
      <TextField
        id={id('byWhom')}
        label={FIELD_LABELS.byWhom}
        hint="The person or team who owns the action, for example Service Managers"
        value={form.byWhom}
        error={errors.byWhom}
        onChange={(event) => onChange({ byWhom: event.target.value })}
      />
      <div className="action-form__row">
        <SelectField
          id={id('status')}
          label={FIELD_LABELS.status}
          hint={statuses.includes('COMPLETED') ? 'Reopen the action to change its status' : 'Close the action, with a closing note, to complete it'}
          options={statusOptions}
          value={form.status}
          error={errors.status}
          onChange={(value) => onChange({ status: value as ActionFormValues['status'] })}
        />
        <TextField
          id={id('dueDate')}
          type="date"
          label={`${FIELD_LABELS.dueDate} (optional)`}
          hint="For example, 31 March 2011"
          className="input--date"
          value={form.dueDate}
          error={errors.dueDate}
          onChange={(event) => onChange({ dueDate: event.target.value })}
        />
      </div>
      <TextAreaField
        id={id('furtherAction')}
        label={`${FIELD_LABELS.furtherAction} (optional)`}
        value={form.furtherAction}
        error={errors.furtherAction}
        onChange={(event) => onChange({ furtherAction: event.target.value })}
      />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <p role="status" className="form-status">
        {busy ? busyText : ''}
      </p>
    </form>
  );
}
