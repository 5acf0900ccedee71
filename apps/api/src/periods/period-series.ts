/**
 * Every reporting period between two dates, so trend series can be zero-filled:
 * a month with no contacts is a zero, not a gap.
 */
import { financialQuarterOf, financialYearOf, monthOf } from './financial-year';

export type Granularity = 'MONTH' | 'QUARTER' | 'FINANCIAL_YEAR';

export const PERIOD_OF: Record<Granularity, (date: string) => string> = {
  MONTH: monthOf,
  QUARTER: financialQuarterOf,
  FINANCIAL_YEAR: financialYearOf,
};

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Period keys from the one containing `from` to the one containing `to`, in order. */
export function periodsBetween(from: string, to: string, granularity: Granularity): string[] {
  const periodOf = PERIOD_OF[granularity];
  const keys: string[] = [];
  // Walk month by month (at most a few hundred steps) and keep each new key.
  for (let month = monthOf(from), last = monthOf(to); month <= last; month = nextMonth(month)) {
    const key = periodOf(`${month}-01`);
    if (keys[keys.length - 1] !== key) keys.push(key);
  }
  return keys;
}

/** How many months the range touches: the cheap bound used before building the list. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = monthOf(from).split('-').map(Number);
  const [ty, tm] = monthOf(to).split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) + 1;
}
