import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { baseUrl, browserTest, openBrowser, signIn, type Browser, type DemoRole } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every page reachable now, with a role that may open it and something that shows it has loaded. */
const PAGES: Array<{ path: string; role: DemoRole; ready: string }> = [
  { path: '/', role: 'ANALYST', ready: 'h1' },
  { path: '/', role: 'ADMIN', ready: 'h1' },
  { path: '/trends?financialYear=2009/10&granularity=MONTH&groupBy=RECORD_TYPE&measure=CONTACTS', role: 'ANALYST', ready: 'figure svg' },
  { path: '/trends?financialYear=2009/10&granularity=MONTH&measure=RESPONDED_IN_TIME_PERCENT', role: 'ANALYST', ready: 'figure svg' },
  { path: '/trends?financialYear=2009/10&granularity=FINANCIAL_YEAR&groupBy=CHANNEL&crossBy=OUTCOME', role: 'SERVICE_MANAGER', ready: 'figure svg' },
  { path: '/trends?financialYear=2009/10&granularity=FINANCIAL_YEAR&groupBy=ISSUE', role: 'ANALYST', ready: 'figure svg' },
  { path: '/annual-report', role: 'ANALYST', ready: 'h1' },
  { path: '/actions', role: 'ANALYST', ready: 'h1' },
  { path: '/cases', role: 'COMPLAINTS_OFFICER', ready: 'h1' },
  { path: '/service-activity?financialYear=2009/10', role: 'COMPLAINTS_OFFICER', ready: 'h1' },
  { path: '/users', role: 'ADMIN', ready: 'h1' },
  { path: '/users', role: 'ANALYST', ready: 'h1' },
  { path: '/no-such-page', role: 'ANALYST', ready: 'h1' },
];

async function expectNoSeriousViolations(page: Page) {
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
  expect(await axeViolations(page)).toEqual([]);
}

describe('accessibility (axe-core: no serious or critical WCAG 2.2 AA violations)', () => {
  browserTest('sign-in page, empty and with errors', () => browser, async (page) => {
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('There is a problem').waitFor();
    await expectNoSeriousViolations(page);
  });

  browserTest('the accessibility statement, signed out, reached from the footer of "Have your say"', () => browser, async (page) => {
    await page.goto(`${baseUrl()}/have-your-say`);
    await page.getByRole('heading', { level: 1, name: 'Have your say' }).waitFor();
    await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accessibility statement for Complaints Insight' }).waitFor();
    // The contact details come from the API (none configured for the e2e server: whom to ask instead).
    await page.getByText('Contact the Children’s Services customer care and complaints team').waitFor();
    expect(await page.title()).toBe('Accessibility statement – Complaints Insight');
    await expectNoSeriousViolations(page);
    // Straight to the address, as a link from elsewhere would: the statement needs no sign-in.
    await page.goto(`${baseUrl()}/accessibility`);
    await page.getByRole('heading', { name: 'Enforcement procedure' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/accessibility');
  });

  for (const { path, role, ready } of PAGES) {
    browserTest(`${path} as ${role}`, () => browser, async (page) => {
      await signIn(page, role);
      await page.goto(`${baseUrl()}${path}`);
      await page.locator(ready).first().waitFor();
      await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' }).catch(() => undefined);
      await expectNoSeriousViolations(page);
    });
  }

  browserTest('trend explorer with the filters open and a form error', () => browser, async (page) => {
    await signIn(page, 'ANALYST');
    await page.goto(`${baseUrl()}/trends?financialYear=2009/10&channels=LETTER`);
    await page.locator('figure svg').waitFor();
    await page.getByLabel('Between two dates').check();
    await page.getByLabel('First date received').fill('');
    await page.getByRole('button', { name: 'Show results' }).click();
    await page.getByText('There is a problem').waitFor();
    await expectNoSeriousViolations(page);
  });

  browserTest('keyboard: the skip link is first and moves focus to the main content', () => browser, async (page) => {
    await signIn(page, 'ANALYST');
    await page.goto(`${baseUrl()}/trends?financialYear=2009/10`);
    await page.locator('figure svg').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
