import { useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ACCESS, mayUse } from '../../app/access';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { TextField } from '../../components/TextField';
import { useSignedInUser } from '../auth/current-user';
import { todayIso } from '@complaints/domain';
import { formatDate } from './case-dates';
import { asOfFromSearch, countLabel, dueText, splitQueue, stepText, validateAsOf } from './casework-queue';
import { unreadableDates } from './dom';
import { useCaseworkQueueQuery, type CaseworkItemData, type CaseworkQueueData } from './useCaseworkQueueQuery';
import './cases.css';

/**
 * /cases: what the team works from. Steps overdue or due within 5 working
 * days, for today or (?asOf=YYYY-MM-DD) as they stood on another day.
 */
export function CaseworkPage() {
  const user = useSignedInUser();
  const location = useLocation();
  const navigate = useNavigate();
  const { asOf, problem } = useMemo(() => asOfFromSearch(location.search), [location.search]);
  const [result, reexecute] = useCaseworkQueueQuery(asOf);
  const [asOfError, setAsOfError] = useState<{ message: string; attempt: number } | null>(null);
  useDocumentTitle('Case work', asOfError !== null);
  const queue = result.data?.caseworkQueue;

  return (
    <>
      <ErrorSummary items={asOfError ? [{ fieldId: 'asOf', message: asOfError.message }] : []} focusKey={asOfError?.attempt} />
      <h1 className="heading-xl">Case work</h1>
      <p className="lead">Acknowledgements, responses and escalations that are overdue or due in the next 5 working days.</p>
      {user.role === 'SERVICE_MANAGER' && <p>You see the cases of your service areas only.</p>}
      {mayUse(user.role, ACCESS.CASES_WRITE) && (
        <p>
          <Link to="/cases/new" className="button case-button-link">
            Record a contact
          </Link>
        </p>
      )}

      {problem && (
        <div className="inset-text inset-text--warning" role="status">
          <p>The date in this link could not be used: {problem}.</p>
        </div>
      )}

      <AsOfForm
        key={asOf ?? 'today'}
        asOf={asOf}
        error={asOfError?.message}
        onError={(message) => setAsOfError((previous) => (message ? { message, attempt: (previous?.attempt ?? 0) + 1 } : null))}
        onShow={(date) => navigate({ search: date ? `?asOf=${date}` : '' })}
      />

      <QueryState
        result={result}
        label="casework queue"
        isEmpty={(data) => data.caseworkQueue.items.length === 0}
        empty={
          queue && (
            <>
              Nothing is overdue on {formatDate(queue.asOf)} or due by {formatDate(queue.dueUntil)}. To see the queue as it stood on
              another day, change the date above.
            </>
          )
        }
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {(data) => <Queue queue={data.caseworkQueue} />}
      </QueryState>
    </>
  );
}

interface AsOfFormProps {
  asOf: string | null;
  error: string | undefined;
  onError: (message: string | null) => void;
  onShow: (date: string | null) => void;
}

function AsOfForm({ asOf, error, onError, onShow }: AsOfFormProps) {
  // Shows the day the queue is for: the one asked for, or today.
  const [value, setValue] = useState(asOf ?? todayIso());

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const message = validateAsOf(value, unreadableDates(event.currentTarget, ['asOf']).size > 0);
    onError(message);
    if (!message) onShow(value);
  }

  return (
    <form className="case-as-of" onSubmit={handleSubmit} noValidate aria-label="Date of the queue">
      <TextField
        id="asOf"
        name="asOf"
        type="date"
        className="input--date"
        label="Show the queue as of"
        hint="Steps overdue on this day, or due within the 5 working days after it."
        error={error}
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <div className="case-as-of__buttons">
        <button type="submit" className="button button--secondary">
          Show the queue
        </button>
        {asOf && (
          <button
            type="button"
            className="button-link"
            onClick={() => {
              onError(null);
              onShow(null);
            }}
          >
            Show today&rsquo;s queue
          </button>
        )}
      </div>
    </form>
  );
}

function Queue({ queue }: { queue: CaseworkQueueData }) {
  const { overdue, dueThisWeek } = splitQueue(queue.items);
  return (
    <section className="case-queue" aria-labelledby="queue-heading">
      <h2 className="heading-l" id="queue-heading">
        Queue as of {formatDate(queue.asOf)}
      </h2>
      <ul className="list case-counts">
        <li className="case-count case-count--overdue">
          <span className="case-count__number">{queue.overdueCount.toLocaleString('en-GB')}</span>{' '}
          <span className="case-count__label">{countLabel(queue.overdueCount, 'overdue')}</span>
        </li>
        <li className="case-count">
          <span className="case-count__number">{queue.dueThisWeekCount.toLocaleString('en-GB')}</span>{' '}
          <span className="case-count__label">
            {countLabel(queue.dueThisWeekCount, 'due this week')} (by {formatDate(queue.dueUntil)})
          </span>
        </li>
      </ul>

      <QueueSection id="overdue" title="Overdue" items={overdue} statusHeading="How overdue" none="Nothing is overdue." />
      <QueueSection
        id="due-this-week"
        title="Due this week"
        items={dueThisWeek}
        statusHeading="Time left"
        none={`Nothing is due by ${formatDate(queue.dueUntil)}.`}
      />
    </section>
  );
}

interface QueueSectionProps {
  id: string;
  title: string;
  items: CaseworkItemData[];
  statusHeading: string;
  none: string;
}

function QueueSection({ id, title, items, statusHeading, none }: QueueSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <>
      <h3 className="heading-m" id={headingId}>
        {title} ({items.length.toLocaleString('en-GB')})
      </h3>
      {items.length === 0 ? (
        <p>{none}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
          <table className="table case-table case-table--queue" aria-labelledby={headingId}>
            <colgroup>
              <col className="case-table__reference" />
              <col className="case-table__type" />
              <col className="case-table__step" />
              <col className="case-table__due" />
              <col className="case-table__status" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Record type</th>
                <th scope="col">Step</th>
                <th scope="col">Due by</th>
                <th scope="col">{statusHeading}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={`${item.contact.id}:${item.step}:${item.escalation?.id ?? ''}`}>
                  <th scope="row">
                    <Link to={`/cases/${encodeURIComponent(item.contact.id)}`}>{item.contact.reference}</Link>
                  </th>
                  <td>{item.contact.recordType.name}</td>
                  <td>{stepText(item)}</td>
                  <td className="case-table__date">{formatDate(item.dueDate)}</td>
                  <td>
                    <strong className={item.status === 'OVERDUE' ? 'case-tag case-tag--overdue' : 'case-tag case-tag--waiting'}>{dueText(item)}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
