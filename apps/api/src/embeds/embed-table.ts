/**
 * The embedded chart's figures as an accessible HTML table: the disclosed
 * figures only (the same ones the chart draws and the CSV holds), a percentage
 * or median with its base beside it, and the all-contacts row filled in. Pure.
 */
import { allContactsLabel, DIMENSIONS, formatPeriodKey, TREND_MEASURES } from '@complaints/domain';
import { seriesLabel } from '../chart-images/chart-model';
import type { DisclosedTrend, DisclosedTrendFigure } from '../trends/trend-disclosure';
import type { TrendResult } from '../trends/trend.types';
import { escapeHtml } from './embed-snippet';

function cell(figure: DisclosedTrendFigure, unit: 'count' | 'percent' | 'days'): string {
  const suppressed = figure.value.suppressed !== null;
  let text = figure.value.display;
  // The base beside every percentage and median, as disclosed ("62.8% of 121").
  if (unit === 'percent' && figure.value.value !== null) text += ` of ${figure.count.display}`;
  if (unit === 'days' && figure.value.value !== null) text += ` (${figure.count.display} contacts)`;
  return `<td${suppressed ? ' class="embed__suppressed"' : ''}>${escapeHtml(text)}</td>`;
}

export function embedTableHtml(result: TrendResult, disclosed: DisclosedTrend, options: { caption: string; filtered: boolean; id?: string }): string {
  const unit = TREND_MEASURES[result.measure].unit;
  const rowHeading = result.groupBy ? DIMENSIONS[result.groupBy] + (result.crossBy ? `, ${DIMENSIONS[result.crossBy].toLowerCase()}` : '') : 'Contacts';
  const head = [rowHeading, ...result.periods.map((p) => formatPeriodKey(p, result.granularity)), 'Total']
    .map((text) => `<th scope="col">${escapeHtml(text)}</th>`)
    .join('');
  const rows = result.series.map(
    (series, s) =>
      `<tr><th scope="row">${escapeHtml(seriesLabel(series))}</th>${disclosed.points[s]!.map((f) => cell(f, unit)).join('')}${cell(disclosed.seriesTotals[s]!, unit)}</tr>`,
  );
  const showAllRow = result.series.length !== 1 || result.groupBy !== null;
  const allRow = showAllRow
    ? `<tr><th scope="row">${escapeHtml(allContactsLabel(options.filtered, result.countsContactsOncePerValue))}</th>${disclosed.periodTotals
        .map((f) => cell(f, unit))
        .join('')}${cell(disclosed.grandTotal, unit)}</tr>`
    : '';
  return [
    `<table${options.id ? ` id="${escapeHtml(options.id)}"` : ''}>`,
    `<caption>${escapeHtml(options.caption)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>${rows.join('')}</tbody>`,
    allRow ? `<tfoot>${allRow}</tfoot>` : '',
    '</table>',
  ].join('');
}
