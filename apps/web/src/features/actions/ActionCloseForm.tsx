import { CLOSING_NOTE_HINT } from '@complaints/domain';
import { useEffect, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';

export interface ActionCloseFormProps {
  idPrefix: string;
  title: string;
  note: string;
  onNoteChange: (note: string) => void;
  /** The error beside the note, and any above the form. */
  errors: { field?: string; form?: string };
  /** Changes move focus to the error summary again. */
  attempt: number;
  busy: boolean;
  onSubmit: () => void;
  onCancel: () => void;
}

export const CLOSING_NOTE_LABEL = 'Closing note';

/** Closing asks what was done: the note is required, and kept in the action's progress log. */
export function ActionCloseForm({ idPrefix, title, note, onNoteChange, errors, attempt, busy, onSubmit, onCancel }: ActionCloseFormProps) {
  const fieldId = `${idPrefix}-closingNote`;
  // Opening the form puts focus in the note.
  useEffect(() => {
    document.getElementById(fieldId)?.focus();
  }, [fieldId]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!busy) onSubmit();
  }

  const summary = [...(errors.form ? [{ message: errors.form }] : []), ...(errors.field ? [{ fieldId, message: errors.field }] : [])];

  return (
    <form className="action-close" onSubmit={handleSubmit} noValidate aria-label={`Close “${title}”`}>
      <ErrorSummary items={summary} focusKey={attempt} />
      <TextAreaField
        id={fieldId}
        label={CLOSING_NOTE_LABEL}
        hint={`${CLOSING_NOTE_HINT}. An action is closed only with a note; it stays in the progress log if the action is reopened.`}
        value={note}
        error={errors.field}
        onChange={(event) => onNoteChange(event.target.value)}
      />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          Close the action
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
        <p role="status" className="form-status">
          {busy ? 'Closing the action…' : ''}
        </p>
      </div>
    </form>
  );
}
