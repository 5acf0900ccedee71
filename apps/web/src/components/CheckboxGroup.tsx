export interface CheckboxOption {
  value: string;
  label: string;
}

export interface CheckboxGroupProps {
  /** Prefix for the checkboxes' ids; the first one gets `${name}` so error links and labels can find it. */
  name: string;
  legend: string;
  hint?: string;
  options: CheckboxOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

/**
 * An accessible multi-select: a fieldset of checkboxes (each a 24px target
 * with its label), keeping the options' order in the value.
 */
export function CheckboxGroup({ name, legend, hint, options, selected, onChange }: CheckboxGroupProps) {
  const hintId = hint ? `${name}-hint` : undefined;

  function toggle(value: string, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(value);
    else next.delete(value);
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  }

  return (
    <fieldset className="form-group fieldset" aria-describedby={hintId}>
      <legend className="fieldset__legend">{legend}</legend>
      {hint && (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      )}
      <div className="checkboxes">
        {options.map((option, i) => {
          const id = i === 0 ? name : `${name}-${i + 1}`;
          return (
            <div className="checkboxes__item" key={option.value}>
              <input
                className="checkboxes__input"
                type="checkbox"
                id={id}
                name={name}
                value={option.value}
                checked={selected.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <label className="checkboxes__label" htmlFor={id}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
