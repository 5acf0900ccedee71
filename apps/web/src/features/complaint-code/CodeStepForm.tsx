import { useState, type FormEvent } from 'react';
import type { CombinedError } from 'urql';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, type SelectOption } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { apiProblems } from '../cases/form-errors';

export interface CodeField {
  /** The API's name for it, so the API's BAD_USER_INPUT problems land beside it. */
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'date' | 'number' | 'select' | 'checkbox';
  hint?: string;
  options?: SelectOption[];
  initial?: string;
  /** Checked before sending: an empty value is refused with "Enter …" (or "Choose …"). */
  required?: boolean;
}

export interface CodeStepFormProps {
  /** Unique on the page: fields' ids start with it. */
  id: string;
  /** What the disclosure opens, e.g. "Record a refusal". */
  title: string;
  fields: CodeField[];
  submitLabel: string;
  /** Sends the values (all strings; checkboxes 'true' or ''); resolves to the mutation's error, if any. */
  onSubmit: (values: Record<string, string>) => Promise<{ error?: CombinedError | undefined }>;
  /** After a save: what to announce. */
  onSaved: (message: string) => void;
  savedMessage: string;
}

/**
 * One step of the Code's process as a small form inside a disclosure (native
 * <details>, so keyboard and screen readers work without script). Errors from
 * its own checks or the API's problems are shown beside each field (linked
 * with aria-describedby) and in a summary that takes focus.
 */
export function CodeStepForm({ id, title, fields, submitLabel, onSubmit, onSaved, savedMessage }: CodeStepFormProps) {
  const initial = () => Object.fromEntries(fields.map((f) => [f.name, f.initial ?? '']));
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [errors, setErrors] = useState<{ fields: Record<string, string>; form: string[] }>({ fields: {}, form: [] });
  const [submits, setSubmits] = useState(0);
  const [sending, setSending] = useState(false);
  const [open, setOpen] = useState(false);
  const fieldId = (name: string) => `${id}-${name}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmits((n) => n + 1);
    const missing = Object.fromEntries(
      fields
        .filter((f) => f.required && !values[f.name]?.trim())
        .map((f) => [f.name, `${f.kind === 'select' ? 'Choose' : 'Enter'} ${f.label.charAt(0).toLowerCase()}${f.label.slice(1)}`]),
    );
    if (Object.keys(missing).length) {
      setErrors({ fields: missing, form: [] });
      return;
    }
    setSending(true);
    const { error } = await onSubmit(values);
    setSending(false);
    if (error) {
      const problems = apiProblems(error);
      if (!problems) {
        setErrors({ fields: {}, form: [`It could not be saved: ${error.message.replace(/^\[\w+\]\s*/, '')}`] });
        return;
      }
      const known = new Set(fields.map((f) => f.name));
      const byField: Record<string, string> = {};
      const form: string[] = [];
      for (const p of problems) {
        const name = p.field.replace(/^input\./, '');
        if (known.has(name) && !byField[name]) byField[name] = p.message;
        else form.push(p.message);
      }
      setErrors({ fields: byField, form });
      return;
    }
    setErrors({ fields: {}, form: [] });
    setValues(initial());
    setOpen(false);
    onSaved(savedMessage);
  }

  const summary = [
    ...errors.form.map((message) => ({ message })),
    ...fields.flatMap((f) => (errors.fields[f.name] ? [{ fieldId: fieldId(f.name), message: errors.fields[f.name]! }] : [])),
  ];
  const set = (name: string) => (value: string) => setValues((v) => ({ ...v, [name]: value }));

  return (
    <details className="details code-step" open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary className="details__summary">{title}</summary>
      <form className="details__text" noValidate onSubmit={submit} aria-label={title}>
        <ErrorSummary items={summary} focusKey={submits} />
        {fields.map((f) => {
          const common = { id: fieldId(f.name), label: f.label, hint: f.hint, error: errors.fields[f.name] };
          switch (f.kind) {
            case 'textarea':
              return <TextAreaField key={f.name} {...common} value={values[f.name]} onChange={(e) => set(f.name)(e.target.value)} />;
            case 'select':
              return <SelectField key={f.name} {...common} options={[{ value: '', label: 'Choose…' }, ...(f.options ?? [])]} value={values[f.name] ?? ''} onChange={set(f.name)} />;
            case 'checkbox':
              return (
                <div className="checkboxes__item" key={f.name}>
                  <input
                    className="checkboxes__input"
                    type="checkbox"
                    id={common.id}
                    checked={values[f.name] === 'true'}
                    onChange={(e) => set(f.name)(e.target.checked ? 'true' : '')}
                  />
                  <label className="label checkboxes__label" htmlFor={common.id}>
                    {f.label}
                  </label>
                </div>
              );
            default:
              return (
                <TextField
                  key={f.name}
                  {...common}
                  type={f.kind === 'number' ? 'text' : f.kind}
                  inputMode={f.kind === 'number' ? 'numeric' : undefined}
                  className={f.kind === 'text' ? undefined : 'input--width-10'}
                  value={values[f.name]}
                  onChange={(e) => set(f.name)(e.target.value)}
                />
              );
          }
        })}
        <button type="submit" className="button" disabled={sending}>
          {sending ? 'Saving…' : submitLabel}
        </button>
      </form>
    </details>
  );
}
