/**
 * A COUNT or SUM as the driver returns it, as a number: mysql2 gives strings
 * for big or decimal aggregates, and SUM over no rows is NULL.
 */
export function countOf(value: unknown): number {
  const n = Number(value ?? 0);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`Not a count: ${String(value)}`);
  return n;
}
