/**
 * GraphQL's own refusals quote the value they refused (`Variable "$d" got invalid value "…"`, and a scalar's message
 * often quotes it again): a 100,000-character value came back twice, a 200 kB answer to one bad field. Quoted values
 * past a length are cut to their start and their length, so a refusal stays a sentence.
 */
export const QUOTED_VALUE_LIMIT = 80;
const SHOWN = 40;

/**
 * One pass over the message, each quoted run read once (a regular expression over hostile text can backtrack for
 * minutes): "…" as JSON writes it, escapes included, and '…' as our own messages quote a value.
 */
export function shortenQuotedValues(message: string): string {
  let out = '';
  let i = 0;
  while (i < message.length) {
    const quote = message[i];
    if (quote !== '"' && quote !== "'") {
      out += quote;
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < message.length && message[end] !== quote) end += quote === '"' && message[end] === '\\' ? 2 : 1;
    if (end >= message.length) return out + message.slice(i); // never closed: nothing to cut
    const inner = message.slice(i + 1, end);
    out += inner.length > QUOTED_VALUE_LIMIT ? `${quote}${inner.slice(0, SHOWN).replace(/\\$/, '')}…${quote} (${inner.length.toLocaleString('en-GB')} characters)` : `${quote}${inner}${quote}`;
    i = end + 1;
  }
  return out;
}
