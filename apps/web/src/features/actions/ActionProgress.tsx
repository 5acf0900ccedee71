import { LEARNING_ACTION_PROGRESS_KINDS } from '@complaints/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';
import { formatDateTime, plural } from './action-format';
import { useAddLearningActionProgress } from './action-mutations';
import { noteError, noteErrorsFromApi } from './progress-form';
import type { ProgressEntry } from './useLearningActionsQuery';

export interface ActionProgressProps {
  idPrefix: string;
  actionId: string;
  title: string;
  entries: readonly ProgressEntry[];
  /** The API's viewerCan.addProgress: a writer, on an action not yet completed. */
  canAdd: boolean;
}

const LABEL = 'Progress made';

/**
 * An action's progress log, newest first: who, when and what, with each
 * closing (its note) and reopening; and, for those who may, a field to record
 * progress. Entries are only added, so saving never meets a version conflict.
 */
export function ActionProgress({ idPrefix, actionId, title, entries, canAdd }: ActionProgressProps) {
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ field?: string; form?: string }>({});
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, add] = useAddLearningActionProgress();
  const savedRef = useRef<HTMLParagraphElement>(null);
  const headingId = `${idPrefix}-progress-heading`;
  const fieldId = `${idPrefix}-progress-text`;

  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    setSaved(false);
    const problem = noteError(LABEL, text, 'Enter the progress made');
    setAttempt((n) => n + 1);
    if (problem) {
      setErrors({ field: problem });
      return;
    }
    const result = await add({ id: actionId, text: text.trim() });
    if (result.data) {
      setErrors({});
      setText('');
      setSaved(true);
      return;
    }
    setErrors(result.error ? noteErrorsFromApi(result.error, 'text', LABEL) : { form: 'The progress could not be saved. Try again.' });
  }

  const summary = [...(errors.form ? [{ message: errors.form }] : []), ...(errors.field ? [{ fieldId, message: errors.field }] : [])];

  return (
    <section className="action-progress" aria-labelledby={headingId}>
      <h4 className="action-progress__heading" id={headingId}>
        Progress<span className="visually-hidden"> on “{title}”</span> ({plural(entries.length, 'entry', 'entries')})
      </h4>
      {entries.length === 0 ? (
        <p className="hint-inline">No progress has been recorded yet.</p>
      ) : (
        <ol className="list action-progress__list">
          {entries.map((entry) => (
            <li key={entry.id} className={`action-progress__entry action-progress__entry--${entry.kind.toLowerCase()}`}>
              <p className="action-progress__meta">
                <strong>{LEARNING_ACTION_PROGRESS_KINDS[entry.kind]}</strong>: {entry.authorName},{' '}
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </p>
              {entry.text && <p className="action-progress__text">{entry.text}</p>}
            </li>
          ))}
        </ol>
      )}
      {canAdd && (
        <form className="action-progress__form" onSubmit={handleSubmit} noValidate aria-label={`Record progress on “${title}”`}>
          <ErrorSummary items={summary} focusKey={attempt} />
          {saved && (
            <p className="notification notification__text" role="status" tabIndex={-1} ref={savedRef}>
              Progress recorded.
            </p>
          )}
          <TextAreaField
            id={fieldId}
            label={LABEL}
            hint="What has been done since the last entry. It is dated and signed with your name."
            value={text}
            error={errors.field}
            onChange={(event) => {
              setText(event.target.value);
              setSaved(false);
            }}
          />
          <div className="button-group">
            <button type="submit" className="button button--secondary" aria-disabled={fetching || undefined}>
              Record progress<span className="visually-hidden"> on “{title}”</span>
            </button>
            <p role="status" className="form-status">
              {fetching ? 'Recording the progress…' : ''}
            </p>
          </div>
        </form>
      )}
    </section>
  );
}
