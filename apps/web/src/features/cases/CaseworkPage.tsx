import { useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ACCESS, mayUse } from '../../app/access';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useFormKey } from '../../app/useFormKey';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { TextField } from '../../components/TextField';
import { useSignedInUser } from '../auth/current-user';
import { todayIso } from '@complaints/domain';
import { contactPath } from '@complaints/domain';
import { useReferenceOptionsQuery } from '../reference/useReferenceOptionsQuery';
import { formatDate } from './case-dates';
import { asOfFromSearch, countLabel, dueText, splitQueue, stepText, validateAsOf } from './casework-queue';
import { unreadableDates } from './dom';
import { findLink, NO_FIND_PARAMS } from './find-params';
import { isQueueFiltered, NO_QUEUE_PARAMS, parseQueueParams, queueFilterOf, queueSearch } from './queue-params';
import { QueueFilters } from './QueueFilters';
import { useCaseOfficersQuery } from './useCaseOfficersQuery';
import { useCaseworkQueueQuery, type CaseworkItemData, type CaseworkQueueData } from './useCaseworkQueueQuery';
import { IncidentQueue } from '../lost-information/IncidentQueue';
import { AdjustmentReviewsDue } from '../complaint-code/AdjustmentReviewsDue';
import './cases.css';

/**
 * /cases: what the team works from. Steps overdue or due within 5 working
 * days, for today or (?asOf=YYYY-MM-DD) as they stood on another day, filtered
 * by whose they are ("mine", an officer, no one's), step, record type and
 * service area, in the order chosen; and a way to find any contact.
 */
export function CaseworkPage() {
  const user = useSignedInUser();
  const location = useLocation();
  const navigate = useNavigate();
  const { asOf, problem } = useMemo(() => asOfFromSearch(location.search), [location.search]);
  const params = useMemo(() => parseQueueParams(location.search), [location.search]);
  const filter = useMemo(() => queueFilterOf(params), [params]);
  const [result, reexecute] = useCaseworkQueueQuery(asOf, filter, params.sort);
  const [options] = useReferenceOptionsQuery();
  const [officers] = useCaseOfficersQuery();
  const [asOfError, setAsOfError] = useState<{ message: string; attempt: number } | null>(null);
  const asOfForm = useFormKey(asOf ?? 'today');
  const filtersForm = useFormKey(location.search);
  useDocumentTitle('Case work', asOfError !== null);
  const queue = result.data?.caseworkQueue;

  return (
    <>
      <ErrorSummary items={asOfError ? [{ fieldId: 'asOf', message: asOfError.message }] : []} focusKey={asOfError?.attempt} />
      <h1 className="heading-xl">Case work</h1>
      <p className="lead">
        Acknowledgements, responses and escalations (Stages 2 and 3 of the Children Act procedure, Stage 2 of the Complaint Handling
        Code) that are overdue or due in the next 5 working days.
      </p>
      {user.role === 'SERVICE_MANAGER' && <p>You see the cases of your service areas only.</p>}
      {mayUse(user.role, ACCESS.CASES_WRITE) && (
        <p>
          <Link to="/cases/new" className="button case-button-link">
            Record a contact
          </Link>
        </p>
      )}
      {/* Lost information (12.2): the ICO's 72 hours run through weekends, so waiting decisions come first, overdue at the top. */}
      {queue && <IncidentQueue items={queue.lostInformation} />}
      {/* Reasonable adjustments whose review date has come (the Code §5.6). */}
      <AdjustmentReviewsDue />
      <QuickFind onFind={(q) => navigate(findLink({ ...NO_FIND_PARAMS, q }))} />

      {problem && (
        <div className="inset-text inset-text--warning" role="status">
          <p>The date in this link could not be used: {problem}.</p>
        </div>
      )}

      <AsOfForm
        key={`as-of-${asOfForm.key}`}
        asOf={asOf}
        error={asOfError?.message}
        onError={(message) => setAsOfError((previous) => (message ? { message, attempt: (previous?.attempt ?? 0) + 1 } : null))}
        onShow={(date) => {
          // "Show today's queue" (no date) remounts the form, so its field shows today again.
          if (date) asOfForm.submitted(date);
          navigate({ search: queueSearch(date, params) });
        }}
      />

      <QueueFilters
        key={`filters-${filtersForm.key}`}
        params={params}
        recordTypes={options.data?.recordTypes ?? []}
        serviceAreas={options.data?.serviceAreas ?? []}
        officers={officers.data?.caseOfficers ?? []}
        onApply={(next) => {
          const search = queueSearch(asOf, next);
          filtersForm.submitted(search);
          navigate({ search });
        }}
      />
      {isQueueFiltered(params) && (
        <p>
          <Link to={{ search: queueSearch(asOf, { ...NO_QUEUE_PARAMS, sort: params.sort }) }}>Show everyone’s steps</Link>
        </p>
      )}

      <QueryState
        result={result}
        label="casework queue"
        isEmpty={(data) => data.caseworkQueue.items.length === 0}
        empty={
          queue &&
          (isQueueFiltered(params) ? (
            <>
              No step chosen by these filters is overdue on {formatDate(queue.asOf)} or due by {formatDate(queue.dueUntil)}.
            </>
          ) : (
            <>
              Nothing is overdue on {formatDate(queue.asOf)} or due by {formatDate(queue.dueUntil)}. To see the queue as it stood on
              another day, change the date above.
            </>
          ))
        }
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {(data) => <Queue queue={data.caseworkQueue} />}
      </QueryState>
    </>
  );
}

/** Straight to "Find a contact" with a reference or surname. */
function QuickFind({ onFind }: { onFind: (q: string) => void }) {
  const [q, setQ] = useState('');
  return (
    <form
      className="case-quick-find"
      role="search"
      aria-label="Find a contact"
      onSubmit={(event) => {
        event.preventDefault();
        onFind(q.trim());
      }}
    >
      <TextField
        id="quick-find"
        name="q"
        type="search"
        label="Find a contact by reference or complainant’s surname"
        hint="For example CS/2009/0123 or Smith. Leave it blank to filter every contact."
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        value={q}
        onChange={(event) => setQ(event.target.value)}
      />
      <button type="submit" className="button button--secondary">
        Find
      </button>
    </form>
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
              <col className="case-table__officer" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Record type</th>
                <th scope="col">Step</th>
                <th scope="col">Due by</th>
                <th scope="col">{statusHeading}</th>
                <th scope="col">Officer</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={`${item.contact.id}:${item.step}:${item.escalation?.id ?? ''}`}>
                  <th scope="row">
                    <Link to={contactPath(item.contact.reference)}>{item.contact.reference}</Link>
                  </th>
                  <td>{item.contact.recordType.name}</td>
                  <td>{stepText(item)}</td>
                  <td className="case-table__date">{formatDate(item.dueDate)}</td>
                  <td>
                    <strong className={item.status === 'OVERDUE' ? 'case-tag case-tag--overdue' : 'case-tag case-tag--waiting'}>{dueText(item)}</strong>
                  </td>
                  <td>{item.officer?.name ?? <span className="case-table__none">No one</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
