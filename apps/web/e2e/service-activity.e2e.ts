/**
 * Social care activity (table 6 figures) in a real browser against the real
 * API: an officer saves a year through the form (after a refusal beside the
 * field) and imports another year from a CSV file, checked first. Each test
 * uses a year of its own, far from the demo data.
 */
import { axeViolations } from './support/axe';
import { baseUrl, browserTest, openBrowser, signIn, type Browser } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('social care activity', () => {
  browserTest('an officer saves a year, after the API refuses a negative count beside its field', () => browser, async (page) => {
    await signIn(page, 'COMPLAINTS_OFFICER');
    await page.goto(`${baseUrl()}/service-activity?financialYear=1995/96`);
    await page.getByText('No figures saved for 1995/96 yet.').waitFor();
    await page.getByLabel('Referrals').fill('2,600');
    await page.getByLabel('Initial assessments').fill('-2');
    await page.getByLabel('Looked after children').fill('430');
    await page.getByRole('button', { name: 'Save figures for 1995/96' }).click();
    await page.locator('#initialAssessments-error').waitFor();
    expect(await page.locator('#initialAssessments-error').textContent()).toContain('Initial assessments must be a whole number of 0 or more');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Initial assessments').fill('1200');
    await page.getByRole('button', { name: 'Save figures for 1995/96' }).click();
    await page.getByText('Saved the figures for 1995/96: referrals 2,600, initial assessments 1,200, looked after children 430.').waitFor();
    await page.getByRole('table', { name: 'Social care activity figures saved for 1995/96' }).waitFor();
  });

  browserTest('an officer checks a CSV file, sees its problems, then imports a good one', () => browser, async (page) => {
    await signIn(page, 'COMPLAINTS_OFFICER');
    await page.goto(`${baseUrl()}/service-activity?financialYear=1996/97`);
    await page.getByText('No figures saved for 1996/97 yet.').waitFor();
    const header = 'Financial year,Referrals,Initial assessments,Looked after children\n';
    const file = page.getByLabel('CSV file', { exact: true });

    await file.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}1996/97,10,two,30\n`) });
    await page.getByRole('button', { name: 'Check file' }).click();
    await page.getByRole('heading', { name: 'Nothing was imported' }).waitFor();
    await page.getByText("Line 2, column initial_assessments: must be a whole number of 0 or more, not 'two'").waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await file.setInputFiles({ name: 'good.csv', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from(`${header}1996/97,10,20,30\n`) });
    await page.getByRole('button', { name: 'Check file' }).click();
    await page.getByRole('button', { name: 'Import one year' }).click();
    await page.getByText('Imported the figures for 1996/97.').waitFor();
    await page.getByRole('table', { name: 'Social care activity figures saved for 1996/97' }).waitFor();
  });
});
