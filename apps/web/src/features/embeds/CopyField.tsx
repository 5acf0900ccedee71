import { useRef, useState } from 'react';
import { FormField } from '../../components/FormField';

export interface CopyFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  /** A snippet of several lines (a textarea) rather than a link (an input). */
  multiline?: boolean;
}

/**
 * Read-only text with a "Copy" button. Where the browser will not let us
 * write to the clipboard (an address without HTTPS, a refused permission),
 * the text is selected instead and the person is told to copy it themselves.
 */
export function CopyField({ id, label, hint, value, multiline = false }: CopyFieldProps) {
  const [status, setStatus] = useState('');
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setStatus('Copied.');
    } catch {
      field.current?.focus();
      field.current?.select();
      setStatus('Your browser did not let us copy it. The text is selected: press Ctrl+C (or Cmd+C on a Mac) to copy it.');
    }
  }

  return (
    <div className="copy-field">
      <FormField id={id} label={label} hint={hint}>
        {(described) =>
          multiline ? (
            <textarea id={id} ref={field} className="textarea copy-field__text" rows={5} readOnly value={value} spellCheck={false} {...described} />
          ) : (
            <input id={id} ref={field} className="input copy-field__text" readOnly value={value} spellCheck={false} {...described} />
          )
        }
      </FormField>
      <button type="button" className="button button--secondary copy-field__button" onClick={() => void copy()}>
        Copy<span className="visually-hidden"> {label.charAt(0).toLowerCase() + label.slice(1)}</span>
      </button>
      <p role="status" className="copy-field__status">
        {status}
      </p>
    </div>
  );
}
