import { QUOTED_VALUE_LIMIT, shortenQuotedValues } from './long-values';

describe('shortenQuotedValues', () => {
  it('cuts a long quoted value to its start and its length, wherever it appears', () => {
    const value = 'x'.repeat(100_000);
    const message = `Variable "$d" got invalid value "${value}"; '${value}' is not a date; "${value}" again`;
    const short = shortenQuotedValues(message);
    const shown = 'x'.repeat(40);
    expect(short).toBe(`Variable "$d" got invalid value "${shown}…" (100,000 characters); '${shown}…' (100,000 characters) is not a date; "${shown}…" (100,000 characters) again`);
  });

  it('leaves short values and messages without quotes as they are', () => {
    const atLimit = 'y'.repeat(QUOTED_VALUE_LIMIT);
    expect(shortenQuotedValues(`Variable "$input" got invalid value "${atLimit}" at "input.channel"`)).toBe(
      `Variable "$input" got invalid value "${atLimit}" at "input.channel"`,
    );
    expect(shortenQuotedValues('No contact with id 42')).toBe('No contact with id 42');
  });

  it('keeps escaped quotes inside a value to the value, and never ends the shown part on a lone backslash', () => {
    const inner = `${'a'.repeat(39)}\\"${'b'.repeat(100)}`;
    expect(shortenQuotedValues(`got "${inner}" at "input.x"`)).toBe(`got "${'a'.repeat(39)}…" (${inner.length} characters) at "input.x"`);
  });
});

describe('shortenQuotedValues on hostile text', () => {
  it('reads a message of escaped quotes or unclosed quotes in one pass (a backtracking pattern would not finish)', () => {
    const escaped = `got "${'\\"'.repeat(100_000)}`;
    expect(shortenQuotedValues(escaped)).toBe(escaped);
    expect(shortenQuotedValues(`"${'\\"'.repeat(100_000)}"`)).toBe(`"${'\\"'.repeat(20)}…" (200,000 characters)`);
    expect(shortenQuotedValues("'".repeat(100_001))).toBe("'".repeat(100_001));
  });
});
