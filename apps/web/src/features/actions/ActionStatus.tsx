import type { LearningActionStatus } from '../../graphql/graphql';
import { STATUS_LABELS } from './action-labels';
import { formatDate } from './action-format';

/** The status in words, in a tag (its colour only repeats the words). */
export function StatusTag({ status }: { status: LearningActionStatus }) {
  return <strong className={`tag action-tag action-tag--${status.toLowerCase()}`}>{STATUS_LABELS[status]}</strong>;
}

/** "Overdue" with a warning sign: never colour alone. */
export function OverdueTag() {
  return (
    <strong className="tag action-tag action-tag--overdue">
      <span className="action-tag__icon" aria-hidden="true">
        !
      </span>{' '}
      Overdue
    </strong>
  );
}

/** The due date, saying in words when it has passed and the action is not completed. */
export function DueDate({ dueDate, overdue }: { dueDate: string | null; overdue: boolean }) {
  if (!dueDate) return <span className="hint-inline">No due date</span>;
  if (!overdue) return <>{formatDate(dueDate)}</>;
  return (
    <span className="due-date due-date--overdue">
      <span className="due-date__icon" aria-hidden="true">
        !
      </span>
      <span>
        <strong>Overdue:</strong> was due {formatDate(dueDate)}
      </span>
    </span>
  );
}
