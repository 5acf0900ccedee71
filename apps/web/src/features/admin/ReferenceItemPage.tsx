import { todayIso } from '@complaints/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { TextField } from '../../components/TextField';
import type { AdminReferenceDataQuery } from '../../graphql/graphql';
import { formatDate } from '../actions/action-format';
import { errorsFromApi, hasErrors, noErrors, summaryItems, type FormErrors } from '../cases/form-errors';
import { unreadableDates } from '../cases/dom';
import './admin.css';
import { itemFieldId, ItemFields } from './ItemFields';
import { ITEM_FIELDS, itemLabels, readItemForm, readRetireForm, type ItemField, type ItemFormValues } from './reference-form';
import { kindOfSlug, parentChoices, referenceRows, statusText, type KindInfo, type ReferenceRow } from './reference-kinds';
import { useReinstateReferenceItem, useRetireReferenceItem, useSaveReferenceItem } from './reference-mutations';
import { useReferenceDataQuery } from './useReferenceDataQuery';

type Field = ItemField | 'retiredFrom';

/**
 * /reference-data/:kind/:code: one reference item. Rename it (or move a
 * service area or issue), retire it from a date, or put it back in use. Its
 * code never changes.
 */
export function ReferenceItemPage() {
  const { kind: slug, code = '' } = useParams();
  const info = kindOfSlug(slug);
  const [result, reexecute] = useReferenceDataQuery();

  return (
    <>
      <p>
        <Link to={`/reference-data/${info?.slug ?? ''}`}>Back to {info ? info.plural.toLowerCase() : 'reference data'}</Link>
      </p>
      <QueryState result={result} label="reference data" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(data) => {
          const row = info && referenceRows(data, info.kind).find((item) => item.code === code);
          if (!info || !row) {
            return (
              <>
                <h1 className="heading-xl">Not found</h1>
                <p>There is no {info?.singular ?? 'reference item'} with the code {code}.</p>
              </>
            );
          }
          return <Item key={`${info.kind}:${row.code}`} info={info} row={row} data={data} />;
        }}
      </QueryState>
    </>
  );
}

