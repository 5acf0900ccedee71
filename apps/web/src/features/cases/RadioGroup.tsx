import type { ReactNode } from 'react';

export interface RadioOption {
  value: string;
  label: string;
}

export interface RadioGroupProps {
  /** The radios' name; the first radio's id, so error links and labels can find it. */
  name: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  options: readonly RadioOption[];
  value: string;
  onChange: (value: string) => void;
  /** Shown beneath the radios, e.g. a question that follows from the choice. */
  children?: ReactNode;
}

/** One choice of a few (GOV.UK radios): a fieldset with its hint and error tied to it, 24px targets. */
export function RadioGroup({ name, legend, hint, error, options, value, onChange, children }: RadioGroupProps) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className="fieldset__legend">{legend}</legend>
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
        <div className="radios">
          {options.map((option, i) => {
            const id = i === 0 ? name : `${name}-${i + 1}`;
            return (
              <div className="radios__item" key={option.value}>
                <input
                  className="radios__input"
                  type="radio"
                  id={id}
                  name={name}
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                />
                <label className="radios__label" htmlFor={id}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
        {children}
      </fieldset>
    </div>
  );
}
