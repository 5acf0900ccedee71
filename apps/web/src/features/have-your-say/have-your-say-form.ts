/**
 * The public form's values and errors. The checks are the API's own
 * (checkHaveYourSay in @complaints/domain), so the page says the same thing
 * the API would, before sending.
 */
import { checkHaveYourSay, type HaveYourSayField } from '@complaints/domain';
import type { CombinedError } from 'urql';
import type { HaveYourSayInput } from '../../graphql/graphql';

export interface HaveYourSayValues {
  whatHappened: string;
  name: string;
  /** '' for "please do not contact me". */
  contactMethod: '' | 'PHONE' | 'TEXT_MESSAGE' | 'EMAIL';
  contactDetails: string;
  /** '' until they choose. */
  wantsAdvocate: '' | 'yes' | 'no';
  ageGroup: string;
  /** The honeypot: people never see it. */
  website: string;
}

export const EMPTY_VALUES: HaveYourSayValues = { whatHappened: '', name: '', contactMethod: '', contactDetails: '', wantsAdvocate: '', ageGroup: '', website: '' };

export type HaveYourSayErrors = Partial<Record<HaveYourSayField | 'form', string>>;

/** The id of the control each field's error links to. */
export const FIELD_IDS: Record<HaveYourSayField, string> = {
  whatHappened: 'what-happened',
  name: 'your-name',
  contactMethod: 'contact-method',
  contactDetails: 'contact-details',
  wantsAdvocate: 'advocate',
  ageGroup: 'age-group',
};

export function toInput(values: HaveYourSayValues): HaveYourSayInput {
  return {
    whatHappened: values.whatHappened,
    name: values.name || null,
    contactMethod: values.contactMethod || null,
    contactDetails: values.contactMethod ? values.contactDetails : null,
    wantsAdvocate: values.wantsAdvocate === '' ? null : values.wantsAdvocate === 'yes',
    ageGroup: (values.ageGroup || null) as HaveYourSayInput['ageGroup'],
    website: values.website || null,
  };
}

export function validate(values: HaveYourSayValues): HaveYourSayErrors {
  const errors: HaveYourSayErrors = {};
  for (const problem of checkHaveYourSay(toInput(values)).problems) errors[problem.field] ??= problem.message;
  return errors;
}

export function hasErrors(errors: HaveYourSayErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** The API's answer as errors on the form: its field problems, too many messages, or anything else in plain words. */
export function errorsFromApi(error: CombinedError): HaveYourSayErrors {
  const first = error.graphQLErrors[0];
  const code = first?.extensions?.code;
  if (first && code === 'BAD_USER_INPUT') {
    const problems = (first.extensions.problems as Array<{ field: string; message: string }> | undefined) ?? [];
    const errors: HaveYourSayErrors = {};
    for (const p of problems) if (p.field in FIELD_IDS) errors[p.field as HaveYourSayField] ??= p.message;
    if (hasErrors(errors)) return errors;
  }
  if (first && code === 'TOO_MANY_REQUESTS') return { form: first.message };
  return { form: 'Sorry, your message did not send. Please try again in a few minutes. If you are in danger now, call 999.' };
}
