/**
 * The complainant's details in a form (recording a contact, or on its page):
 * values, their checks (the API's own rule, checkComplainantDetails in
 * @complaints/domain) in sentences, and the input sent. Pure.
 */
import { checkComplainantDetails, type ComplainantField, type PreferredContactMethod } from '@complaints/domain';
import type { ComplainantInput } from '../../graphql/graphql';
import { noErrors, type FormErrors } from './form-errors';
import type { CaseComplainant } from './useContactQuery';

export type ComplainantFormValues = { [K in ComplainantField]: K extends 'preferredContactMethod' ? PreferredContactMethod | '' : string };

export const EMPTY_COMPLAINANT: ComplainantFormValues = {
  givenName: '',
  familyName: '',
  email: '',
  phone: '',
  address: '',
  relationshipToChild: '',
  preferredContactMethod: '',
  reasonableAdjustments: '',
};

/** In the form's order. */
export const COMPLAINANT_FIELDS: readonly ComplainantField[] = [
  'givenName',
  'familyName',
  'relationshipToChild',
  'email',
  'phone',
  'address',
  'preferredContactMethod',
  'reasonableAdjustments',
];

/** How each field is named in messages and labels. */
export const COMPLAINANT_FIELD_NAMES: Record<ComplainantField, string> = {
  givenName: 'Given names',
  familyName: 'Surname',
  relationshipToChild: 'Relationship to the child',
  email: 'Email address',
  phone: 'Phone number',
  address: 'Postal address',
  preferredContactMethod: 'How they would like to be contacted',
  reasonableAdjustments: 'Reasonable adjustments',
};

/** The id of a complainant field's control; `prefix` keeps two forms on one page apart. */
export function complainantFieldId(field: ComplainantField, prefix = 'complainant'): string {
  return `${prefix}-${field}`;
}

export function isBlankComplainant(values: ComplainantFormValues): boolean {
  return Object.values(values).every((value) => value.trim() === '');
}

/** Each problem as a sentence beside its field ("Email address must be an email address, like …"). */
export function validateComplainant(values: ComplainantFormValues): FormErrors<ComplainantField> {
  const errors = noErrors<ComplainantField>();
  for (const { field, message } of checkComplainantDetails(values).problems) {
    errors.fields[field] ??= field === 'familyName' && message === 'is required' ? "Enter the complainant's surname" : `${COMPLAINANT_FIELD_NAMES[field]} ${message}`;
  }
  return errors;
}

export function complainantInput(values: ComplainantFormValues): ComplainantInput {
  const { details } = checkComplainantDetails(values);
  return { ...details, preferredContactMethod: details.preferredContactMethod };
}

export function complainantValues(complainant: CaseComplainant | null): ComplainantFormValues {
  if (!complainant) return EMPTY_COMPLAINANT;
  return Object.fromEntries(COMPLAINANT_FIELDS.map((field) => [field, complainant[field] ?? ''])) as ComplainantFormValues;
}
