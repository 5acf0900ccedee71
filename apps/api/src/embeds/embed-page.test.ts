import { createHash } from 'crypto';
import { discloseTrend } from '../trends/trend-disclosure';
import { trendFixture } from '../trends/trend-result.fixture';
import { embedPageHtml, styleAttributeHashes, type EmbedPageInput } from './embed-page';

const QUARTERS = ['2009/10 Q1', '2009/10 Q2', '2009/10 Q3', '2009/10 Q4'];

// Letter's Q2 holds 3 contacts: under 5, so suppressed, and something else with it.
const result = trendFixture({
  groupBy: 'CHANNEL',
  granularity: 'QUARTER',
  periods: QUARTERS,
  series: [
    { key: 'LETTER', label: 'Letter', counts: [120, 3, 131, 112] },
    { key: 'EMAIL', label: 'E-mail & web', counts: [140, 122, 118, 125] },
  ],
});

function page(overrides: Partial<EmbedPageInput> = {}): string {
  return embedPageHtml({
    name: 'Contacts <by> channel',
    description: 'Bars of contacts by channel, quarter by quarter.',
    svg: '<svg role="img"><title>Contacts</title></svg>',
    result,
    disclosed: discloseTrend(result, 'UNDER_5'),
    filters: ['Record type: Statutory complaint (STATUTORY_COMPLAINT)'],
    updatedAt: new Date('2010-03-01T09:30:00Z'),
    display: { theme: 'dark', height: 400 },
    appLink: '/trends?financialYear=2009/10&groupBy=CHANNEL',
    csvLink: null,
    source: 'Source: Complaints Insight, Test Borough Council',
    ...overrides,
  });
}

const tableOf = (html: string) => /<div class="embed__table" id="embed-table"[^>]*>([\s\S]*?)<\/div>/.exec(html)![1]!;

describe('the embed page', () => {
  it('escapes what staff typed, and names the period, the filters, the source and when the data changed (UK time)', () => {
    const html = page();
    expect(html).toContain('<title>Contacts &lt;by&gt; channel – Complaints Insight</title>');
    expect(html).toContain('<h1 class="embed__title">Contacts &lt;by&gt; channel</h1>');
    expect(html).toContain('Number of contacts by channel, 2009/10, by quarter');
    expect(html).toContain('<li>Record type: Statutory complaint (STATUTORY_COMPLAINT)</li>');
    expect(html).toContain('Last updated <time datetime="2010-03-01T09:30:00.000Z">1 March 2010 at 09:30</time>');
    expect(html).toContain('Source: Complaints Insight, Test Borough Council.');
    expect(html).toContain('<body class="theme-dark">');
    expect(html).toContain('href="/trends?financialYear=2009/10&amp;groupBy=CHANNEL" target="_blank" rel="noopener"');
  });

  it('tables the disclosed figures only, with the all-contacts row, and shows the table without JavaScript', () => {
    const html = page();
    const table = tableOf(html);
    expect(table).toContain('<th scope="col">Q2 2009/10</th>');
    expect(table).toContain('<th scope="row">E-mail &amp; web</th>');
    expect(table).toContain('<td class="embed__suppressed">&lt;5</td>');
    expect(table).not.toMatch(/<td>3<\/td>/);
    expect(table).toContain('<tfoot><tr><th scope="row">All contacts matching the filters</th>');
    expect(html).toMatch(/<p class="embed__note">[^<]*suppressed[^<]*<\/p>/);
    expect(html).toContain(`<noscript><div class="embed__table">${table.replace(/<\/div>$/, '')}`);
  });

  it('shows a percentage with its base', () => {
    const percentages = trendFixture({
      measure: 'RESPONDED_IN_TIME_PERCENT',
      groupBy: 'CHANNEL',
      granularity: 'FINANCIAL_YEAR',
      periods: ['2009/10'],
      series: [
        { key: 'LETTER', label: 'Letter', counts: [121], inTime: [76] },
        { key: 'EMAIL', label: 'Email', counts: [200], inTime: [150] },
      ],
    });
    const table = tableOf(page({ result: percentages, disclosed: discloseTrend(percentages, 'UNDER_5') }));
    expect(table).toMatch(/<td>62\.8\s?% of 121<\/td>/);
  });

  it('links the CSV only when the chart allows it, and has no chart or toggle when it is a table', () => {
    expect(page({ csvLink: '/embed/abc.csv' })).toContain('<a href="/embed/abc.csv" download>Download the data (CSV)</a>');
    expect(page()).not.toContain('.csv');
    const table = page({ svg: null });
    expect(table).not.toContain('data-embed-toggle');
    expect(table).not.toContain('<noscript>');
    expect(table).toMatch(/id="embed-table" role="region" aria-label="Data table" tabindex="0"><table>/);
  });
});

describe('the CSP hashes of inline style attributes', () => {
  it('hashes each distinct value as the browser reads it (entities decoded)', () => {
    const sha = (v: string) => `sha256-${createHash('sha256').update(v).digest('base64')}`;
    const markup = '<svg><text style="font-family:Arial, &#x27;Liberation Sans&#x27;;fill:#fff">a</text><g style="opacity:1"></g><g style="opacity:1"></g></svg>';
    expect(styleAttributeHashes(markup)).toEqual([sha("font-family:Arial, 'Liberation Sans';fill:#fff"), sha('opacity:1')]);
    expect(styleAttributeHashes('<svg></svg>')).toEqual([]);
  });
});
