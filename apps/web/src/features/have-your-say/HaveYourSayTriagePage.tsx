/**
 * Officers' triage of "Have your say" messages: the new ones, longest waiting
 * first, each in the young person's own words, to record as a contact (the
 * officer chooses the record type, service area and issue) or close with a reason.
 */
import { HAVE_YOUR_SAY_AGE_GROUPS, HAVE_YOUR_SAY_CONTACT_METHODS } from '@complaints/domain';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import type { HaveYourSayTriageChoicesQuery, HaveYourSayTriageQuery } from '../../graphql/graphql';
import { useCloseHaveYourSay, useConvertHaveYourSay, useHaveYourSayTriageQuery, useTriageChoicesQuery } from './have-your-say-queries';
import './have-your-say.css';

type Item = HaveYourSayTriageQuery['haveYourSayTriage'][number];
type Choices = HaveYourSayTriageChoicesQuery;

const WHEN = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });

/** A contact's page address: its reference with each / as - (CS/2026/0001 → /cases/CS-2026-0001). */
function casePath(reference: string): string {
  return `/cases/${reference.replace(/\//g, '-')}`;
}

export function HaveYourSayTriagePage() {
  const [result, reexecute] = useHaveYourSayTriageQuery();
  const [choices] = useTriageChoicesQuery();
  const [done, setDone] = useState<{ reference: string; contact: string | null } | null>(null);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <>
      <h1 className="heading-xl">Have your say messages</h1>
      <p>
        Messages children and young people sent from the public <Link to="/have-your-say">Have your say</Link> page. Record each one as a contact, or close it
        with a reason.
      </p>
      {done && (
        <div className="notification" role="status">
          <p className="notification__text">
            {done.contact ? (
              <>
                {done.reference} is recorded as contact <Link to={casePath(done.contact)}>{done.contact}</Link>.
              </>
            ) : (
              <>{done.reference} is closed.</>
            )}
          </p>
        </div>
      )}
      <QueryState
        result={result}
        label="messages"
        onRetry={refresh}
        isEmpty={(data) => data.haveYourSayTriage.length === 0}
        empty={<p>There are no new messages.</p>}
      >
        {(data) => (
          <>
            <h2 className="heading-m">{data.haveYourSayTriage.length === 1 ? '1 new message' : `${data.haveYourSayTriage.length} new messages`}, longest waiting first</h2>
            {data.haveYourSayTriage.map((item) => (
              <TriageItem
                key={item.id}
                item={item}
                choices={choices.data}
                onDone={(contact) => {
                  setDone({ reference: item.reference, contact });
                  refresh();
                }}
              />
            ))}
          </>
        )}
      </QueryState>
    </>
  );
}

function TriageItem({ item, choices, onDone }: { item: Item; choices: Choices | undefined; onDone: (contact: string | null) => void }) {
  const headingId = `hys-${item.id}`;
  return (
    <section className="hys-triage__item" aria-labelledby={headingId}>
      <h3 className="heading-s" id={headingId}>
        {item.reference}
      </h3>
      <dl className="hys-list">
        <div className="hys-list__row">
          <dt className="hys-list__key">Sent</dt>
          <dd className="hys-list__value">{WHEN.format(new Date(item.receivedAt))}</dd>
        </div>
        <div className="hys-list__row">
          <dt className="hys-list__key">What happened</dt>
          <dd className="hys-list__value hys-triage__words">{item.whatHappened}</dd>
        </div>
        <div className="hys-list__row">
          <dt className="hys-list__key">Name</dt>
          <dd className="hys-list__value">{item.name ?? 'Not given'}</dd>
        </div>
        <div className="hys-list__row">
          <dt className="hys-list__key">Contact</dt>
          <dd className="hys-list__value">
            {item.contactMethod ? `${HAVE_YOUR_SAY_CONTACT_METHODS[item.contactMethod]}: ${item.contactDetails ?? ''}` : 'Asked not to be contacted'}
          </dd>
        </div>
        <div className="hys-list__row">
          <dt className="hys-list__key">Advocate</dt>
          <dd className="hys-list__value">{item.wantsAdvocate === null ? 'Did not say' : item.wantsAdvocate ? 'Asked for an advocate' : 'Did not want one'}</dd>
        </div>
        <div className="hys-list__row">
          <dt className="hys-list__key">Age</dt>
          <dd className="hys-list__value">{item.ageGroup ? HAVE_YOUR_SAY_AGE_GROUPS[item.ageGroup] : 'Not given'}</dd>
        </div>
      </dl>
      <ConvertForm item={item} choices={choices} onDone={onDone} />
      <CloseForm item={item} onDone={() => onDone(null)} />
    </section>
  );
}

