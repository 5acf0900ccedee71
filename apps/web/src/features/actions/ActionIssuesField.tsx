import { CheckboxGroup } from '../../components/CheckboxGroup';
import { FIELD_LABELS } from './action-labels';

export interface IssueCategoryWithIssues {
  code: string;
  issues: ReadonlyArray<{ code: string; name: string }>;
}

export interface ActionIssuesFieldProps {
  /** The first checkbox's id (the error summary links to it). */
  id: string;
  /** The chosen issue category's code ('' for none). */
  category: string;
  categories: readonly IssueCategoryWithIssues[];
  selected: readonly string[];
  error?: string;
  onChange: (issues: string[]) => void;
}

/**
 * The issues an action answers: a checkbox group of the chosen category's
 * issues (the API takes only those). Appendix 1 counts the complaints naming them.
 */
export function ActionIssuesField({ id, category, categories, selected, error, onChange }: ActionIssuesFieldProps) {
  const issues = categories.find((c) => c.code === category)?.issues ?? [];
  const errorMessage = error && (
    <p className="error-message" id={`${id}-error`}>
      <span className="visually-hidden">Error:</span> {error}
    </p>
  );
  if (!issues.length) {
    return (
      <div className={error ? 'form-group form-group--error' : 'form-group'}>
        {errorMessage}
        <p className="hint" id={id} tabIndex={-1}>
          {FIELD_LABELS.issues}: choose an issue category to name the issues the action answers.
        </p>
      </div>
    );
  }
  return (
    <div className={error ? 'form-group--error' : undefined}>
      {errorMessage}
      <CheckboxGroup
        name={id}
        legend={`${FIELD_LABELS.issues} (optional)`}
        hint="The issues the action answers. Appendix 1 counts the year's complaints naming them; with none ticked, it counts every issue of the category."
        options={issues.map((issue) => ({ value: issue.code, label: issue.name }))}
        selected={selected}
        onChange={onChange}
      />
    </div>
  );
}
