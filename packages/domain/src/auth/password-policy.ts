/**
 * What a new password must be (NCSC's advice: length over complexity, no
 * forced symbols, block the passwords people choose most): at least 12
 * characters, at most 256 (argon2 hashes every character), not the person's
 * email address, and not a common password or a common word padded with
 * digits or symbols. The API enforces it; the web app checks it as people type.
 */
import { COMMON_LONG_PASSWORDS, COMMON_PASSWORD_WORDS } from './common-passwords';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** The rule in words, for a field's hint. */
export const PASSWORD_HINT = `At least ${MIN_PASSWORD_LENGTH} characters, not your email address and not a common password. Three random words make a good one.`;

const LONG = new Set(COMMON_LONG_PASSWORDS);
const WORDS = new Set(COMMON_PASSWORD_WORDS);

/** Look-alike characters people swap in ("p@ssw0rd"). */
const LOOK_ALIKES: Readonly<Record<string, string>> = { '@': 'a', '4': 'a', '3': 'e', '1': 'i', '!': 'i', '0': 'o', $: 's', '5': 's', '7': 't' };

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim();
}

function lettersAndDigits(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}

/** Whether the password is one people choose often, or a common word padded with digits and symbols. */
export function isCommonPassword(password: string): boolean {
  const folded = fold(password);
  if (LONG.has(lettersAndDigits(folded))) return true;
  // Fewer than 5 different characters: a repeat or a short pattern ("abababababab").
  if (new Set(folded).size < 5) return true;
  const core = folded.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const plain = [...core].map((c) => LOOK_ALIKES[c] ?? c).join('');
  return [core, plain].map(lettersAndDigits).some((word) => WORDS.has(word) || LONG.has(word));
}

/** Whether the password is the email address, or contains the part before the @ (when that is 4 characters or more). */
export function isEmailLike(password: string, email: string): boolean {
  const folded = fold(password);
  const address = fold(email);
  if (!address) return false;
  if (folded === address) return true;
  const local = address.split('@')[0] ?? '';
  if (local.length >= 4 && folded.includes(local)) return true;
  const localLetters = lettersAndDigits(local);
  return localLetters.length >= 4 && lettersAndDigits(folded).includes(localLetters);
}

export interface PasswordOwner {
  /** The account's email address (a new account's, or the signed-in person's). */
  email: string;
}

/** Why a new password is not acceptable, or null when it is: the first rule it breaks, as a phrase about the field. */
export function passwordProblem(password: string, owner: PasswordOwner): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if ([...password].length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  if (isEmailLike(password, owner.email)) return 'must not be your email address or contain its name part';
  if (isCommonPassword(password)) return 'is too common and easy to guess: try three random words';
  return null;
}
