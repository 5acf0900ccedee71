import { useState, type FormEvent } from 'react';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { InformationRequestSort, InformationRequestStatus, RequesterType } from '../../graphql/graphql';
import { REQUESTER_TYPE_LABELS, SORT_LABELS, STATUS_FILTER_LABELS, codesOf } from './request-labels';
import { changeView, financialYearChoices, type RegisterParams } from './request-params';

export interface RequestFiltersProps {
  view: RegisterParams;
  serviceAreas: ReadonlyArray<{ code: string; name: string }>;
  onApply: (view: RegisterParams) => void;
}

/** The register's filters and order: a draft until "Apply", which puts it in the URL (and starts at the first page). */
export function RequestFilters({ view, serviceAreas, onApply }: RequestFiltersProps) {
  const [draft, setDraft] = useState(view);
  const update = (changes: Partial<RegisterParams>) => setDraft((current) => ({ ...current, ...changes }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(changeView(view, { ...draft, search: draft.search.trim() }));
  }

  const any = (label: string) => [{ value: '', label }];
  return (
    <form className="ir-filters" onSubmit={handleSubmit} noValidate aria-label="Filter the register">
      <div className="ir-filters__fields">
        <TextField
          id="search"
          name="search"
          label="Reference or requester’s name"
          hint="Part of either is enough, for example 2009-0042 or Bloggs."
          value={draft.search}
          maxLength={100}
          onChange={(event) => update({ search: event.target.value })}
        />
        <SelectField
          id="status"
          label="Status"
          options={[...any('Any status'), ...codesOf(STATUS_FILTER_LABELS).map((code) => ({ value: code, label: STATUS_FILTER_LABELS[code] }))]}
          value={draft.status ?? ''}
          onChange={(status) => update({ status: (status || null) as InformationRequestStatus | null })}
        />
        <SelectField
          id="requesterType"
          label="Who asked"
          options={[...any('Anyone'), ...codesOf(REQUESTER_TYPE_LABELS).map((code) => ({ value: code, label: REQUESTER_TYPE_LABELS[code] }))]}
          value={draft.requesterType ?? ''}
          onChange={(requesterType) => update({ requesterType: (requesterType || null) as RequesterType | null })}
        />
        <SelectField
          id="serviceArea"
          label="Service area"
          options={[...any('Any service area'), ...serviceAreas.map((area) => ({ value: area.code, label: area.name }))]}
          value={draft.serviceArea}
          onChange={(serviceArea) => update({ serviceArea })}
        />
        <SelectField
          id="financialYear"
          label="Received in financial year"
          options={[...any('Any year'), ...financialYearChoices().map((year) => ({ value: year, label: year }))]}
          value={draft.financialYear}
          onChange={(financialYear) => update({ financialYear })}
        />
        <SelectField
          id="sort"
          label="Order"
          options={codesOf(SORT_LABELS).map((code) => ({ value: code, label: SORT_LABELS[code] }))}
          value={draft.sort}
          onChange={(sort) => update({ sort: sort as InformationRequestSort })}
        />
      </div>
      <div className="ir-buttons">
        <button type="submit" className="button button--secondary">
          Apply filters
        </button>
      </div>
    </form>
  );
}
