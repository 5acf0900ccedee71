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

    const table = page.getByRole('table', { name: 'Number of contacts by channel per financial year, 2009/10' });
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
    expect(await csv.text()).toContain('Letter,165,165');

    // The chart has a text alternative naming the largest channel.
    expect(await page.locator('figure figcaption').textContent()).toContain('The largest is Letter: 165.');

    // A copied link shows the same answer.
    await page.goto(`${baseUrl()}/trends?${search}`);
    await table.waitFor();
    expect(await letter.locator('td').last().textContent()).toBe('165');
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
});
