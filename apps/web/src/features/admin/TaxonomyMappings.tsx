import { todayIso } from '@complaints/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { TaxonomyKind } from '../../graphql/graphql';
import { formatDate } from '../actions/action-format';
import { errorsFromApi, noErrors, summaryItems, type FormErrors } from '../cases/form-errors';
import type { KindInfo, ReferenceRow } from './reference-kinds';
import {
  emptyMappingForm,
  MAPPING_FIELD_LABELS,
  MAPPING_FIELDS,
  MAPPING_KIND_LABELS,
  mappingRows,
  readMappingForm,
  type MappingField,
  type MappingFormValues,
} from './taxonomy-mappings';
import { useAddTaxonomyMapping, useTaxonomyMappingsQuery } from './useTaxonomyMappings';

const fieldId = (field: MappingField) => `mapping-${field}`;

/**
 * A reorganisation of one kind: the mappings made (old value → new ones, from
 * a date, and a split's rule), and a form to retire a value and say what
 * replaced it. Records keep their values; trends in the current taxonomy and
 * the annual report follow the mappings.
 */
export function TaxonomyMappings({ info, kind, rows }: { info: KindInfo; kind: TaxonomyKind; rows: ReferenceRow[] }) {
  const [result, reexecute] = useTaxonomyMappingsQuery();
  const nameOf = (code: string) => rows.find((r) => r.code === code)?.name ?? code;
  return (
    <section aria-labelledby="mappings-heading">
      <h2 className="heading-l" id="mappings-heading">
        Reorganisations
      </h2>
      <p>
        When a {info.singular} is replaced, older records keep the one they were recorded with. Trends can count them as recorded, or
        mapped to the {info.plural.toLowerCase()} in force at the end of the period; the annual report maps its previous year this way.
      </p>
      <QueryState result={result} label="reorganisations" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(data) => {
          const mapped = mappingRows(data.taxonomyMappings, kind);
          return (
            <>
              {mapped.length === 0 ? (
                <p>No {info.singular} has been replaced yet.</p>
              ) : (
                <div className="table-scroll" role="region" aria-labelledby="mappings-caption" tabIndex={0}>
                  <table className="table admin-table">
                    <caption id="mappings-caption">
                      {info.plural} replaced, and by what
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Old {info.singular}</th>
                        <th scope="col">Replaced by</th>
                        <th scope="col">How</th>
                        <th scope="col">From</th>
                        <th scope="col">Rule for older records</th>
                      </tr>
                    </thead>
                    <tbody>
                      {mapped.map((row) => (
                        <tr key={row.fromCode}>
                          <th scope="row">{nameOf(row.fromCode)}</th>
                          <td>{row.toCodes.map(nameOf).join(', ')}</td>
                          <td>{MAPPING_KIND_LABELS[row.mappingKind].split(':')[0]}</td>
                          <td>{formatDate(row.effectiveFrom)}</td>
                          <td>{row.rule ?? ''}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              <MappingForm info={info} kind={kind} rows={rows} mappedCodes={new Set(mapped.map((r) => r.fromCode))} />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

function MappingForm({ info, kind, rows, mappedCodes }: { info: KindInfo; kind: TaxonomyKind; rows: ReferenceRow[]; mappedCodes: Set<string> }) {
  const [values, setValues] = useState<MappingFormValues>(emptyMappingForm);
  const [errors, setErrors] = useState<FormErrors<MappingField>>(noErrors);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const [{ fetching }, add] = useAddTaxonomyMapping();
  const doneRef = useRef<HTMLDivElement>(null);
  const set = (patch: Partial<MappingFormValues>) => setValues((current) => ({ ...current, ...patch }));
  const today = todayIso();
  const nameOf = (code: string) => rows.find((r) => r.code === code)?.name ?? code;
  const split = values.mappingKind === 'SPLIT';

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    const fail = (found: FormErrors<MappingField>) => {
      setDone(null);
      setErrors(found);
      setAttempt((n) => n + 1);
    };
    const read = readMappingForm(kind, values);
    if (!read.ok) return fail(read.errors);
    const result = await add({ input: read.input });
    if (result.error) {
      return fail(errorsFromApi(result.error, { fields: MAPPING_FIELD_LABELS, subject: `The ${info.singular}`, action: 'The replacement was not saved' }));
    }
    setErrors(noErrors());
    setValues(emptyMappingForm());
    setDone(`${nameOf(read.input.fromCode)} is replaced by ${read.input.toCodes.map(nameOf).join(', ')} from ${formatDate(read.input.effectiveFrom)}.`);
  }

  // Any value not yet mapped may be retired and replaced; the new values are those not retired.
  const fromOptions = rows.filter((r) => !mappedCodes.has(r.code));
  const toOptions = rows.filter((r) => !r.retiredFrom || r.retiredFrom > today || r.code === values.fromCode).filter((r) => r.code !== values.fromCode);
  const toError = errors.fields.toCodes;

  return (
    <>
      <h3 className="heading-m" id="mapping-form-heading">
        Retire a {info.singular} and say what replaces it
      </h3>
      <p className="hint">Add any new {info.plural.toLowerCase()} first (above). The old one is retired from the date given, if it is not already.</p>
      <ErrorSummary items={summaryItems(errors, MAPPING_FIELDS, fieldId)} focusKey={attempt} />
      {done && (
        <div className="notification" role="status" tabIndex={-1} ref={doneRef}>
          <p className="notification__text">{done}</p>
        </div>
      )}
      <form className="narrow" onSubmit={handleSubmit} noValidate aria-labelledby="mapping-form-heading">
        <SelectField
          id={fieldId('fromCode')}
          label={MAPPING_FIELD_LABELS.fromCode}
          error={errors.fields.fromCode}
          value={values.fromCode}
          onChange={(fromCode) => set({ fromCode, toCodes: values.toCodes.filter((c) => c !== fromCode) })}
          options={[{ value: '', label: `Choose a ${info.singular}` }, ...fromOptions.map((r) => ({ value: r.code, label: `${r.name} (${r.code})` }))]}
        />
        <TextField
          id={fieldId('effectiveFrom')}
          type="date"
          label={MAPPING_FIELD_LABELS.effectiveFrom}
          hint="The first day the new values are used; for example, 2010-04-01."
          error={errors.fields.effectiveFrom}
          value={values.effectiveFrom}
          onChange={(event) => set({ effectiveFrom: event.target.value })}
        />
        <fieldset className="form-group fieldset">
          <legend className="fieldset__legend">{MAPPING_FIELD_LABELS.mappingKind}</legend>
          <div className="radios">
            {(Object.keys(MAPPING_KIND_LABELS) as Array<MappingFormValues['mappingKind']>).map((mappingKind, i) => {
              const id = i === 0 ? fieldId('mappingKind') : `${fieldId('mappingKind')}-${mappingKind}`;
              return (
                <div className="radios__item" key={mappingKind}>
                  <input
                    className="radios__input"
                    type="radio"
                    id={id}
                    name="mappingKind"
                    value={mappingKind}
                    checked={values.mappingKind === mappingKind}
                    onChange={() => set({ mappingKind })}
                  />
                  <label className="radios__label" htmlFor={id}>
                    {MAPPING_KIND_LABELS[mappingKind]}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
        <fieldset className={toError ? 'form-group form-group--error fieldset' : 'form-group fieldset'} aria-describedby={toError ? `${fieldId('toCodes')}-error` : undefined}>
          <legend className="fieldset__legend">{MAPPING_FIELD_LABELS.toCodes}</legend>
          {toError && (
            <p className="error-message" id={`${fieldId('toCodes')}-error`}>
              <span className="visually-hidden">Error:</span> {toError}
            </p>
          )}
          <div className="checkboxes">
            {toOptions.map((option, i) => {
              const id = i === 0 ? fieldId('toCodes') : `${fieldId('toCodes')}-${i + 1}`;
              return (
                <div className="checkboxes__item" key={option.code}>
                  <input
                    className="checkboxes__input"
                    type="checkbox"
                    id={id}
                    name="toCodes"
                    value={option.code}
                    checked={values.toCodes.includes(option.code)}
                    onChange={(event) =>
                      set({ toCodes: event.target.checked ? [...values.toCodes, option.code] : values.toCodes.filter((c) => c !== option.code) })
                    }
                  />
                  <label className="checkboxes__label" htmlFor={id}>
                    {option.name}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
        {split && (
          <>
            <SelectField
              id={fieldId('designated')}
              label={MAPPING_FIELD_LABELS.designated}
              hint="Older records cannot be shared out without reading each one again, so one new value takes them all."
              error={errors.fields.designated}
              value={values.designated}
              onChange={(designated) => set({ designated })}
              options={[{ value: '', label: 'Choose one of the new values' }, ...values.toCodes.map((code) => ({ value: code, label: nameOf(code) }))]}
            />
            <TextAreaField
              id={fieldId('rule')}
              label={MAPPING_FIELD_LABELS.rule}
              hint="Shown with every trend and report that applies the split."
              error={errors.fields.rule}
              value={values.rule}
              onChange={(event) => set({ rule: event.target.value })}
            />
          </>
        )}
        <button type="submit" className="button">
          Retire and replace
        </button>
        <p role="status" className="form-status">
          {fetching ? 'Saving the replacement…' : ''}
        </p>
      </form>
    </>
  );
}