type ConvertErrors = Partial<Record<'recordType' | 'serviceAreas' | 'issues' | 'form', string>>;

function ConvertForm({ item, choices, onDone }: { item: Item; choices: Choices | undefined; onDone: (contact: string) => void }) {
  const [values, setValues] = useState({ recordType: '', serviceArea: '', issue: '' });
  const [errors, setErrors] = useState<ConvertErrors>({});
  const [{ fetching }, convert] = useConvertHaveYourSay();
  const id = (field: string) => `hys-${item.id}-${field}`;
  const open = <T extends { retiredFrom?: string | null }>(list: readonly T[]) => list.filter((x) => !x.retiredFrom || x.retiredFrom > item.receivedDate);
  const placeholder = { value: '', label: 'Choose…' };
  const recordTypes = [placeholder, ...open(choices?.recordTypes ?? []).map((r) => ({ value: r.code, label: r.name }))];
  const areas = [placeholder, ...open(choices?.serviceAreas ?? []).map((a) => ({ value: a.code, label: a.name }))];
  const issues = [placeholder, ...(choices?.issueCategories ?? []).flatMap((c) => open(c.issues).map((i) => ({ value: i.code, label: `${c.name}: ${i.name}` })))];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    const found: ConvertErrors = {};
    if (!values.recordType) found.recordType = 'Choose a record type';
    if (!values.serviceArea) found.serviceAreas = 'Choose a service area';
    if (!values.issue) found.issues = 'Choose an issue';
    setErrors(found);
    if (Object.keys(found).length) return;
    const result = await convert({ id: item.id, input: { recordType: values.recordType, serviceAreas: [values.serviceArea], issues: [values.issue] } });
    if (result.error) {
      const first = result.error.graphQLErrors[0];
      const field = first?.extensions?.field as keyof ConvertErrors | undefined;
      setErrors(first && field && field in { recordType: 1, serviceAreas: 1, issues: 1 } ? { [field]: first.message } : { form: first?.message ?? 'The contact could not be recorded. Try again.' });
      return;
    }
    onDone(result.data!.convertHaveYourSay.convertedReference!);
  }

  const summary = [
    ...(errors.form ? [{ message: errors.form }] : []),
    ...(errors.recordType ? [{ fieldId: id('record-type'), message: errors.recordType }] : []),
    ...(errors.serviceAreas ? [{ fieldId: id('service-area'), message: errors.serviceAreas }] : []),
    ...(errors.issues ? [{ fieldId: id('issue'), message: errors.issues }] : []),
  ];

  return (
    <form onSubmit={submit} noValidate aria-label={`Record ${item.reference} as a contact`}>
      <ErrorSummary items={summary} />
      <SelectField id={id('record-type')} label="Record type" options={recordTypes} value={values.recordType} error={errors.recordType} onChange={(v) => setValues({ ...values, recordType: v })} />
      <SelectField id={id('service-area')} label="Service area" options={areas} value={values.serviceArea} error={errors.serviceAreas} onChange={(v) => setValues({ ...values, serviceArea: v })} />
      <SelectField id={id('issue')} label="Issue" options={issues} value={values.issue} error={errors.issues} onChange={(v) => setValues({ ...values, issue: v })} />
      <p className="hint">The contact is recorded as received by web application on {item.receivedDate}, from a child or young person, in their words.</p>
      <button type="submit" className="button">
        Record as a contact<span className="visually-hidden"> ({item.reference})</span>
      </button>
    </form>
  );
}

function CloseForm({ item, onDone }: { item: Item; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [{ fetching }, close] = useCloseHaveYourSay();
  const fieldId = `hys-${item.id}-reason`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    if (!reason.trim()) {
      setError('Say why it is closed without a contact');
      return;
    }
    const result = await close({ id: item.id, reason });
    if (result.error) {
      setError(result.error.graphQLErrors[0]?.message ?? 'It could not be closed. Try again.');
      return;
    }
    setError(undefined);
    onDone();
  }

  return (
    <details className="details">
      <summary className="details__summary">Close without a contact</summary>
      <form onSubmit={submit} noValidate aria-label={`Close ${item.reference}`}>
        <TextAreaField id={fieldId} label="Why is it closed?" hint="For example: a test, or the same as another message." value={reason} error={error} onChange={(e) => setReason(e.target.value)} />
        <button type="submit" className="button button--secondary">
          Close<span className="visually-hidden"> {item.reference}</span>
        </button>
      </form>
    </details>
  );
}
