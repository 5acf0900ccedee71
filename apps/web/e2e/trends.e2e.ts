import { axeViolations } from './support/axe';
import { baseUrl, browserTest, openBrowser, signIn, type Browser } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('trend explorer', () => {
  browserTest('by channel, 2009/10: Letter totals 165, and the link and CSV reproduce it', () => browser, async (page) => {
    await signIn(page, 'ANALYST');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trends' }).click();
    await page.getByRole('heading', { level: 1, name: 'Trend explorer' }).waitFor();
    expect(await page.title()).toBe('Trend explorer – Complaints Insight');

    await page.getByLabel('Split by', { exact: true }).selectOption('CHANNEL');
    await page.getByLabel('Count by').selectOption('FINANCIAL_YEAR');
    await page.getByLabel('A financial year (April to March)').check();
    await page.getByLabel('Financial year', { exact: true }).selectOption('2009/10');
    await page.getByRole('button', { name: 'Show results' }).click();

    const table = page.getByRole('table', { name: 'Number of contacts by channel, 2009/10, by financial year' });
    await table.waitFor();
    const headers = await table.locator('thead th').allTextContents();
    const letter = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Letter', exact: true }) });
    const cells = await letter.locator('td').allTextContents();
    expect(cells[headers.indexOf('Total') - 1]).toBe('165');

    const search = 'financialYear=2009/10&granularity=FINANCIAL_YEAR&groupBy=CHANNEL&measure=CONTACTS';
    expect(new URL(page.url()).search).toBe(`?${search}`);
    const csvLink = page.getByRole('link', { name: 'Download CSV of these results' });
    expect(await csvLink.getAttribute('href')).toBe(`/export/trend.csv?${search}`);
    const csv = await page.request.get(`${baseUrl()}/export/trend.csv?${search}`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('Letter,LETTER,165,165');

    // The chart has a text alternative naming the largest channel.
    expect(await page.locator('figure figcaption').textContent()).toContain('The largest is Letter: 165.');

    // A copied link shows the same answer.
    await page.goto(`${baseUrl()}/trends?${search}`);
    await table.waitFor();
    expect(await letter.locator('td').last().textContent()).toBe('165');
  });

  browserTest('keeps the form and keyboard focus when "Show results" is pressed', () => browser, async (page) => {
    await signIn(page, 'ANALYST');
    await page.goto(`${baseUrl()}/trends?financialYear=2009/10&granularity=MONTH&measure=CONTACTS`);
    await page.locator('figure figcaption').waitFor();
    await page.getByText('Filters', { exact: true }).click();
    await page.getByLabel('Letter', { exact: true }).waitFor();
    await page.getByLabel('Split by', { exact: true }).selectOption('CHANNEL');
    await page.getByLabel('Count by').selectOption('FINANCIAL_YEAR');
    await page.getByRole('button', { name: 'Show results' }).focus();
    await page.keyboard.press('Enter');

    await page.getByRole('table', { name: 'Number of contacts by channel, 2009/10, by financial year' }).waitFor();
    // The same form: a keyboard user carries on from the button, with the filters still open.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Show results');
    expect(await page.getByLabel('Letter', { exact: true }).isVisible()).toBe(true);
    // And the form still follows the URL when it changes from outside: back shows the earlier question.
    await page.goBack();
    await page.getByRole('table', { name: /by month/ }).waitFor();
    expect(await page.getByLabel('Count by').inputValue()).toBe('MONTH');
  });

  browserTest('draws a line, stacked bars and a heatmap for the questions that suit them', () => browser, async (page) => {
    await signIn(page, 'COMPLAINTS_OFFICER');
    const views: Array<[string, string]> = [
      ['financialYear=2009/10&granularity=MONTH&measure=CONTACTS', 'Line chart'],
      ['financialYear=2009/10&granularity=MONTH&groupBy=RECORD_TYPE&measure=CONTACTS', 'Stacked bar chart'],
      ['financialYear=2009/10&granularity=FINANCIAL_YEAR&groupBy=CHANNEL&crossBy=OUTCOME&measure=CONTACTS', 'Heatmap'],
      ['financialYear=2009/10&granularity=QUARTER&groupBy=ALL_SERVICE_AREAS&measure=CONTACTS', 'Line chart'],
    ];
    for (const [search, chart] of views) {
      await page.goto(`${baseUrl()}/trends?${search}`);
      const caption = page.locator('figure figcaption');
      await caption.waitFor();
      expect(await caption.textContent()).toMatch(new RegExp(`^${chart}:`));
      expect(await page.locator('figure svg[role="img"]').count()).toBe(1);
    }
    await page.getByText('is counted once under each').waitFor();
  });

  browserTest('names the filters in the heading, the chart, the image and the CSV', () => browser, async (page) => {
    await signIn(page, 'ANALYST');
    const search = 'financialYear=2009/10&granularity=FINANCIAL_YEAR&groupBy=CHANNEL&measure=CONTACTS&recordTypeGroups=FORMAL_COMPLAINT';
    await page.goto(`${baseUrl()}/trends?${search}`);
    const name = 'Number of contacts by channel, 2009/10, by financial year, where record type group is Formal complaints';
    await page.getByRole('heading', { level: 2, name }).waitFor();
    expect(await page.locator('figure figcaption').textContent()).toContain(name);
    await page.getByRole('table', { name }).getByRole('rowheader', { name: 'All contacts matching the filters' }).waitFor();

    const csv = await page.request.get(`${baseUrl()}${await page.getByRole('link', { name: 'Download CSV of these results' }).getAttribute('href')}`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('Formal complaints');

    const svgHref = await page.getByRole('link', { name: 'SVG image of this chart' }).getAttribute('href');
    expect(svgHref).toBe(`/export/trend.svg?${search}&chartType=BARS`);
    const svg = await page.request.get(`${baseUrl()}${svgHref}`);
    expect(svg.status()).toBe(200);
    expect(svg.headers()['content-type']).toContain('image/svg+xml');
    expect(await svg.text()).toContain('Formal complaints');
    const png = await page.request.get(`${baseUrl()}${await page.getByRole('link', { name: 'PNG image of this chart' }).getAttribute('href')}`);
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toContain('image/png');
  });

  browserTest('shows each percentage with its base, marks small bases, and compares with the previous year', () => browser, async (page) => {
    await signIn(page, 'ANALYST');
    await page.goto(`${baseUrl()}/trends?financialYear=2009/10&granularity=MONTH&groupBy=CHANNEL&measure=RESPONDED_IN_TIME_PERCENT`);
    await page.locator('figure svg[role="img"]').waitFor();
    const table = page.getByRole('table').first();
    const cells = await table.locator('tbody td').allTextContents();
    expect(cells.some((cell) => /^\d+(\.\d)?% of \d+$/.test(cell))).toBe(true);
    expect(cells.some((cell) => /% of [1-4] \[u\]/.test(cell))).toBe(true);
    await page.getByText('a percentage of fewer than 5 contacts').waitFor();

    await page.getByLabel('Compare with the previous year').check();
    await page.getByRole('button', { name: 'Show results' }).click();
    await page.waitForURL(/compareWith=PREVIOUS_YEAR/);
    const compared = page.getByRole('table', { name: /compared with 2008\/09/ });
    await compared.waitFor();
    const headers = await compared.locator('thead th').allTextContents();
    expect(headers.slice(-3)).toEqual(['Total', 'Total 2008/09', 'Change (percentage points)']);
    await page.getByRole('table', { name: 'The same periods a year earlier, 2008/09' }).waitFor();
    expect(await page.locator('figure figcaption').textContent()).toContain('compared with 2008/09');
    expect(await axeViolations(page)).toEqual([]);
  });

  browserTest('draws the chart type chosen, keeps it in the link, and offers only those that fit', () => browser, async (page) => {
    await signIn(page, 'ANALYST');
    const search = 'financialYear=2009/10&granularity=MONTH&groupBy=RECORD_TYPE&measure=CONTACTS';
    await page.goto(`${baseUrl()}/trends?${search}`);
    const caption = page.locator('figure figcaption');
    await caption.waitFor();
    expect(await caption.textContent()).toMatch(/^Stacked bar chart:/);
    const choice = page.getByRole('group', { name: 'Show as' });
    expect(await choice.getByRole('radio').count()).toBe(5);

    await choice.getByLabel('Line').check();
    await page.waitForURL(`${baseUrl()}/trends?${search}&chart=LINE`);
    await page.locator('figure figcaption', { hasText: /^Line chart:/ }).waitFor();
    await choice.getByLabel('Heatmap').check();
    await page.locator('figure figcaption', { hasText: /^Heatmap:/ }).waitFor();
    await choice.getByLabel('Table only').check();
    await page.waitForURL(/chart=TABLE$/);
    await page.locator('figure').waitFor({ state: 'detached' });
    expect(await page.getByRole('link', { name: 'SVG image of this chart' }).count()).toBe(0);

    // A copied link draws the same; one period offers no line.
    await page.goto(`${baseUrl()}/trends?${search}&chart=HEATMAP`);
    await page.locator('figure figcaption', { hasText: /^Heatmap:/ }).waitFor();
    await page.goto(`${baseUrl()}/trends?financialYear=2009/10&granularity=FINANCIAL_YEAR&groupBy=CHANNEL&chart=LINE`);
    await page.locator('figure figcaption', { hasText: /^Bar chart:/ }).waitFor();
    expect(await page.getByRole('group', { name: 'Show as' }).getByLabel('Line').count()).toBe(0);
  });

  browserTest('filters by a single issue picked under its category', () => browser, async (page) => {
    await signIn(page, 'ANALYST');
    await page.goto(`${baseUrl()}/trends?financialYear=2009/10&granularity=FINANCIAL_YEAR&groupBy=CHANNEL`);
    await page.locator('figure svg').waitFor();
    await page.getByText('Filters', { exact: true }).click();
    const picker = page.getByLabel('Issue', { exact: true });
    const option = picker.locator('optgroup option').first();
    const code = (await option.getAttribute('value'))!;
    const issueName = (await option.textContent())!;
    await picker.selectOption(code);
    await page.getByLabel('Any issue raised').check();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Show results' }).click();
    await page.waitForURL(new RegExp(`anyIssues=${code}`));
    await page.getByRole('heading', { level: 2, name: `where issue (any raised) is ${issueName}`, exact: false }).waitFor();
  });

  browserTest('keeps the chart when printed, scaled to the page, without the controls', () => browser, async (page) => {
    await signIn(page, 'ANALYST');
    await page.goto(`${baseUrl()}/trends?financialYear=2009/10&granularity=MONTH&groupBy=RECORD_TYPE&measure=CONTACTS`);
    const chart = page.locator('figure svg[role="img"]');
    await chart.waitFor();
    expect(await chart.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await chart.isVisible()).toBe(true);
      expect(await page.locator('figure .chart__legend').isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Show results' }).isVisible()).toBe(false);
      expect(await page.getByRole('group', { name: 'Show as' }).isVisible()).toBe(false);
      const fits = await page.evaluate(() => {
        const svg = document.querySelector('figure svg[role="img"]')!.getBoundingClientRect();
        const main = document.querySelector('main')!.getBoundingClientRect();
        return svg.width > 0 && svg.right <= main.right + 1;
      });
      expect(fits).toBe(true);
      // Chromium's own print to PDF, at A4: the chart is drawn into it.
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
