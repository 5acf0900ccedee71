/**
 * Answers as JSON text and back. JSON has no dates, and some answers carry
 * them (a learning action's createdAt, when figures were computed): a Date is
 * written as { "$date": ISO string } and read back as a Date, so a cached
 * answer is the same to GraphQL as a fresh one. Entity classes come back as
 * plain objects, which is all GraphQL reads of them.
 */
const DATE = '$date';

export function encodeResult(value: unknown): string {
  // The replacer sees a Date after its toJSON has run; `this[key]` is still the Date.
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, json: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { [DATE]: raw.toISOString() } : json;
  });
}

/** How a date's key appears in the text: JSON.stringify writes "$date" as it is, never escaped. */
const DATE_KEY = JSON.stringify(DATE);

export function decodeResult<T>(text: string): T {
  // A reviver costs a call per value (four times the parse for a large trend): only text that holds a date needs one.
  if (!text.includes(DATE_KEY)) return JSON.parse(text) as T;
  return JSON.parse(text, (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const keys = Object.keys(value);
      if (keys.length === 1 && keys[0] === DATE) return new Date(String((value as Record<string, unknown>)[DATE]));
    }
    return value;
  }) as T;
}
