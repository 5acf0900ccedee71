/**
 * Information requests in a real browser against the real API: an officer
 * records an FOI request, pauses its clock awaiting the fee and restarts it
 * (the due date moves by the working days waited), records the response and
 * finds the request in the register. An analyst sees the year's summary and no
 * register. axe-core finds no serious or critical violation on the new pages,
 * and none of them scrolls sideways at 320 px.
 */
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { baseUrl, browserTest, openBrowser, signIn, type Browser } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until nothing is loading. */
async function settle(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('.query-state__status--loading').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
}

/** The page's sideways overflow at its current width (tables scroll inside their own regions), or null. */
async function overflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => !el.closest('.table-scroll'))
      .filter((el) => el.getBoundingClientRect().right > width)
      .slice(0, 3)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`);
    return `scrollWidth ${document.documentElement.scrollWidth}px > ${width}px: ${culprits.join('; ')}`;
  });
}

async function at320(page: Page, path: string): Promise<string | null> {
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto(`${baseUrl()}${path}`);
  await settle(page);
  const problem = await overflow(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  return problem && `${path}: ${problem}`;
}

describe('information requests', () => {
  browserTest(
    'an officer records an FOI request, pauses and restarts its clock, responds, and finds it in the register',
    () => browser,
    async (page) => {
      const requester = `E2E Requester ${Date.now()}`;
      await signIn(page, 'COMPLAINTS_OFFICER');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Information requests' }).click();
      await page.getByRole('heading', { level: 1, name: 'Information requests' }).waitFor();
      await settle(page);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'Record a request' }).click();
      await page.getByRole('heading', { level: 1, name: 'Record an information request' }).waitFor();
      await page.getByRole('button', { name: 'Record request' }).click();
      await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
      expect(await axeViolations(page)).toEqual([]);

      await page.getByLabel('Freedom of Information').check();
      await page.getByLabel('Date received').fill('2009-12-01');
      await page.getByLabel('Service area').selectOption('SCHOOL_STANDARDS');
      await page.getByLabel('What was asked for (optional)').fill('The cost of school transport in 2008/09.');
      await page.getByLabel('Who asked', { exact: true }).selectOption('MEDIA');
      await page.getByLabel('Requester’s name (optional)').fill(requester);
      await page.getByRole('button', { name: 'Record request' }).click();

      // Its address is its reference, each / written as -.
      await page.waitForURL(/\/information-requests\/FOI-2009-\d{4}$/);
      const heading = page.getByRole('heading', { level: 1, name: /FOI\/2009\/\d{4}/ });
      await heading.waitFor();
      const reference = /FOI\/2009\/\d{4}/.exec((await heading.textContent()) ?? '')![0];
      await page.getByText(`Request ${reference} recorded`).waitFor();
      // 20 working days, skipping Christmas Day and the Boxing Day substitute.
      await page.getByText('It was due on 31 December 2009').waitFor();

      const pause = page.getByRole('form', { name: 'Pause the clock' });
      await pause.getByLabel(/Awaiting the fee/).check();
      await pause.getByLabel('Date the requester was asked').fill('2009-12-21');
      await pause.getByRole('button', { name: 'Pause the clock' }).click();
      await page.getByText('Clock paused.', { exact: false }).first().waitFor();
      await page.getByText('The clock is paused since 21 December 2009, awaiting the fee.').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // A date before the pause is refused beside the field.
      const restart = page.getByRole('form', { name: 'Restart the clock' });
      await restart.getByLabel('Date what was asked for arrived').fill('2009-12-20');
      await restart.getByRole('button', { name: 'Restart the clock' }).click();
      await page.locator('#resume-date-error').waitFor();
      expect(await page.locator('#resume-date-error').textContent()).toContain('must be the same as or after the day the clock was paused (21 December 2009)');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');

      // The fee arrived on 5 January: 21-24 and 29-31 December and 4-5 January (9 working days) do not count.
      await restart.getByLabel('Date what was asked for arrived').fill('2010-01-05');
      await restart.getByRole('button', { name: 'Restart the clock' }).click();
      await page.getByText('Clock restarted: the request is now due on 14 January 2010').waitFor();
      const history = page.getByRole('list', { name: 'History' });
      await history.getByText('Now due 14 January 2010').waitFor();

      const respond = page.getByRole('form', { name: 'Record the response' });
      await respond.getByLabel('Date the response was sent').fill('2010-01-12');
      await respond.getByRole('button', { name: 'Record response' }).click();
      await page.getByText('Response recorded').waitFor();
      await page.getByText('The response was sent on 12 January 2010, by the due date, 14 January 2010.').waitFor();
      expect(await history.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Received', 'Clock paused', 'Clock restarted', 'Response sent']);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'Back to information requests' }).click();
      await page.getByLabel('Reference or requester’s name').fill(requester);
      await page.getByRole('button', { name: 'Apply filters' }).click();
      const register = page.getByRole('region', { name: /requests: 1 found/ });
      await register.waitFor();
      expect(new URL(page.url()).searchParams.get('search')).toBe(requester);
      const row = register.getByRole('row').filter({ hasText: reference });
      expect(await row.getByRole('cell').allTextContents()).toEqual(['Freedom of Information', requester, '1 December 2009', '14 January 2010', 'Responded']);
      await row.getByRole('link', { name: reference }).click();
      await page.waitForURL(new RegExp(`/information-requests/${reference.replace(/\//g, '-')}$`));

      const problems = [
        await at320(page, '/information-requests'),
        await at320(page, '/information-requests/new'),
        await at320(page, `/information-requests/${reference.replace(/\//g, '-')}`),
      ].filter(Boolean);
      expect(problems).toEqual([]);
    },
    120_000,
  );

  browserTest('an analyst sees the summary of tables 8 and 9 and no register', () => browser, async (page) => {
    await signIn(page, 'ANALYST');
    // 2008/09: the officer's test records a request in 2009/10.
    await page.goto(`${baseUrl()}/information-requests?financialYear=2008/09`);
    const table = page.getByRole('table', { name: /Information requests received in 2008\/09/ });
    await table.waitFor();
    // Table 8 and 9's first column in the printed report: 39 access requests and 99 FOI requests in 2008/09.
    const received = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Received in 2008/09' }) });
    expect(await received.getByRole('cell').allTextContents()).toEqual(['39', '99']);
    expect(await page.getByRole('heading', { name: 'Register' }).count()).toBe(0);
    expect(await page.getByText(/E2E Requester/).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(await at320(page, '/information-requests?financialYear=2008/09')).toBeNull();
  });
});
