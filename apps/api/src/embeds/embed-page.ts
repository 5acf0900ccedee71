/**
 * The embed page (/embed/<token>): server-rendered HTML that reads the same
 * with JavaScript off — title, the chart as inline SVG (its own <title> and
 * <desc>), the period, the filters, "Last updated", the suppression note, and
 * the figures as a table. /embed-page.js (the web build's, a few KB) only
 * toggles the table and tells the parent page its height. No inline script or
 * <style>: the CSP allows neither. Pure.
 */
import { createHash } from 'crypto';
import { describeTrendQuestion } from '@complaints/domain';
import type { DisclosedTrend } from '../trends/trend-disclosure';
import type { TrendResult } from '../trends/trend.types';
import type { EmbedDisplay } from './embed-display';
import { EMBED_STYLESHEET_PATH } from './embed-page.styles';
import { escapeHtml } from './embed-snippet';
import { embedTableHtml } from './embed-table';

export interface EmbedPageInput {
  name: string;
  description: string;
  /** The chart as SVG markup; null for a table-only chart. */
  svg: string | null;
  result: TrendResult;
  disclosed: DisclosedTrend;
  filters: string[];
  /** When the data under the figures last changed. */
  updatedAt: Date;
  display: EmbedDisplay;
  /** The question in the app, for staff: /trends?<params>. */
  appLink: string;
  /** The CSV of these figures, when the chart lets embed readers download them. */
  csvLink: string | null;
  /** 'Source: Complaints Insight, <council>'. */
  source: string;
}

const londonTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' });

export function formatUpdated(at: Date): string {
  return londonTime.format(at);
}

export function embedPageHtml(page: EmbedPageInput): string {
  const e = escapeHtml;
  const { result, disclosed } = page;
  const words = describeTrendQuestion(result);
  const tableOnly = page.svg === null;
  const table = embedTableHtml(result, disclosed, { caption: `${page.name}: ${words.measure.toLowerCase()}`, filtered: page.filters.length > 0 });
  const filters = page.filters.length
    ? `<ul class="embed__filters" aria-label="Filters">${page.filters.map((f) => `<li>${e(f)}</li>`).join('')}</ul>`
    : '<p class="embed__meta">All contacts (no filters).</p>';
  const figure = tableOnly
    ? ''
    : `<figure class="embed__figure">${page.svg}<figcaption class="visually-hidden">${e(page.description)}</figcaption></figure>`;
  const tableBlock = tableOnly
    ? `<div class="embed__table" id="embed-table" role="region" aria-label="Data table" tabindex="0">${table}</div>`
    : [
        '<button type="button" class="embed__toggle" data-embed-toggle aria-controls="embed-table" aria-expanded="false">Show the data as a table</button>',
        `<div class="embed__table" id="embed-table" role="region" aria-label="Data table" tabindex="0" hidden>${table}</div>`,
        // Without JavaScript the button does nothing, so the table is shown instead.
        `<noscript><div class="embed__table">${table}</div></noscript>`,
      ].join('\n');
  const links = [
    ...(page.csvLink ? [`<a href="${e(page.csvLink)}" download>Download the data (CSV)</a>`] : []),
    `<a href="${e(page.appLink)}" target="_blank" rel="noopener">Open in Complaints Insight</a> (staff sign-in)`,
  ];

  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow">',
    `<title>${e(page.name)} – Complaints Insight</title>`,
    `<link rel="stylesheet" href="${e(EMBED_STYLESHEET_PATH)}">`,
    '<script src="/embed-page.js" defer></script>',
    '</head>',
    `<body class="theme-${page.display.theme}">`,
    '<main class="embed">',
    `<h1 class="embed__title">${e(page.name)}</h1>`,
    `<p class="embed__meta">${e(words.title)}</p>`,
    filters,
    figure,
    `<p class="embed__note">${e(disclosed.note)}</p>`,
    `<p class="embed__meta">Last updated <time datetime="${page.updatedAt.toISOString()}">${e(formatUpdated(page.updatedAt))}</time></p>`,
    tableBlock,
    `<p class="embed__source">${e(page.source)}. ${links.join(' · ')}</p>`,
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}

/**
 * CSP hashes ('sha256-…') of the inline style attributes in `markup`: the
 * server-drawn chart's only inline styling, allowed one value at a time.
 */
export function styleAttributeHashes(markup: string): string[] {
  const values = new Set<string>();
  for (const match of markup.matchAll(/\sstyle="([^"]*)"/g)) values.add(unescapeAttribute(match[1]!));
  return [...values].map((value) => `sha256-${createHash('sha256').update(value, 'utf8').digest('base64')}`);
}

function unescapeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
