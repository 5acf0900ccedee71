import { COMPLAINANT_LIMITS, type ComplainantField } from '@complaints/domain';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { codesOf, PREFERRED_CONTACT_METHODS } from './case-labels';
import { complainantFieldId, COMPLAINANT_FIELD_NAMES, type ComplainantFormValues } from './complainant-form';

export interface ComplainantFieldsProps {
  values: ComplainantFormValues;
  errors: Partial<Record<ComplainantField, string>>;
  onChange: (changes: Partial<ComplainantFormValues>) => void;
  /** Prefix of the controls' ids (complainantFieldId). */
  idPrefix?: string;
  surnameHint?: string;
}

/** The complainant's details as form fields (personal data: autocomplete off, as the details are someone else's). */
export function ComplainantFields({ values, errors, onChange, idPrefix = 'complainant', surnameHint = 'Officers find contacts by it.' }: ComplainantFieldsProps) {
  const id = (field: ComplainantField) => complainantFieldId(field, idPrefix);
  const text = (field: Exclude<ComplainantField, 'preferredContactMethod' | 'address' | 'reasonableAdjustments'>, props: { hint?: string; type?: string; limit: number }) => (
    <TextField
      id={id(field)}
      name={field}
      label={field === 'familyName' ? COMPLAINANT_FIELD_NAMES[field] : `${COMPLAINANT_FIELD_NAMES[field]} (optional)`}
      hint={props.hint}
      type={props.type ?? 'text'}
      autoComplete="off"
      spellCheck={false}
      maxLength={props.limit}
      error={errors[field]}
      value={values[field]}
      onChange={(event) => onChange({ [field]: event.target.value })}
    />
  );
  return (
    <>
      {text('givenName', { limit: COMPLAINANT_LIMITS.name })}
      {text('familyName', { limit: COMPLAINANT_LIMITS.name, hint: surnameHint })}
      {text('relationshipToChild', { limit: COMPLAINANT_LIMITS.relationshipToChild, hint: 'For example mother, grandparent, foster carer or advocate.' })}
      {text('email', { limit: COMPLAINANT_LIMITS.email, type: 'email' })}
      {text('phone', { limit: COMPLAINANT_LIMITS.phone, type: 'tel' })}
      <TextAreaField
        id={id('address')}
        name="address"
        label={`${COMPLAINANT_FIELD_NAMES.address} (optional)`}
        autoComplete="off"
        rows={3}
        maxLength={COMPLAINANT_LIMITS.address}
        error={errors.address}
        value={values.address}
        onChange={(event) => onChange({ address: event.target.value })}
      />
      <SelectField
        id={id('preferredContactMethod')}
        name="preferredContactMethod"
        label={`${COMPLAINANT_FIELD_NAMES.preferredContactMethod} (optional)`}
        error={errors.preferredContactMethod}
        options={[{ value: '', label: 'Not said' }, ...codesOf(PREFERRED_CONTACT_METHODS).map((code) => ({ value: code, label: PREFERRED_CONTACT_METHODS[code] }))]}
        value={values.preferredContactMethod}
        onChange={(preferredContactMethod) => onChange({ preferredContactMethod: preferredContactMethod as ComplainantFormValues['preferredContactMethod'] })}
      />
      <TextAreaField
        id={id('reasonableAdjustments')}
        name="reasonableAdjustments"
        label={`${COMPLAINANT_FIELD_NAMES.reasonableAdjustments} (optional)`}
        hint="What they need to take part, for example large print, an interpreter or calls at set times."
        rows={3}
        maxLength={COMPLAINANT_LIMITS.reasonableAdjustments}
        error={errors.reasonableAdjustments}
        value={values.reasonableAdjustments}
        onChange={(event) => onChange({ reasonableAdjustments: event.target.value })}
      />
    </>
  );
}
