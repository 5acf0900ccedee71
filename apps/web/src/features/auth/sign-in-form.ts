/** The sign-in form's rules and messages, as pure functions (tested in sign-in-form.test.ts). */
import { isEmailAddress } from '@complaints/domain';
import type { CombinedError } from 'urql';

export type SignInField = 'email' | 'password';

export interface SignInValues {
  email: string;
  password: string;
}

export interface SignInErrors {
  email?: string;
  password?: string;
  /** Not about one field: too many attempts, the server unreachable. */
  form?: string;
}

export function validateSignIn({ email, password }: SignInValues): SignInErrors {
  const errors: SignInErrors = {};
  if (email.trim() === '') errors.email = 'Enter your email address';
  else if (!isEmailAddress(email.trim())) errors.email = 'Enter an email address in the correct format, like name@example.com';
  if (password === '') errors.password = 'Enter your password';
  return errors;
}

export function hasErrors(errors: SignInErrors): boolean {
  return Boolean(errors.email || errors.password || errors.form);
}

/** The API's own words, put next to the field it names (e.g. a wrong password) or above the form. */
export function signInErrorsFromApi(error: CombinedError): SignInErrors {
  if (error.networkError && error.graphQLErrors.length === 0) {
    return { form: 'You could not be signed in because Complaints Insight could not reach its server. Check your connection and try again.' };
  }
  const first = error.graphQLErrors[0];
  if (!first) return { form: 'You could not be signed in. Try again.' };
  const field = first.extensions?.field;
  if (first.extensions?.code === 'BAD_USER_INPUT' && (field === 'email' || field === 'password')) {
    return { [field]: first.message };
  }
  // TOO_MANY_ATTEMPTS ("Too many failed sign-in attempts. Try again in 15 minutes.") and anything else.
  return { form: first.message };
}
