/**
 * The report's one way of computing percentages: from whole-number counts,
 * rounded to one decimal place, halves away from zero. Integer arithmetic, so
 * 62.5 is 62.5 and never 62.49999 (printed figures are compared at their precision).
 */

/** Decimal places every percentage in the generated report is shown to. */
export const PERCENT_DECIMALS = 1;

/** numerator ÷ denominator rounded to `decimals` places, halves away from zero; null when the denominator is 0. */
export function roundedRatio(numerator: number, denominator: number, decimals = PERCENT_DECIMALS): number | null {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || !Number.isInteger(decimals) || decimals < 0) {
    throw new RangeError(`roundedRatio needs whole numbers, not ${numerator}/${denominator} to ${decimals} places`);
  }
  if (denominator === 0) return null;
  const sign = Math.sign(numerator) * Math.sign(denominator) || 1;
  const scale = 10 ** decimals;
  const n = Math.abs(numerator) * scale;
  const d = Math.abs(denominator);
  const quotient = Math.floor(n / d);
  const remainder = n - quotient * d;
  const rounded = 2 * remainder >= d ? quotient + 1 : quotient;
  return (sign * rounded) / scale || 0;
}

/** part as a percentage of whole: percentOf(165, 441) = 37.4. Null when whole is 0. */
export function percentOf(part: number, whole: number): number | null {
  return roundedRatio(100 * part, whole);
}

/** Change from previous to current in percent: (current − previous) ÷ previous × 100. Null when previous is 0. */
export function percentChange(current: number, previous: number): number | null {
  return roundedRatio(100 * (current - previous), previous);
}

/**
 * The numerator behind a percentage the trend engine returns as a float
 * (100 × inTime ÷ count), so it can be re-rounded exactly with percentOf.
 */
export function numeratorOf(percent: number | null, count: number): number {
  return percent === null ? 0 : Math.round((percent * count) / 100);
}
