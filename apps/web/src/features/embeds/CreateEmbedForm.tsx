import { useEffect, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { DisclosureRule } from '../../graphql/graphql';
import { hasErrors, summaryItems } from '../cases/form-errors';
import { createEmbedInput, EMBED_FIELD_LABELS, EMBED_FIELDS, embedErrorsFromApi, newEmbedForm, validateEmbedForm, type EmbedField, type EmbedFormErrors, type EmbedFormValues } from './embed-form';
import { DISCLOSURE_RULE_ORDER, DISCLOSURE_RULES } from './embed-labels';
import { useCreateEmbed } from './embed-mutations';

export interface CreatedEmbed {
  url: string;
  snippet: string;
}

export interface CreateEmbedFormProps {
  chartId: string;
  onCreated: (created: CreatedEmbed) => void;
  onCancel: () => void;
}

const fieldId = (field: EmbedField) => `new-embed-${field}`;
const RULE_OPTIONS = [
  { value: '', label: 'The council’s default rule' },
  ...DISCLOSURE_RULE_ORDER.map((value) => ({ value, label: DISCLOSURE_RULES[value].label })),
];
const COUNCIL_DEFAULT = 'The rule your council has chosen for everything published outside Complaints Insight. The register shows which it is once the embed is created.';
const NO_ERRORS: EmbedFormErrors = { fields: {}, form: [] };

/** Publishes the saved chart as an embed: when it stops, a note for the register, and how small numbers are hidden. */
export function CreateEmbedForm({ chartId, onCreated, onCancel }: CreateEmbedFormProps) {
  const [form, setForm] = useState<EmbedFormValues>(() => newEmbedForm());
  const [errors, setErrors] = useState<EmbedFormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [{ fetching }, create] = useCreateEmbed();

  useEffect(() => {
    document.getElementById(fieldId('expiresAt'))?.focus();
  }, []);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    const found = validateEmbedForm(form);
    setAttempt((n) => n + 1);
    setErrors(found);
    if (hasErrors(found)) return;
    const result = await create({ chartId, input: createEmbedInput(form) });
    if (result.data) {
      const { url, snippet } = result.data.createEmbed;
      onCreated({ url, snippet });
      return;
    }
    setErrors(result.error ? embedErrorsFromApi(result.error) : { fields: {}, form: ['The embed was not created. Try again'] });
    setAttempt((n) => n + 1);
  }

  const change = (changes: Partial<EmbedFormValues>) => setForm((current) => ({ ...current, ...changes }));

  return (
    <form className="embed-form" onSubmit={(event) => void handleSubmit(event)} noValidate aria-label="Publish as embed">
      <ErrorSummary items={summaryItems(errors, EMBED_FIELDS, fieldId)} focusKey={attempt} />
      <TextField
        id={fieldId('expiresAt')}
        type="date"
        className="input--date"
        label={EMBED_FIELD_LABELS.expiresAt}
        hint="From the next day readers see “This chart is no longer available”. Leave it empty to keep the embed until you revoke it."
        value={form.expiresAt}
        error={errors.fields.expiresAt}
        onChange={(event) => change({ expiresAt: event.target.value })}
      />
      <TextAreaField
        id={fieldId('note')}
        label={EMBED_FIELD_LABELS.note}
        hint="For the register: where it is published and who asked for it, for example “Intranet news, 12 March, for the communications team”"
        value={form.note}
        error={errors.fields.note}
        rows={2}
        onChange={(event) => change({ note: event.target.value })}
      />
      <SelectField
        id={fieldId('disclosureRule')}
        label={EMBED_FIELD_LABELS.disclosureRule}
        hint="Readers outside the team see figures under this rule: small counts are hidden so that no child or family can be identified, and so are any figures they could be worked out from."
        options={RULE_OPTIONS}
        value={form.disclosureRule}
        error={errors.fields.disclosureRule}
        onChange={(value) => change({ disclosureRule: value as DisclosureRule | '' })}
      />
      <p className="inset-text embed-form__rule" id={`${fieldId('disclosureRule')}-description`} aria-live="polite">
        {form.disclosureRule ? DISCLOSURE_RULES[form.disclosureRule].description : COUNCIL_DEFAULT}
      </p>
      <div className="chart-buttons">
        <button type="submit" className="button" aria-disabled={fetching || undefined}>
          Create the embed
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <p role="status" className="form-status">
        {fetching ? 'Creating the embed…' : ''}
      </p>
    </form>
  );
}
