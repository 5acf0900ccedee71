/**
 * The rules every year of social care activity figures (table 6) obeys,
 * whether typed in or imported: a financial year such as 2009/10 and whole,
 * non-negative counts. Pure: each problem names its field.
 */
import type { FieldProblem } from '../graphql/errors';
import { isFinancialYear } from '../periods/financial-year';

export const ACTIVITY_FIGURES = ['referrals', 'initialAssessments', 'lookedAfterChildren'] as const;
export type ActivityFigure = (typeof ACTIVITY_FIGURES)[number];

export type ServiceActivityFigures = { financialYear: string } & Record<ActivityFigure, number>;

/** Largest count accepted: fits the INT column on both dialects. */
export const MAX_FIGURE = 2_147_483_647;

export type Checked = { ok: true; value: ServiceActivityFigures } | { ok: false; problems: FieldProblem[] };

export function checkServiceActivity(input: { financialYear: unknown } & Record<ActivityFigure, unknown>): Checked {
  const problems: FieldProblem[] = [];
  const financialYear = typeof input.financialYear === 'string' ? input.financialYear.trim() : '';
  if (!isFinancialYear(financialYear)) {
    problems.push({ field: 'financialYear', message: `'${String(input.financialYear ?? '')}' is not a financial year such as 2009/10` });
  }
  for (const field of ACTIVITY_FIGURES) {
    const value = input[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_FIGURE) {
      problems.push({ field, message: `must be a whole number of 0 or more, not ${JSON.stringify(value ?? null)}` });
    }
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    value: { financialYear, referrals: input.referrals as number, initialAssessments: input.initialAssessments as number, lookedAfterChildren: input.lookedAfterChildren as number },
  };
}
