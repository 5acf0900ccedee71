import type { TextareaHTMLAttributes } from 'react';
import { FormField } from './FormField';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
}

/** TextField's pattern for longer text. */
export function TextAreaField({ id, label, hint, error, className, rows = 3, ...textarea }: TextAreaFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(described) => (
        <textarea
          id={id}
          rows={rows}
          className={['textarea', error ? 'textarea--error' : '', className ?? ''].filter(Boolean).join(' ')}
          {...described}
          {...textarea}
        />
      )}
    </FormField>
  );
}
