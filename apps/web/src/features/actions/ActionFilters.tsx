import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { TextField } from '../../components/TextField';
import type { LearningActionStatus } from '../../graphql/graphql';
import { STATUSES, STATUS_LABELS } from './action-labels';
import { hasFilters, type ActionFilterParams } from './action-params';
import type { ReferenceOptions } from '../reference/useReferenceOptionsQuery';

export interface ActionFiltersProps {
  /** The filters in the URL now. */
  filter: ActionFilterParams;
  options: ReferenceOptions | undefined;
  optionsFetching: boolean;
  onApply: (filter: ActionFilterParams) => void;
}

const STATUS_OPTIONS = STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }));
const OVERDUE_CHOICES: Array<{ id: string; value: boolean | null; label: string }> = [
  { id: 'filter-overdue', value: null, label: 'Any' },
  { id: 'filter-overdue-true', value: true, label: 'Overdue only' },
  { id: 'filter-overdue-false', value: false, label: 'Not overdue' },
];

/** The list's filters as a form; "Apply filters" puts them in the URL. */
export function ActionFilters({ filter, options, optionsFetching, onApply }: ActionFiltersProps) {
  const [draft, setDraft] = useState<ActionFilterParams>(filter);
  const [moreOpenAtFirst] = useState(filter.serviceAreas.length + filter.issueCategories.length > 0);

  function update(changes: Partial<ActionFilterParams>) {
    setDraft((current) => ({ ...current, ...changes }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(draft);
  }

  const more = draft.serviceAreas.length + draft.issueCategories.length;

  return (
    <form className="action-filters" onSubmit={handleSubmit} noValidate aria-labelledby="action-filters-heading">
      <h2 className="heading-m" id="action-filters-heading">
        Filter actions
      </h2>
      <CheckboxGroup
        name="filter-statuses"
        legend="Status"
        options={STATUS_OPTIONS}
        selected={draft.statuses}
        onChange={(statuses) => update({ statuses: statuses as LearningActionStatus[] })}
      />
      <fieldset className="form-group fieldset">
        <legend className="fieldset__legend">Due date</legend>
        <div className="radios">
          {OVERDUE_CHOICES.map((choice) => (
            <div className="radios__item" key={choice.id}>
              <input
                className="radios__input"
                type="radio"
                id={choice.id}
                name="filter-overdue"
                checked={draft.overdue === choice.value}
                onChange={() => update({ overdue: choice.value })}
              />
              <label className="radios__label" htmlFor={choice.id}>
                {choice.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <TextField
        id="filter-owner"
        label="Owner (by whom)"
        hint="Part of a name or team, for example manager"
        value={draft.owner}
        onChange={(event) => update({ owner: event.target.value })}
      />
      <details className="details" open={moreOpenAtFirst}>
        <summary className="details__summary">
          Service area and issue category{more > 0 ? ` (${more} chosen)` : ''}
        </summary>
        <div className="details__text">
          {options ? (
            <>
              <CheckboxGroup
                name="filter-serviceAreas"
                legend="Service area"
                options={options.serviceAreas.map((a) => ({ value: a.code, label: a.name }))}
                selected={draft.serviceAreas}
                onChange={(serviceAreas) => update({ serviceAreas })}
              />
              <CheckboxGroup
                name="filter-issueCategories"
                legend="Issue category"
                options={options.issueCategories.map((c) => ({ value: c.code, label: c.name }))}
                selected={draft.issueCategories}
                onChange={(issueCategories) => update({ issueCategories })}
              />
            </>
          ) : (
            <p className="hint">
              {optionsFetching
                ? 'Loading the service areas and issue categories…'
                : 'The service areas and issue categories could not be loaded. Reload the page to try again.'}
            </p>
          )}
        </div>
      </details>
      <div className="button-group">
        <button type="submit" className="button">
          Apply filters
        </button>
        {hasFilters(filter) && (
          <Link to="/actions" className="action-filters__clear">
            Clear filters
          </Link>
        )}
      </div>
    </form>
  );
}
