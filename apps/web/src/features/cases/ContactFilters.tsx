import { CONTACT_SEARCH_LIMITS, isIsoDate } from '@complaints/domain';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { ContactSort, ContactStatus, Stage } from '../../graphql/graphql';
import { codesOf, CONTACT_SORTS, CONTACT_STATUSES, STAGES } from './case-labels';
import { unreadableDates } from './dom';
import type { FindParams } from './find-params';
import type { CaseOfficerOption } from './useCaseOfficersQuery';

type DateKey = 'receivedFrom' | 'receivedTo' | 'dueFrom' | 'dueTo';
type FilterField = 'q' | 'text' | DateKey;
const DATE_KEYS: readonly DateKey[] = ['receivedFrom', 'receivedTo', 'dueFrom', 'dueTo'];
const DATE_LABELS: Record<DateKey, string> = {
  receivedFrom: 'Received on or after',
  receivedTo: 'Received on or before',
  dueFrom: 'Next step due on or after',
  dueTo: 'Next step due on or before',
};

export interface ContactFiltersProps {
  params: FindParams;
  recordTypes: ReadonlyArray<{ code: string; name: string }>;
  serviceAreas: ReadonlyArray<{ code: string; name: string }>;
  officers: readonly CaseOfficerOption[];
  onApply: (params: FindParams) => void;
}

/** What checks a search: what the API would refuse, said beside the field first. */
export function filterProblems(draft: FindParams, unreadable: ReadonlySet<string> = new Set()): Partial<Record<FilterField, string>> {
  const problems: Partial<Record<FilterField, string>> = {};
  if (draft.q.trim().length > CONTACT_SEARCH_LIMITS.complainantName) problems.q = `Enter ${CONTACT_SEARCH_LIMITS.complainantName} characters or fewer`;
  else if (/\d/.test(draft.q) && !/^[A-Za-z0-9/_-]*$/.test(draft.q.trim())) problems.q = 'A reference has only letters, digits, /, - and _';
  const text = draft.text.trim();
  if (text && (text.length < CONTACT_SEARCH_LIMITS.textMin || text.length > CONTACT_SEARCH_LIMITS.textMax)) {
    problems.text = `Enter ${CONTACT_SEARCH_LIMITS.textMin} to ${CONTACT_SEARCH_LIMITS.textMax} characters`;
  }
  for (const key of DATE_KEYS) {
    if (unreadable.has(key) || (draft[key] !== '' && !isIsoDate(draft[key]))) problems[key] = `${DATE_LABELS[key]} must be a real date`;
  }
  return problems;
}

/** The search and filters: a draft until "Search", which puts them in the URL (from the first page). */
export function ContactFilters({ params, recordTypes, serviceAreas, officers, onApply }: ContactFiltersProps) {
  const [draft, setDraft] = useState(params);
  const [problems, setProblems] = useState<Partial<Record<FilterField, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const update = (changes: Partial<FindParams>) => setDraft((current) => ({ ...current, ...changes }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = filterProblems(draft, unreadableDates(event.currentTarget, DATE_KEYS));
    setProblems(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length === 0) onApply({ ...draft, q: draft.q.trim(), text: draft.text.trim() });
  }

  const any = (label: string) => [{ value: '', label }];
  const order: FilterField[] = ['q', 'text', ...DATE_KEYS];
  return (
    <form className="case-filters" onSubmit={handleSubmit} noValidate aria-label="Find a contact">
      <ErrorSummary items={order.flatMap((field) => (problems[field] ? [{ fieldId: `find-${field}`, message: problems[field]! }] : []))} focusKey={attempt} />
      <TextField
        id="find-q"
        name="q"
        type="search"
        label="Reference or complainant’s surname"
        hint="For example CS/2009/0123, 2009-0123 or Smith. The start of either is enough."
        autoComplete="off"
        spellCheck={false}
        maxLength={CONTACT_SEARCH_LIMITS.complainantName}
        error={problems.q}
        value={draft.q}
        onChange={(event) => update({ q: event.target.value })}
      />
      <div className="case-filters__fields">
        <SelectField
          id="find-recordType"
          label="Record type"
          options={[...any('Any record type'), ...recordTypes.map((t) => ({ value: t.code, label: t.name }))]}
          value={draft.recordType}
          onChange={(recordType) => update({ recordType })}
        />
        <SelectField
          id="find-stage"
          label="Stage"
          options={[...any('Any stage'), ...codesOf(STAGES).map((code) => ({ value: code, label: STAGES[code] }))]}
          value={draft.stage}
          onChange={(stage) => update({ stage: stage as Stage | '' })}
        />
        <SelectField
          id="find-status"
          label="Status"
          options={[...any('Any status'), ...codesOf(CONTACT_STATUSES).map((code) => ({ value: code, label: CONTACT_STATUSES[code] }))]}
          value={draft.status}
          onChange={(status) => update({ status: status as ContactStatus | '' })}
        />
        <SelectField
          id="find-serviceArea"
          label="Service area"
          options={[...any('Any service area'), ...serviceAreas.map((a) => ({ value: a.code, label: a.name }))]}
          value={draft.serviceArea}
          onChange={(serviceArea) => update({ serviceArea })}
        />
        <SelectField
          id="find-officer"
          label="Handled by"
          hint="The officer for the stage it is at now."
          options={[
            ...any('Anyone'),
            { value: 'ME', label: 'Me' },
            { value: 'NONE', label: 'No one yet' },
            ...officers.map((o) => ({ value: o.id, label: o.name })),
          ]}
          value={draft.officer}
          onChange={(officer) => update({ officer })}
        />
        <SelectField
          id="find-sort"
          label="Order"
          options={codesOf(CONTACT_SORTS).map((code) => ({ value: code, label: CONTACT_SORTS[code] }))}
          value={draft.sort}
          onChange={(sort) => update({ sort: sort as ContactSort })}
        />
        {DATE_KEYS.map((key) => (
          <TextField
            key={key}
            id={`find-${key}`}
            name={key}
            type="date"
            className="input--date"
            label={DATE_LABELS[key]}
            error={problems[key]}
            value={draft[key]}
            onChange={(event) => update({ [key]: event.target.value })}
          />
        ))}
      </div>
      <TextField
        id="find-text"
        name="text"
        label="Words in the summary or the complainant’s details (optional)"
        hint="3 to 100 characters, for example care plan or an email address. Slower than the searches above."
        autoComplete="off"
        maxLength={CONTACT_SEARCH_LIMITS.textMax}
        error={problems.text}
        value={draft.text}
        onChange={(event) => update({ text: event.target.value })}
      />
      <div className="checkboxes form-group">
        <div className="checkboxes__item">
          <input
            className="checkboxes__input"
            type="checkbox"
            id="find-overdue"
            checked={draft.overdue}
            onChange={(event) => update({ overdue: event.target.checked })}
          />
          <label className="checkboxes__label" htmlFor="find-overdue">
            Only contacts with a step overdue today
          </label>
        </div>
      </div>
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
}
