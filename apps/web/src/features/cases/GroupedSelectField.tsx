export interface OptionGroup {
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}

export interface GroupedSelectFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** The first, empty option, e.g. 'Choose the main issue'. */
  placeholder: string;
  groups: readonly OptionGroup[];
  value: string;
  onChange: (value: string) => void;
}

/** A labelled <select> whose options are grouped (<optgroup>), e.g. issues under their categories. */
export function GroupedSelectField({ id, label, hint, error, placeholder, groups, value, onChange }: GroupedSelectFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && (
        <p className="error-message" id={errorId}>
          <span className="visually-hidden">Error:</span> {error}
        </p>
      )}
      <select
        id={id}
        className={error ? 'select select--error' : 'select'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{placeholder}</option>
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
