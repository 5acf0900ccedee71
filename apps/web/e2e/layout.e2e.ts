import type { Page } from 'playwright-core';
import { baseUrl, browserTest, openBrowser, resizeAndReflow, signIn, type Browser, type DemoRole } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** WCAG 1.4.10 (reflow) at 320 px, and a desktop width where wide tables used to push the page sideways. */
const WIDTHS = [320, 1280] as const;

/**
 * Pages beyond the main navigation (which each role's test reads from the page, so new pages are
 * covered as they are added): detail pages and the explorer's widest answers.
 */
const EXTRA_PAGES: Partial<Record<DemoRole, string[]>> = {
  ANALYST: [
    '/trends?financialYear=2009/10&granularity=MONTH&groupBy=ALL_ISSUES&measure=CONTACTS',
    '/trends?financialYear=2009/10&granularity=MONTH&groupBy=ISSUE&measure=RESPONDED_IN_TIME_PERCENT&compareWith=PREVIOUS_YEAR',
    '/trends?financialYear=2009/10&granularity=FINANCIAL_YEAR&groupBy=ISSUE&crossBy=OUTCOME&measure=CONTACTS',
    '/annual-report?year=2009/10',
    '/annual-report?year=2008/09',
    '/no-such-page',
  ],
  COMPLAINTS_OFFICER: ['/cases/new', '/annual-report?year=2009/10', '/service-activity?financialYear=2009/10'],
  SERVICE_MANAGER: ['/trends?financialYear=2009/10&granularity=QUARTER&groupBy=CHANNEL&crossBy=OUTCOME&measure=CONTACTS'],
  ADMIN: ['/no-such-page'],
};

/** Waits until the page has its heading and nothing is still loading. */
async function settle(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page
    .locator('[aria-busy="true"], .query-state__status--loading, .chart--loading')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
}

/** The page's overflow, with the elements sticking out furthest (outside scrolling regions), to say what to fix. */
async function horizontalOverflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return null;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => !el.closest('.table-scroll') || ['absolute', 'fixed'].includes(getComputedStyle(el).position))
      .map((el) => ({ el, right: Math.round(el.getBoundingClientRect().right) }))
      .filter(({ right }) => right > width)
      .sort((a, b) => b.right - a.right)
      .slice(0, 3)
      .map(({ el, right }) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> to ${right}px`);
    return `scrollWidth ${scrollWidth}px > ${width}px: ${culprits.join('; ')}`;
  });
}

/**
 * Each page is loaded once, at 320 px, then widened to 1280 px: the same page reflowed, at half the
 * page loads (the browser suite's slowest file otherwise).
 */
async function checkPages(page: Page, paths: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const path of paths) {
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
    await page.goto(`${baseUrl()}${path}`);
    await settle(page);
    for (const width of WIDTHS) {
      if (width !== WIDTHS[0]) {
        await resizeAndReflow(page, width, 900);
      }
      const overflow = await horizontalOverflow(page);
      if (overflow) problems.push(`${path} at ${width}px: ${overflow}`);
    }
  }
  return problems;
}

describe('layout: no horizontal scrolling at 320 px or 1280 px', () => {
  browserTest('the sign-in page', () => browser, async (page) => {
    expect(await checkPages(page, ['/sign-in'])).toEqual([]);
  });

  for (const role of ['ANALYST', 'COMPLAINTS_OFFICER', 'SERVICE_MANAGER', 'ADMIN'] as const) {
    browserTest(
      `every page ${role} can open`,
      () => browser,
      async (page) => {
        await signIn(page, role);
        const nav = await page
          .getByRole('navigation', { name: 'Main' })
          .locator('a')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
        const paths = ['/', ...nav, ...(EXTRA_PAGES[role] ?? [])];
        if (nav.includes('/cases')) {
          // A contact's page: the first in the queue (or none yet).
          await page.goto(`${baseUrl()}/cases`);
          await settle(page);
          const contact = await page.locator('main a[href^="/cases/"]:not([href="/cases/new"])').first().getAttribute('href', { timeout: 2000 }).catch(() => null);
          if (contact) paths.push(contact);
        }
        expect(await checkPages(page, paths)).toEqual([]);
      },
      180_000,
    );
  }
});
