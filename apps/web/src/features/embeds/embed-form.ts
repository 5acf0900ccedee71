/** The "publish as embed" form: expiry, note and disclosure rule, checked before sending. */
import { isIsoDate, todayIso } from '@complaints/domain';
import { expiryInstant } from './embed-dates';
import type { CombinedError } from 'urql';
import type { CreateEmbedInput, DisclosureRule } from '../../graphql/graphql';
import { errorsFromApi, noErrors, type FormErrors } from '../cases/form-errors';

export type EmbedField = 'expiresAt' | 'note' | 'disclosureRule';
export const EMBED_FIELDS: readonly EmbedField[] = ['expiresAt', 'note', 'disclosureRule'];

export const EMBED_FIELD_LABELS: Readonly<Record<EmbedField, string>> = {
  expiresAt: 'Last day to show it (optional)',
  note: 'Note (optional)',
  disclosureRule: 'How small numbers are hidden',
};

export interface EmbedFormValues {
  /** The last day it is shown, 'YYYY-MM-DD' from the date input, or '' for no expiry. */
  expiresAt: string;
  note: string;
  /** '': the council's default (the API's DISCLOSURE_RULE setting). */
  disclosureRule: DisclosureRule | '';
}

export type EmbedFormErrors = FormErrors<EmbedField>;

/** The API's limit on a note. */
export const NOTE_MAX = 500;

export function newEmbedForm(disclosureRule: DisclosureRule | '' = ''): EmbedFormValues {
  return { expiresAt: '', note: '', disclosureRule };
}

export function validateEmbedForm(form: EmbedFormValues, today: string = todayIso()): EmbedFormErrors {
  const errors = noErrors<EmbedField>();
  const expiresAt = form.expiresAt.trim();
  if (expiresAt && !isIsoDate(expiresAt)) errors.fields.expiresAt = 'Enter the expiry date as a real date, for example 31 March 2011';
  else if (expiresAt && expiresAt < today) errors.fields.expiresAt = 'The last day must be today or later';
  if (form.note.trim().length > NOTE_MAX) errors.fields.note = `The note must be ${NOTE_MAX} characters or fewer (it has ${form.note.trim().length})`;
  return errors;
}

export function createEmbedInput(form: EmbedFormValues): CreateEmbedInput {
  return {
    expiresAt: form.expiresAt.trim() ? expiryInstant(form.expiresAt.trim()) : null,
    note: form.note.trim() || null,
    disclosureRule: form.disclosureRule || null,
  };
}

export function embedErrorsFromApi(error: CombinedError): EmbedFormErrors {
  return errorsFromApi(error, {
    fields: { expiresAt: 'The expiry date', note: 'The note', disclosureRule: 'The disclosure rule' },
    subject: 'This embed',
    action: 'The embed was not created',
  });
}
