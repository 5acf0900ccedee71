import { RECORD_TYPE_GROUPS, todayIso } from '@complaints/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import type { AdminReferenceDataQuery } from '../../graphql/graphql';
import { formatDate } from '../actions/action-format';
import { unreadableDates } from '../cases/dom';
import { errorsFromApi, hasErrors, noErrors, summaryItems, type FormErrors } from '../cases/form-errors';
import './admin.css';
import { itemFieldId, ItemFields } from './ItemFields';
import { codeFromName, ITEM_FIELDS, itemLabels, readItemForm, type ItemField, type ItemFormValues } from './reference-form';
import { kindOfSlug, parentChoices, referenceRows, REFERENCE_KINDS, statusText, type KindInfo } from './reference-kinds';
import { useSaveReferenceItem } from './reference-mutations';
import { ReferenceKindNav } from './ReferenceKindNav';
import { isTaxonomyKind } from './taxonomy-mappings';
import { TaxonomyMappings } from './TaxonomyMappings';
import { useReferenceDataQuery } from './useReferenceDataQuery';

/**
 * /reference-data/:kind: one kind of reference data (record types, channels,
 * divisions, service areas, issue categories, issues), retired values
 * included, and a form to add one. Each item's page renames, moves or retires it.
 */
export function ReferenceDataPage() {
  const { kind: slug } = useParams();
  const info = slug ? kindOfSlug(slug) : REFERENCE_KINDS[0];
  const [result, reexecute] = useReferenceDataQuery();
  useDocumentTitle(info ? `${info.plural} – Reference data` : 'Reference data');

  return (
    <>
      <h1 className="heading-xl">Reference data</h1>
      <p className="lead">
        The values records are classified by. Codes never change; a value is never deleted but retired from a date, so records and
        reports from before keep it.
      </p>
      <ReferenceKindNav />
      {info ? (
        <QueryState result={result} label="reference data" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          {(data) => <KindSection key={info.kind} info={info} data={data} />}
        </QueryState>
      ) : (
        <p>There is no kind of reference data called &lsquo;{slug}&rsquo;. Choose one of the kinds above.</p>
      )}
    </>
  );
}

function KindSection({ info, data }: { info: KindInfo; data: AdminReferenceDataQuery }) {
  const rows = referenceRows(data, info.kind);
  const today = todayIso();
  const headingId = `kind-${info.slug}`;
  return (
    <>
      <h2 className="heading-l" id={headingId}>
        {info.plural}
      </h2>
      <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
        <table className="table admin-table">
          <caption className="visually-hidden">
            {info.plural}, with their codes{info.parent ? `, ${info.parent.label.toLowerCase()}` : ''} and the dates each is in use
          </caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Code</th>
              {info.parent && <th scope="col">{info.parent.label}</th>}
              {info.kind === 'RECORD_TYPE' && <th scope="col">Group</th>}
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code}>
                <th scope="row">
                  <Link to={`/reference-data/${info.slug}/${encodeURIComponent(row.code)}`}>{row.name}</Link>
                </th>
                <td>{row.code}</td>
                {info.parent && <td>{row.parent?.name}</td>}
                {info.kind === 'RECORD_TYPE' && <td>{row.group ? RECORD_TYPE_GROUPS[row.group] : ''}</td>}
                <td>{statusText(row, today)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <AddItemForm info={info} data={data} />
      {isTaxonomyKind(info.kind) && <TaxonomyMappings info={info} kind={info.kind} rows={rows} />}
    </>
  );
}

function emptyValues(): ItemFormValues {
  return { name: '', code: '', parent: '', group: '', effectiveFrom: '' };
}

function AddItemForm({ info, data }: { info: KindInfo; data: AdminReferenceDataQuery }) {
  const [values, setValues] = useState<ItemFormValues>(emptyValues);
  const [codeTyped, setCodeTyped] = useState(false);
  const [errors, setErrors] = useState<FormErrors<ItemField>>(noErrors);
  const [attempt, setAttempt] = useState(0);
  const [added, setAdded] = useState<string | null>(null);
  const [{ fetching }, save] = useSaveReferenceItem();
  const addedRef = useRef<HTMLDivElement>(null);
  const labels = itemLabels(info.kind);
  useDocumentTitle(`${info.plural} – Reference data`, hasErrors(errors));

  useEffect(() => {
    if (added) addedRef.current?.focus();
  }, [added]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    const read = readItemForm(info.kind, values, true, unreadableDates(event.currentTarget, ['effectiveFrom']).size > 0);
    const fail = (found: FormErrors<ItemField>) => {
      setAdded(null);
      setErrors(found);
      setAttempt((n) => n + 1);
    };
    if (!read.ok) return fail(read.errors);
    if (referenceRows(data, info.kind).some((row) => row.code === read.input.code)) {
      // Saving an existing code renames it: adding must not do that by surprise.
      return fail({ fields: { code: `${read.input.code} is already used: choose another code, or change that ${info.singular} on its page` }, form: [] });
    }
    const result = await save({ input: read.input });
    if (result.error) return fail(errorsFromApi(result.error, { fields: labels, subject: `The ${info.singular}`, action: `The ${info.singular} was not added` }));
    setErrors(noErrors());
    setValues(emptyValues());
    setCodeTyped(false);
    const from = read.input.effectiveFrom ? `, in use from ${formatDate(read.input.effectiveFrom)}` : '';
    setAdded(`Added the ${info.singular} ‘${read.input.name}’ (${read.input.code})${from}.`);
  }

  return (
    <section aria-labelledby="add-item-heading">
      <h2 className="heading-l" id="add-item-heading">
        Add a {info.singular}
      </h2>
      <ErrorSummary items={summaryItems(errors, ITEM_FIELDS, (field) => itemFieldId('add', field))} focusKey={attempt} />
      {added && (
        <div className="notification" role="status" tabIndex={-1} ref={addedRef}>
          <p className="notification__text">{added}</p>
        </div>
      )}
      <form className="narrow" onSubmit={handleSubmit} noValidate aria-labelledby="add-item-heading">
        <ItemFields
          prefix="add"
          kind={info.kind}
          adding
          values={values}
          errors={errors}
          parents={parentChoices(data, info.kind)}
          onChange={(next) => {
            if (next.code !== values.code) setCodeTyped(next.code !== '');
            setValues(next);
          }}
          onNameChange={(name) => setValues((current) => ({ ...current, name, code: codeTyped ? current.code : codeFromName(name) }))}
        />
        <button type="submit" className="button">
          Add {info.singular}
        </button>
        <p role="status" className="form-status">
          {fetching ? `Adding the ${info.singular}…` : ''}
        </p>
      </form>
    </section>
  );
}
