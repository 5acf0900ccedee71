/**
 * The Complaint Handling Code's annual report (issue 13): it renders for the
 * Member Responsible for Complaints with every figure disclosed, prints (print
 * media hides the controls, keeps the tables), the API's printable page and the
 * self-assessment form render, and axe finds nothing serious or critical.
 * The member's trends page answers from disclosedTrend: a captioned table
 * with no small number in it, the suppression note, a chart, and no sideways
 * scrolling at 320 px.
 */
import { axeViolations } from './support/axe';
import { baseUrl, browserTest, openBrowser, resizeAndReflow, signIn, type Browser } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const VOLUME = 'Complaints received by month, 2026/27';

describe("the Code's annual report", () => {
  browserTest('renders for the member, prints, and has no serious or critical axe violations', () => browser, async (page) => {
    await signIn(page, 'MEMBER');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Code report' }).click();
    await page.getByLabel('Financial year').selectOption('2026/27');
    await page.getByRole('button', { name: 'Show report' }).click();
    await page.getByRole('heading', { level: 1, name: 'Annual complaints performance and service improvement report, 2026/27' }).waitFor();
    const table = page.getByRole('table', { name: VOLUME });
    await table.waitFor();
    // Small numbers never show: every figure is a count of 0 or at least 5, or a suppression mark.
    const cells = await table.locator('td').allTextContents();
    expect(cells.filter((c) => /^[1-4]$/.test(c.trim()))).toEqual([]);
    await page.getByRole('heading', { level: 2, name: '4. Findings of non-compliance with the Code' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    expect(await table.isVisible()).toBe(true);
    expect(await page.getByLabel('Financial year').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // The API's printable page for the same year.
    await page.goto(`${baseUrl()}/code-report/2026-27`);
    await page.getByRole('heading', { level: 1, name: 'Annual complaints performance and service improvement report 2026/27' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('table', { name: VOLUME }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await axeViolations(page)).toEqual([]);
  });

  browserTest("the member's trends: disclosed figures only, a table and a chart, axe-clean, and reflowing at 320 px", () => browser, async (page) => {
    await signIn(page, 'MEMBER');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trends' }).click();
    await page.getByRole('heading', { level: 1, name: 'Trends in complaints and other contacts' }).waitFor();
    await page.getByLabel('Financial year').selectOption('2026/27');
    await page.getByLabel('Count by').selectOption('MONTH');
    await page.getByLabel('Split by').selectOption('OUTCOME');
    await page.getByLabel('Which contacts').selectOption('FORMAL_COMPLAINT');
    await page.getByRole('button', { name: 'Show figures' }).click();
    const caption = 'Number of contacts by outcome, month by month, 2026/27 to date (formal complaints)';
    const table = page.getByRole('table', { name: caption });
    await table.waitFor();
    // Every figure as disclosed: a count of 0 or at least 5, or a suppression mark; never 1 to 4.
    const cells = await table.locator('td').allTextContents();
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.filter((c) => /^[1-4]$/.test(c.trim()))).toEqual([]);
    expect(await page.getByText(/suppressed/).first().isVisible()).toBe(true);
    await page.getByRole('figure').locator('svg').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // WCAG 1.4.10: at 320 px the page reflows; only the table's own scrolling region may be wider.
    await resizeAndReflow(page, 320, 900);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The member is still refused the explorer's undisclosed trend.
    await page.goto(`${baseUrl()}/trends`);
    await page.getByRole('heading', { level: 1, name: 'You cannot use this page' }).waitFor();
  });

  browserTest('the self-assessment and Ombudsman pages have no serious or critical axe violations, and say the sample is invented', () => browser, async (page) => {
    await signIn(page, 'COMPLAINTS_OFFICER');
    await page.goto(`${baseUrl()}/self-assessment`);
    await page.getByRole('heading', { level: 1, name: 'Self-assessment against the Complaint Handling Code' }).waitFor();
    await page.getByText(/Measured from the records: Stage 1 responses/).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${baseUrl()}/ombudsman`);
    await page.getByText(/Invented sample: these figures are made up/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${baseUrl()}/self-assessment/latest`);
    await page.getByRole('table', { name: 'Self-assessment: one row per provision of the Code' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
