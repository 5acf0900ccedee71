import { GroupedSelectField } from '../cases/GroupedSelectField';
import type { ReferenceOptions } from '../reference/useReferenceOptionsQuery';
import type { FilterKey } from './trend-params';

export type IssueScope = 'primary' | 'any';

export interface IssueChoice {
  /** The issue's code, or '' for every issue. */
  issue: string;
  scope: IssueScope;
}

type IssueFilters = { readonly [K in 'issues' | 'anyIssues']?: readonly string[] | null };

/**
 * The single issue a filter picks, or null when the filter is more than this
 * picker can show (several issues, or both lists, from a link).
 */
export function issueChoice(filter: IssueFilters): IssueChoice | null {
  const primary = filter.issues ?? [];
  const any = filter.anyIssues ?? [];
  if (primary.length > 1 || any.length > 1 || (primary.length && any.length)) return null;
  return any.length ? { issue: any[0]!, scope: 'any' } : { issue: primary[0] ?? '', scope: 'primary' };
}

/** The filter lists a choice sets (the other list is emptied). */
export function issueFilters(choice: IssueChoice): Record<'issues' | 'anyIssues', string[]> {
  const codes = choice.issue ? [choice.issue] : [];
  return choice.scope === 'any' ? { issues: [], anyIssues: codes } : { issues: codes, anyIssues: [] };
}

export interface TrendIssueFilterProps {
  options: ReferenceOptions;
  choice: IssueChoice;
  onChange: (key: FilterKey, codes: string[]) => void;
}

/** One issue, picked from the issues grouped under their categories, as the primary issue or anywhere in the contact. */
export function TrendIssueFilter({ options, choice, onChange }: TrendIssueFilterProps) {
  function choose(next: IssueChoice) {
    const lists = issueFilters(next);
    onChange('issues', lists.issues);
    onChange('anyIssues', lists.anyIssues);
  }
  const groups = options.issueCategories.map((category) => ({
    label: category.name,
    options: category.issues.map((issue) => ({ value: issue.code, label: issue.name })),
  }));

  return (
    <div className="trend-issue-filter">
      <GroupedSelectField
        id="filter-issue"
        label="Issue"
        hint="One issue, from the list under its category"
        placeholder="Any issue"
        groups={groups}
        value={choice.issue}
        onChange={(issue) => choose({ ...choice, issue })}
      />
      {choice.issue && (
        <fieldset className="form-group fieldset">
          <legend className="fieldset__legend">Count contacts where it is</legend>
          <div className="radios">
            {(
              [
                ['primary', 'The primary issue'],
                ['any', 'Any issue raised'],
              ] as const
            ).map(([scope, label], i) => (
              <div className="radios__item" key={scope}>
                <input
                  className="radios__input"
                  type="radio"
                  id={i === 0 ? 'filter-issue-scope' : `filter-issue-scope-${i + 1}`}
                  name="filter-issue-scope"
                  value={scope}
                  checked={choice.scope === scope}
                  onChange={() => choose({ ...choice, scope })}
                />
                <label className="radios__label" htmlFor={i === 0 ? 'filter-issue-scope' : `filter-issue-scope-${i + 1}`}>
                  {label}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      )}
    </div>
  );
}
