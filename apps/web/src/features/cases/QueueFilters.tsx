import { useState, type FormEvent } from 'react';
import { SelectField } from '../../components/SelectField';
import type { CaseworkSort, CaseworkStatus, CaseworkStep } from '../../graphql/graphql';
import { CASEWORK_SORTS, codesOf, STEPS } from './case-labels';
import type { QueueParams } from './queue-params';
import type { CaseOfficerOption } from './useCaseOfficersQuery';

export interface QueueFiltersProps {
  params: QueueParams;
  recordTypes: ReadonlyArray<{ code: string; name: string }>;
  serviceAreas: ReadonlyArray<{ code: string; name: string }>;
  officers: readonly CaseOfficerOption[];
  onApply: (params: QueueParams) => void;
}

const STATUS_LABELS: Record<CaseworkStatus, string> = { OVERDUE: 'Overdue', DUE_THIS_WEEK: 'Due this week' };

/** Whose steps, which, and in what order: a draft until "Filter the queue" puts it in the URL. */
export function QueueFilters({ params, recordTypes, serviceAreas, officers, onApply }: QueueFiltersProps) {
  const [draft, setDraft] = useState(params);
  const update = (changes: Partial<QueueParams>) => setDraft((current) => ({ ...current, ...changes }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(draft);
  }

  const any = (label: string) => [{ value: '', label }];
  return (
    <form className="case-filters" onSubmit={handleSubmit} noValidate aria-label="Filter the queue">
      <div className="case-filters__fields">
        <SelectField
          id="queue-officer"
          label="Whose steps"
          hint="The officer assigned to each step’s stage."
          options={[
            ...any('Everyone’s'),
            { value: 'ME', label: 'Mine' },
            { value: 'NONE', label: 'No one’s yet' },
            ...officers.map((o) => ({ value: o.id, label: o.name })),
          ]}
          value={draft.officer}
          onChange={(officer) => update({ officer })}
        />
        <SelectField
          id="queue-step"
          label="Step"
          options={[...any('Any step'), ...codesOf(STEPS).map((code) => ({ value: code, label: STEPS[code] }))]}
          value={draft.step}
          onChange={(step) => update({ step: step as CaseworkStep | '' })}
        />
        <SelectField
          id="queue-status"
          label="Overdue or due"
          options={[...any('Both'), ...codesOf(STATUS_LABELS).map((code) => ({ value: code, label: STATUS_LABELS[code] }))]}
          value={draft.status}
          onChange={(status) => update({ status: status as CaseworkStatus | '' })}
        />
        <SelectField
          id="queue-recordType"
          label="Record type"
          options={[...any('Any record type'), ...recordTypes.map((t) => ({ value: t.code, label: t.name }))]}
          value={draft.recordType}
          onChange={(recordType) => update({ recordType })}
        />
        <SelectField
          id="queue-serviceArea"
          label="Service area"
          options={[...any('Any service area'), ...serviceAreas.map((a) => ({ value: a.code, label: a.name }))]}
          value={draft.serviceArea}
          onChange={(serviceArea) => update({ serviceArea })}
        />
        <SelectField
          id="queue-sort"
          label="Order"
          options={codesOf(CASEWORK_SORTS).map((code) => ({ value: code, label: CASEWORK_SORTS[code] }))}
          value={draft.sort}
          onChange={(sort) => update({ sort: sort as CaseworkSort })}
        />
      </div>
      <button type="submit" className="button button--secondary">
        Filter the queue
      </button>
    </form>
  );
}