function Item({ info, row, data }: { info: KindInfo; row: ReferenceRow; data: AdminReferenceDataQuery }) {
  const [values, setValues] = useState<ItemFormValues>({
    name: row.name,
    code: row.code,
    parent: row.parent?.code ?? '',
    group: row.group ?? '',
    effectiveFrom: row.effectiveFrom ?? '',
  });
  const [retireFrom, setRetireFrom] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const [{ fetching: saving }, save] = useSaveReferenceItem();
  const [{ fetching: retiring }, retire] = useRetireReferenceItem();
  const [{ fetching: reinstating }, reinstate] = useReinstateReferenceItem();
  const doneRef = useRef<HTMLDivElement>(null);
  const labels = { ...itemLabels(info.kind), retiredFrom: 'Retire from' };
  const retired = !!row.retiredFrom;
  useDocumentTitle(`${row.name} – ${info.plural}`, hasErrors(errors));

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  function fail(found: FormErrors<Field>) {
    setDone(null);
    setErrors(found);
    setAttempt((n) => n + 1);
  }

  function succeed(message: string) {
    setErrors(noErrors());
    setDone(message);
  }

  const apiErrors = (error: Parameters<typeof errorsFromApi>[0], action: string) => errorsFromApi<Field>(error, { fields: labels, subject: `This ${info.singular}`, action });

  async function handleSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const read = readItemForm(info.kind, values, false);
    if (!read.ok) return fail(read.errors);
    const result = await save({ input: read.input });
    if (result.error) return fail(apiErrors(result.error, 'The changes were not saved'));
    succeed(`Saved: the ${info.singular} ${row.code} is now called ‘${read.input.name}’.`);
  }

  async function handleRetire(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (retiring) return;
    const read = readRetireForm(info.kind, row.code, retireFrom, unreadableDates(event.currentTarget, ['retiredFrom']).size > 0);
    if (!read.ok) return fail({ fields: { retiredFrom: read.error }, form: [] });
    const result = await retire({ input: read.input });
    if (result.error) return fail(apiErrors(result.error, `The ${info.singular} was not retired`));
    setRetireFrom('');
    succeed(`Retired ‘${row.name}’ from ${formatDate(read.input.retiredFrom)}: records received from then on cannot use it.`);
  }

  async function handleReinstate() {
    if (reinstating) return;
    const result = await reinstate({ kind: info.kind, code: row.code });
    if (result.error) return fail(apiErrors(result.error, `The ${info.singular} was not put back in use`));
    succeed(`‘${row.name}’ is in use again.`);
  }

  const fieldId = (field: Field) => (field === 'retiredFrom' ? 'retiredFrom' : itemFieldId('edit', field));

  return (
    <>
      <ErrorSummary items={summaryItems<Field>(errors, [...ITEM_FIELDS, 'retiredFrom'], fieldId)} focusKey={attempt} />
      <span className="hint">{info.singular.charAt(0).toUpperCase() + info.singular.slice(1)}</span>
      <h1 className="heading-xl">{row.name}</h1>
      {done && (
        <div className="notification" role="status" tabIndex={-1} ref={doneRef}>
          <p className="notification__text">{done}</p>
        </div>
      )}
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">Code</dt>
          <dd className="summary-list__value">{row.code}</dd>
        </div>
        {row.parent && info.parent && (
          <div className="summary-list__row">
            <dt className="summary-list__key">{info.parent.label}</dt>
            <dd className="summary-list__value">{row.parent.name}</dd>
          </div>
        )}
        <div className="summary-list__row">
          <dt className="summary-list__key">Status</dt>
          <dd className="summary-list__value">{statusText(row, todayIso())}</dd>
        </div>
      </dl>
      <p>
        <Link to={`/audit-log?targetType=${info.kind}&targetKey=${encodeURIComponent(row.code)}`}>Changes to this {info.singular} in the audit log</Link>
      </p>

      <h2 className="heading-l" id="rename-heading">
        {info.parent ? `Rename or move` : 'Rename'}
      </h2>
      <p>The new name shows everywhere at once, on old records and in old reports too.</p>
      <form className="narrow" onSubmit={handleSave} noValidate aria-labelledby="rename-heading">
        <ItemFields prefix="edit" kind={info.kind} adding={false} values={values} onChange={setValues} errors={errors as FormErrors<ItemField>} parents={parentChoices(data, info.kind)} />
        <button type="submit" className="button">
          Save changes
        </button>
        <p role="status" className="form-status">
          {saving ? 'Saving…' : ''}
        </p>
      </form>

      <h2 className="heading-l" id="retire-heading">
        {retired ? 'Retirement' : 'Retire'}
      </h2>
      {retired && (
        <>
          <p>
            Records received from {formatDate(row.retiredFrom!)} cannot use it. Records and reports from before keep it. To change the date,
            retire it again from another date.
          </p>
          <div className="admin-actions">
            <button type="button" className="button button--secondary" onClick={handleReinstate} disabled={reinstating}>
              Put back in use
            </button>
          </div>
        </>
      )}
      {!retired && <p>A retired {info.singular} is not offered for new records from the date you choose. Records and reports from before keep it.</p>}
      <form className="narrow" onSubmit={handleRetire} noValidate aria-labelledby="retire-heading">
        <TextField
          id="retiredFrom"
          name="retiredFrom"
          type="date"
          className="admin-date"
          label={labels.retiredFrom}
          hint="The first day it may not be used, compared with a record's received date."
          error={errors.fields.retiredFrom}
          value={retireFrom}
          onChange={(event) => setRetireFrom(event.target.value)}
        />
        <button type="submit" className="button button--secondary">
          {retired ? 'Change the date' : `Retire ${info.singular}`}
        </button>
      </form>
    </>
  );
}
