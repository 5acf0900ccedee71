import type { SelectHTMLAttributes } from 'react';
import { FormField } from './FormField';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  options: SelectOption[];
  value: string;
  onChange: (value: string) => void;
}

/** A labelled <select> with an optional hint and error message. */
export function SelectField({ id, label, hint, error, options, value, onChange, ...select }: SelectFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(described) => (
        <select
          id={id}
          className={error ? 'select select--error' : 'select'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          {...described}
          {...select}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
