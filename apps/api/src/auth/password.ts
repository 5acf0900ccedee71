/** Password hashing with argon2id (OWASP's first choice), the rule for new passwords, and temporary passwords. */
import { passwordProblem as domainPasswordProblem, type PasswordOwner } from '@complaints/domain';
import argon2 from 'argon2';
import { randomInt } from 'crypto';
import { awayFromTurn } from '../request-turns/request-turn';

export { MIN_PASSWORD_LENGTH } from '@complaints/domain';

/** Away from the request's place (request-turns/): argon2 works for 100 ms or more on a worker thread. */
export function hashPassword(password: string): Promise<string> {
  return awayFromTurn(() => argon2.hash(password, { type: argon2.argon2id }));
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Why a new password is not acceptable, or null when it is (the rule is @complaints/domain's password policy). */
export function passwordProblem(password: string, owner: PasswordOwner): string | null {
  return domainPasswordProblem(password, owner);
}

/** No 0/O, 1/l/I: a temporary password is often read out or copied by hand. */
const TEMPORARY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A one-off password an administrator hands over (create or reset): four
 * groups of four from a 31-character alphabet, about 79 bits, so it cannot
 * be guessed within the sign-in limits. Its holder must change it first.
 */
export function generateTemporaryPassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => TEMPORARY_ALPHABET[randomInt(TEMPORARY_ALPHABET.length)]).join(''),
  );
  return groups.join('-');
}
