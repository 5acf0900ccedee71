import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { formatDate } from '../cases/case-dates';
import { unreadableDates } from '../cases/dom';
import { errorsFromApi, hasErrors, noErrors, summaryItems, type FormErrors } from '../cases/form-errors';
import { validateAgreedDate, type AgreedStatementEscalation } from './agreed-statement';
import { useRecordAgreedStatement } from './useComplaintCode';

export interface AgreedStatementPanelProps {
  /** The contact's Children Act Stage 2 escalations (usually one). */
  escalations: AgreedStatementEscalation[];
  canWrite: boolean;
  today: string;
  onRecorded: (message: string) => void;
}

const LABEL = 'Date the statement of complaint was agreed';

/**
 * Children Act Stage 2 (SI 2006/1738): when the investigating officer and the
 * complainant agreed the statement of complaint. Councils differ on whether the
 * Stage 2 clock starts on the request or on that agreement (the API's
 * CHILDREN_ACT_STAGE2_CLOCK), so the page shows the due date the API worked out
 * rather than guessing which rule applies.
 */
export function AgreedStatementPanel({ escalations, canWrite, today, onRecorded }: AgreedStatementPanelProps) {
  return (
    <section className="code-panel" aria-labelledby="agreed-statement-heading">
      <h3 className="heading-m" id="agreed-statement-heading">
        Stage 2 statement of complaint
      </h3>
      <p className="hint">
        Under the Children Act procedure, the Stage 2 investigation starts from a statement of complaint agreed with the complainant. Where this council counts Stage 2 from that
        agreement, recording it moves the response due date.
      </p>
      {escalations.map((escalation) => (
        <StatementOfComplaint key={escalation.id} escalation={escalation} canWrite={canWrite} today={today} onRecorded={onRecorded} several={escalations.length > 1} />
      ))}
    </section>
  );
}

type Field = 'agreedDate';

function StatementOfComplaint({
  escalation,
  canWrite,
  today,
  onRecorded,
  several,
}: {
  escalation: AgreedStatementEscalation;
  canWrite: boolean;
  today: string;
  onRecorded: (message: string) => void;
  several: boolean;
}) {
  const [value, setValue] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors());
  const [attempt, setAttempt] = useState(0);
  const [moved, setMoved] = useState<{ from: string; to: string } | null>(null);
  const [{ fetching }, record] = useRecordAgreedStatement();
  const ids = { heading: `agreed-statement-${escalation.id}-heading`, date: `agreed-statement-${escalation.id}-date` };
  const open = !escalation.responseSentDate && escalation.outcome !== 'WITHDRAWN';
  // Under a heading per escalation when there are several, the form's heading is one level down.
  const FormHeading = several ? 'h5' : 'h4';
  const title = escalation.agreedStatementDate ? 'Correct the date the statement was agreed' : 'Record when the statement was agreed';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    setAttempt((n) => n + 1);
    const unreadable = unreadableDates(event.currentTarget, [ids.date]).size > 0;
    const problem = validateAgreedDate(value, { today, requestedDate: escalation.requestedDate, unreadable, label: LABEL });
    if (problem) {
      setErrors({ fields: { agreedDate: problem }, form: [] });
      return;
    }
    const before = escalation.responseDueDate;
    const result = await record({ escalationId: escalation.id, agreedDate: value });
    if (result.error) {
      setErrors(errorsFromApi<Field>(result.error, { fields: { agreedDate: LABEL }, subject: 'This Stage 2 investigation', action: 'The date was not recorded' }));
      return;
    }
    const saved = result.data!.recordAgreedStatement;
    setErrors(noErrors());
    setValue('');
    setMoved(saved.responseDueDate !== before ? { from: before, to: saved.responseDueDate } : null);
    onRecorded(`Statement of complaint agreed on ${formatDate(saved.agreedStatementDate ?? value)} recorded; the Stage 2 response is due by ${formatDate(saved.responseDueDate)}`);
  }

  return (
    <div className="agreed-statement">
      {several && <h4 className="code-subheading">Stage 2 asked for on {formatDate(escalation.requestedDate)}</h4>}
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">Stage 2 asked for</dt>
          <dd className="summary-list__value">{formatDate(escalation.requestedDate)}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Statement of complaint agreed</dt>
          <dd className="summary-list__value">{escalation.agreedStatementDate ? formatDate(escalation.agreedStatementDate) : 'Not recorded yet'}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Stage 2 response due</dt>
          <dd className="summary-list__value">
            {formatDate(escalation.responseDueDate)}
            {escalation.extended ? ' (extended timescale)' : ''}
            {escalation.responseSentDate ? `; sent ${formatDate(escalation.responseSentDate)}` : ''}
          </dd>
        </div>
      </dl>
      {moved && (
        <p>
          The due date moved from {formatDate(moved.from)} to {formatDate(moved.to)}, counted from the agreed statement.
        </p>
      )}
      {canWrite && open && (
        <form className="agreed-statement__form" onSubmit={submit} noValidate aria-labelledby={ids.heading}>
          {hasErrors(errors) && <ErrorSummary items={summaryItems(errors, ['agreedDate'], () => ids.date)} focusKey={attempt} />}
          <FormHeading className="code-subheading" id={ids.heading}>
            {title}
          </FormHeading>
          <TextField
            id={ids.date}
            name={ids.date}
            type="date"
            className="input--date"
            label={LABEL}
            hint={`On or after ${formatDate(escalation.requestedDate)}, when Stage 2 was asked for, and not in the future.`}
            min={escalation.requestedDate}
            max={today}
            error={errors.fields.agreedDate}
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
          <button type="submit" className="button" disabled={fetching}>
            {fetching ? 'Saving…' : 'Record the date'}
          </button>
        </form>
      )}
    </div>
  );
}
