import type { InputHTMLAttributes } from 'react';
import { FormField } from './FormField';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
}

/** A labelled input with an optional hint and an error message tied to it by aria-describedby. */
export function TextField({ id, label, hint, error, className, ...input }: TextFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(described) => (
        <input id={id} className={['input', error ? 'input--error' : '', className ?? ''].filter(Boolean).join(' ')} {...described} {...input} />
      )}
    </FormField>
  );
}
