/**
 * Embed tokens: 32 random bytes as base64url (43 characters), shown once to
 * the publisher. The database keeps only the SHA-256 (hex), and every embed
 * request looks its token up by that hash, so a database leak yields no
 * working URL and a lookup never compares secrets character by character.
 */
import { createHash, randomBytes } from 'crypto';

const TOKEN_BYTES = 32;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function newEmbedToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** Whether `value` could be a token at all: anything else is refused without a database lookup. */
export function isWellFormedEmbedToken(value: string): boolean {
  return TOKEN.test(value);
}

export function hashEmbedToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
