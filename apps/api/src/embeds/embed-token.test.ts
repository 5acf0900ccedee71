import { hashEmbedToken, isWellFormedEmbedToken, newEmbedToken } from './embed-token';

describe('embed tokens', () => {
  it('are 32 random bytes in URL-safe base64, never the same twice', () => {
    const tokens = Array.from({ length: 200 }, newEmbedToken);
    expect(new Set(tokens).size).toBe(200);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      expect(isWellFormedEmbedToken(token)).toBe(true);
    }
  });

  it('are stored as a SHA-256 hex digest that changes with any character', () => {
    const token = newEmbedToken();
    const hash = hashEmbedToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashEmbedToken(token)).toBe(hash);
    const changed = `${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`;
    expect(isWellFormedEmbedToken(changed)).toBe(true);
    expect(hashEmbedToken(changed)).not.toBe(hash);
    expect(hash).not.toContain(token);
  });

  it.each([
    ['too short', 'abc'],
    ['one character short', 'A'.repeat(42)],
    ['one character long', 'A'.repeat(44)],
    ['standard base64', `${'A'.repeat(41)}+/`],
    ['padded', `${'A'.repeat(42)}=`],
    ['a path', `../${'A'.repeat(40)}`],
    ['empty', ''],
  ])('refuses a malformed token (%s) before any lookup', (_why, value) => {
    expect(isWellFormedEmbedToken(value)).toBe(false);
  });
});
