import { anonymisedText, todayIso } from '@complaints/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { TextField } from '../../components/TextField';
import type { RecordsDueForDeletionQuery } from '../../graphql/graphql';
import { formatDate } from '../actions/action-format';
import { unreadableDates } from '../cases/dom';
import { errorsFromApi } from '../cases/form-errors';
import { readAsOf, recordsText } from './retention-form';
import { useAnonymiseRecords, useRecordsDueQuery } from './retention-queries';

type DueRecord = RecordsDueForDeletionQuery['recordsDueForDeletion']['records'][number];
type PageReport = { cursor: string | null; hasNext: boolean };

/**
 * The records whose retention period has run by a day (today unless changed),
 * the longest closed first, 50 at a time; tick some and anonymise them after
 * confirming. Each page is its own table body, so "Show more" adds rows to
 * the same table.
 */
export function RecordsDueSection() {
  const [asOfText, setAsOfText] = useState(todayIso);
  const [asOf, setAsOf] = useState(todayIso);
  const [asOfError, setAsOfError] = useState<string | undefined>();
  // The cursor of each page shown after the first.
  const [cursors, setCursors] = useState<string[]>([]);
  const [next, setNext] = useState<PageReport>({ cursor: null, hasNext: false });
  const [total, setTotal] = useState<number | null>(null);
  // id → reference of each record ticked.
  const [selected, setSelected] = useState<ReadonlyMap<string, string>>(new Map());
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [{ fetching: anonymising }, anonymise] = useAnonymiseRecords();
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  function fail(messages: string[]) {
    setProblems(messages);
    setAttempt((n) => n + 1);
  }

  function startAgain() {
    setCursors([]);
    setSelected(new Map());
    setConfirming(false);
  }

  function show(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const read = readAsOf(asOfText, unreadableDates(event.currentTarget, ['asOf']).size > 0);
    if (!read.ok) {
      setAsOfError(read.error);
      fail([]);
      return;
    }
    setAsOfError(undefined);
    setProblems([]);
    setDone(null);
    setAsOf(read.asOf);
    setTotal(null);
    startAgain();
  }

  function toggle(record: DueRecord, checked: boolean) {
    setSelected((current) => {
      const changed = new Map(current);
      if (checked) changed.set(record.id, record.reference);
      else changed.delete(record.id);
      return changed;
    });
  }

  function askToConfirm() {
    setDone(null);
    if (!selected.size) return fail(['Select the records to anonymise']);
    setProblems([]);
    setConfirming(true);
  }

  async function confirm() {
    if (anonymising) return;
    const result = await anonymise({ ids: [...selected.keys()], confirm: true });
    const answer = result.data?.anonymiseRecords;
    if (result.error || !answer) {
      setConfirming(false);
      const found = result.error
        ? errorsFromApi(result.error, { fields: {}, subject: 'A record', action: 'Nothing was anonymised' })
        : { fields: {}, form: ['Nothing was anonymised. Try again'] };
      return fail(found.form);
    }
    startAgain();
    setProblems([]);
    setDone(`Anonymised ${recordsText(answer.count)}: ${answer.references.join(', ')}. Their personal data has gone; the audit log records who did it.`);
  }

  const errorItems = [...problems.map((message) => ({ message })), ...(asOfError ? [{ fieldId: 'asOf', message: asOfError }] : [])];

  return (
    <section aria-labelledby="due-heading">
      <ErrorSummary items={errorItems} focusKey={attempt} />
      <h2 className="heading-l" id="due-heading">
        Records due for deletion
      </h2>
      <p>
        Closed contacts and information requests kept for their full retention period. Anonymising one removes its personal data for good and keeps
        everything the figures count.
      </p>
      {done && (
        <div className="notification" role="status" tabIndex={-1} ref={doneRef}>
          <p className="notification__text">{done}</p>
        </div>
      )}
      <form className="retention-as-of" onSubmit={show} noValidate aria-label="Date the report is for">
        <TextField
          id="asOf"
          name="asOf"
          type="date"
          className="input--date"
          label="Due by"
          hint="Records whose retention period has run by this day. Today unless you change it."
          error={asOfError}
          value={asOfText}
          onChange={(event) => setAsOfText(event.target.value)}
        />
        <button type="submit" className="button button--secondary">
          Show records due
        </button>
      </form>

      <div className="table-scroll" role="region" aria-labelledby="due-caption" tabIndex={0}>
        <table className="table retention-table">
          <caption className="table__caption" id="due-caption">
            {total === null ? 'Records' : recordsText(total)} due for deletion by {formatDate(asOf)}, closed longest ago first
          </caption>
          <thead>
            <tr>
              <th scope="col">Select</th>
              <th scope="col">Reference</th>
              <th scope="col">Type</th>
              <th scope="col">Closed</th>
              <th scope="col">Due for deletion</th>
            </tr>
          </thead>
          {[null, ...cursors].map((after, index) => (
            <DueRows
              key={`${asOf}:${after ?? 'first'}`}
              asOf={asOf}
              after={after}
              selected={selected}
              onToggle={toggle}
              onPage={index === cursors.length ? setNext : undefined}
              onTotal={index === 0 ? setTotal : undefined}
            />
          ))}
        </table>
      </div>
      {next.hasNext && next.cursor && (
        <button type="button" className="button button--secondary" onClick={() => setCursors((list) => [...list, next.cursor!])}>
          Show more records
        </button>
      )}

      <p className="retention-selected" aria-live="polite">
        {selected.size ? `${recordsText(selected.size)} selected` : 'No records selected'}
      </p>
      {!confirming && (
        <button type="button" className="button" onClick={askToConfirm}>
          Anonymise selected records
        </button>
      )}
      {confirming && (
        <div className="panel retention-confirm" role="region" aria-labelledby="confirm-heading">
          <h3 className="heading-m" id="confirm-heading" tabIndex={-1} ref={confirmRef}>
            Anonymise {recordsText(selected.size)}?
          </h3>
          <ul className="list retention-confirm__list">
            {[...selected.values()].map((reference) => (
              <li key={reference}>{reference}</li>
            ))}
          </ul>
          <p>
            This removes for good the complainant’s details and the requester’s name, and replaces summaries, notes and comments with “
            {anonymisedText(todayIso())}”.
          </p>
          <p>The records stay, with their type, dates, service areas, issues, stages and outcomes, so every report and trend stays the same.</p>
          <p>
            <strong>This cannot be undone.</strong>
          </p>
          <div className="retention-actions">
            <button type="button" className="button retention-button--warning" onClick={() => void confirm()} aria-disabled={anonymising || undefined}>
              Yes, anonymise {recordsText(selected.size)}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
          <p role="status" className="form-status">
            {anonymising ? 'Anonymising…' : ''}
          </p>
        </div>
      )}
    </section>
  );
}

