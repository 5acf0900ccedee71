/**
 * Which saved questions an embed may publish, and the question it then runs.
 * Disclosure control protects one table at a time, so an embed must not let a
 * reader work out figures for less than a month, or see one figure twice:
 * - whole months only: a range from 15 March to 15 March, labelled "March",
 *   would publish a day's contacts;
 * - complete months only: the month in progress grows day by day, and a reader
 *   who loads the page each day takes one day from the next. The range is cut
 *   at the end of last month (the figures move on on the 1st);
 * - a comparison must not overlap its own range: with more than twelve months
 *   compared with the year before, a month appears in both tables, and a figure
 *   hidden in one could be shown in the other (each table is protected alone).
 * And an embed draws at most EMBED_LIMITS.figures bars, points or cells: its
 * drawings are made on the server for readers who never sign in
 * (embed-render-budget.ts), and a chart of thousands is unreadable anyway.
 * Pure.
 */
import {
  addCalendarDays,
  comparisonRange,
  daysInMonth,
  formatIsoDate,
  isPublishableGrain,
  parseIsoDate,
  trendDateRange,
  type IsoDate,
  type TrendParams,
} from '@complaints/domain';

export const EMBED_LIMITS = { figures: 500 } as const;

export type PublishedQuestion = { ok: true; input: TrendParams } | { ok: false; problem: string };

const isFirstOfMonth = (date: IsoDate) => parseIsoDate(date).day === 1;
const isLastOfMonth = (date: IsoDate) => {
  const { year, month, day } = parseIsoDate(date);
  return day === daysInMonth(year, month);
};

/** The last day of the month before `today`'s: the end of the last complete month. */
export function endOfLastCompleteMonth(today: IsoDate): IsoDate {
  const { year, month } = parseIsoDate(today);
  return addCalendarDays(formatIsoDate({ year, month, day: 1 }), -1);
}

/** The question an embed runs on `today`, or why the saved question cannot be published. */
export function publishedQuestion(input: TrendParams, today: IsoDate): PublishedQuestion {
  const granularity = input.granularity ?? 'MONTH';
  if (!isPublishableGrain(granularity)) {
    return { ok: false, problem: `the chart is by ${String(granularity).toLowerCase()}; embeds show months, quarters or years, never shorter periods` };
  }
  const answer = trendDateRange(input, today);
  if ('problem' in answer) return { ok: false, problem: `${answer.problem.field}: ${answer.problem.message}` };
  const { from, to } = answer.range;
  if (!isFirstOfMonth(from) || !isLastOfMonth(to)) {
    return { ok: false, problem: `the chart covers part of a month (${from} to ${to}); embeds show whole months only` };
  }
  const lastComplete = endOfLastCompleteMonth(today);
  const end = to > lastComplete ? lastComplete : to;
  if (end < from) return { ok: false, problem: `the chart has no complete month yet (it starts ${from}); embeds show complete months only` };
  if (input.compareWith) {
    const compared = comparisonRange(input.compareWith, { from, to: end });
    if (compared.to >= from) {
      return { ok: false, problem: 'the chart is compared with a range that overlaps its own (more than twelve months compared with the year before); embeds show each month once' };
    }
  }
  if (end === to) return { ok: true, input };
  return { ok: true, input: { ...input, financialYear: null, from, to: end } };
}

/** Why a trend is too large to embed, or null: series × periods drawn, against EMBED_LIMITS.figures. */
export function embedSizeProblem(result: { series: readonly unknown[]; periods: readonly unknown[] }): string | null {
  const figures = result.series.length * result.periods.length;
  if (figures <= EMBED_LIMITS.figures) return null;
  return `the chart has ${figures} figures (${result.series.length} series over ${result.periods.length} periods); an embed shows at most ${EMBED_LIMITS.figures}: filter it, or choose a coarser dimension or granularity`;
}
