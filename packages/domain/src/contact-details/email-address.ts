/**
 * Whether a text looks like an email address: something, one @, something with a dot, and no spaces. Deliberately
 * loose (a stricter pattern refuses real addresses); the one rule for accounts, the sign-in form and complainants.
 * The accessibility contact in the API's configuration is stricter on purpose: it is printed into a public page.
 */
const EMAIL_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmailAddress(text: string): boolean {
  return EMAIL_ADDRESS.test(text);
}
