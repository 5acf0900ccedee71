import type { Locator, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { baseUrl, browserTest, openBrowser, signIn, type Browser } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const TABLE3 = 'Table 3: Contacts received month by month, 2009/10';

/** The text of each cell in a row of a table, by its row header. */
async function rowCells(page: Page, table: Locator, label: string): Promise<string[]> {
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  return row.locator('td').allTextContents();
}

/** One line of a CSV the API wrote (no quoted commas in these rows). */
function csvRow(csv: string, label: string): string[] | undefined {
  return csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.split(','))
    .find((cells) => cells[0] === label);
}

describe('annual report', () => {
  browserTest('2009/10: table 3 gives 22 statutory complaints in October 2009, and its CSV says the same', () => browser, async (page) => {
    await signIn(page, 'ANALYST');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Annual report' }).click();
    // Other browser tests record contacts today on the same API, so the latest year is not
    // always 2009/10: choose it as a user would.
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByLabel('Financial year').selectOption('2009/10');
    await page.getByRole('button', { name: 'Show report' }).click();
    await page.getByRole('heading', { level: 1, name: 'Annual report on comments and complaints, 2009/10' }).waitFor();
    expect(new URL(page.url()).search).toBe('?year=2009/10');
    expect(await page.title()).toBe('Annual report, 2009/10 – Complaints Insight');
    expect(await page.getByLabel('Financial year').inputValue()).toBe('2009/10');

    const table = page.getByRole('table', { name: TABLE3 });
    await table.waitFor();
    const headers = await table.locator('thead th').allTextContents();
    const statutory = await rowCells(page, table, 'Statutory complaint');
    const october = headers.indexOf('Oct 2009') - 1;
    expect(october).toBeGreaterThanOrEqual(0);
    expect(statutory[october]).toBe('22');
    expect(statutory.at(-1)).toBe('167');

    // The CSV link for table 3, fetched in the page (with its session cookie), gives the same numbers.
    const link = page.getByRole('link', { name: `Download CSV of ${TABLE3}` });
    const href = await link.getAttribute('href');
    expect(href).toBe('/export/report/2009-10/table3.csv');
    const download = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), text: await response.text() };
    }, href!);
    expect(download.status).toBe(200);
    expect(download.type).toMatch(/^text\/csv/);
    expect(download.disposition).toContain('annual-report-2009-10-table3.csv');
    const csvHeaders = csvRow(download.text, '')!;
    expect(csvHeaders.slice(1)).toEqual(headers.slice(1));
    const csvStatutory = csvRow(download.text, 'Statutory complaint')!;
    expect(csvStatutory[csvHeaders.indexOf('Oct 2009')]).toBe('22');
    expect(csvStatutory.slice(1)).toEqual(statutory);

    // The printable version is the API's HTML page for the same year.
    const printable = page.getByRole('link', { name: 'Printable version of the 2009/10 annual report' });
    expect(await printable.getAttribute('href')).toBe('/report/2009-10');
    const html = await page.evaluate(async () => {
      const response = await fetch('/report/2009-10');
      return { status: response.status, text: await response.text() };
    });
    expect(html.status).toBe(200);
    expect(html.text).toContain('<h1>Annual report on comments and complaints, 2009/10</h1>');
  });

  browserTest('choosing 2008/09 shows that year, with charts that each have a text summary', () => browser, async (page) => {
    await signIn(page, 'SERVICE_MANAGER');
    await page.goto(`${baseUrl()}/annual-report?year=2009/10`);
    await page.getByRole('table', { name: TABLE3 }).waitFor();
    await page.getByLabel('Financial year').selectOption('2008/09');
    await page.getByRole('button', { name: 'Show report' }).click();
    await page.getByRole('table', { name: 'Table 3: Contacts received month by month, 2008/09' }).waitFor();
    expect(new URL(page.url()).search).toBe('?year=2008/09');

    const figures = page.locator('figure');
    await page.locator('figure svg[role="img"]').nth(3).waitFor();
    expect(await figures.count()).toBe(4);
    const captions = await page.locator('figure figcaption').allTextContents();
    const starts = [
      'Bar chart of Table 2: Contacts – how received, 2008/09. One bar for each of',
      'Stacked bar chart of Table 3: Contacts received month by month, 2008/09. One bar for each of 12 months',
      'Bar chart of Table 5: Contacts and complaints by issue, 2008/09. One bar for each of',
      'Bar chart of 6.2 Outcomes of Stage 1 complaints, 2008/09. One bar for each of',
    ];
    expect(captions.map((caption, i) => caption.startsWith(starts[i]!))).toEqual([true, true, true, true]);
    expect(captions.every((caption) => caption.endsWith('The table below gives every number.'))).toBe(true);
  });

  browserTest('no serious or critical axe violations, on screen and in print', () => browser, async (page) => {
    await signIn(page, 'ANALYST');
    await page.goto(`${baseUrl()}/annual-report?year=2009/10`);
    await page.getByRole('table', { name: TABLE3 }).waitFor();
    await page.locator('figure svg[role="img"]').nth(3).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    expect(await axeViolations(page)).toEqual([]);

    // Printed: the tables and charts stay, the controls and links go.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('table', { name: TABLE3 }).isVisible()).toBe(true);
    expect(await page.getByLabel('Financial year').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: `Download CSV of ${TABLE3}` }).isVisible()).toBe(false);
    expect(await page.locator('figure svg[role="img"]').first().isVisible()).toBe(true);
    expect(await page.getByText('Each chart is followed by its table, which gives every number.').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});