interface DueRowsProps {
  asOf: string;
  after: string | null;
  selected: ReadonlyMap<string, string>;
  onToggle: (record: DueRecord, checked: boolean) => void;
  /** Given to the last page shown: where the next one starts. */
  onPage?: (next: PageReport) => void;
  /** Given to the first page: how many are due in all. */
  onTotal?: (total: number) => void;
}

function DueRows({ asOf, after, selected, onToggle, onPage, onTotal }: DueRowsProps) {
  const [result, reexecute] = useRecordsDueQuery(asOf, after);
  const page = result.data?.recordsDueForDeletion;
  const hasNext = page?.pageInfo.hasNextPage ?? false;
  const cursor = page?.pageInfo.endCursor ?? null;
  const total = page?.totalCount ?? null;

  useEffect(() => {
    onPage?.({ cursor, hasNext });
  }, [onPage, cursor, hasNext]);
  useEffect(() => {
    if (total !== null) onTotal?.(total);
  }, [onTotal, total]);

  if (!page) {
    return (
      <tbody>
        <tr>
          <td colSpan={5}>
            <QueryState result={result} label="records due for deletion" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
              {() => null}
            </QueryState>
          </td>
        </tr>
      </tbody>
    );
  }
  if (!page.records.length && after === null) {
    return (
      <tbody>
        <tr>
          <td colSpan={5}>No records are due for deletion by {formatDate(asOf)}.</td>
        </tr>
      </tbody>
    );
  }
  return (
    <tbody>
      {page.records.map((record) => {
        const id = `select-${record.id.replace(':', '-')}`;
        return (
          <tr key={record.id}>
            <td>
              <input className="checkboxes__input" type="checkbox" id={id} checked={selected.has(record.id)} onChange={(event) => onToggle(record, event.target.checked)} />
              <label className="visually-hidden" htmlFor={id}>
                Select {record.reference}
              </label>
            </td>
            <td>{record.reference}</td>
            <td>{record.typeName}</td>
            <td>{formatDate(record.closedOn)}</td>
            <td>
              {formatDate(record.dueOn)}
              <span className="retention-kept"> (kept {record.retentionYears} years)</span>
            </td>
          </tr>
        );
      })}
    </tbody>
  );
}
