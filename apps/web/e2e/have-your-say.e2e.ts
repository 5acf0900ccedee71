/**
 * "Have your say" in a real browser against the real API: on a 375 px phone
 * screen, without signing in, a young person reaches the page from the
 * sign-in page, tells us what happened and sees their reference; axe finds no
 * serious or critical violation on the page, before or after sending, nor with
 * an error; the page never scrolls sideways at 320 px and every control is at
 * least 44 px tall. An officer then finds the message in triage and records it
 * as a contact. (The API refuses a burst of messages from one address: see
 * apps/api/src/have-your-say/have-your-say.integration.test.ts.)
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

async function expectAccessible(page: Page, what: string): Promise<void> {
  expect({ page: what, violations: await axeViolations(page) }).toEqual({ page: what, violations: [] });
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

describe('have your say', () => {
  browserTest(
    'a young person sends a message on a phone without signing in, and an officer finds it in triage',
    () => browser,
    async (page) => {
      await page.setViewportSize({ width: 375, height: 800 });
      const words = `Nobody asked me what I wanted at my review (${Date.now().toString(36)}).`;

      await page.goto(`${baseUrl()}/sign-in`);
      await page.getByRole('link', { name: 'Have your say' }).click();
      await page.getByRole('heading', { level: 1, name: 'Have your say' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/have-your-say');
      expect(await page.title()).toBe('Have your say – Complaints Insight');
      await page.getByRole('heading', { name: 'What happens next' }).waitFor();
      await expectAccessible(page, 'have your say');
      await expectNoSidewaysScroll(page);

      // Large targets: every control a person uses is at least 44 px tall.
      const heights = await page.evaluate(() =>
        [...document.querySelectorAll('form .radios__label, form button, form textarea, form input:not([type="radio"]):not([tabindex="-1"]), form select')]
          .filter((e) => !e.closest('[aria-hidden="true"]'))
          .map((e) => [e.textContent?.trim() || (e as HTMLInputElement).name, Math.round(e.getBoundingClientRect().height)] as const)
          .filter(([, h]) => h < 44),
      );
      expect(heights).toEqual([]);

      // An error first, in plain words, linked to its field.
      await page.getByRole('button', { name: 'Send my message' }).click();
      await page.getByRole('alert').getByRole('link', { name: 'Please tell us what happened.' }).waitFor();
      await expectAccessible(page, 'have your say with an error');

      await page.getByLabel('What happened?').fill(words);
      await page.getByLabel('Your name (if you want to tell us)').fill('Sam');
      await page.getByLabel('Text message').check();
      await page.getByLabel('Your phone number').fill('07700 900123');
      await page.getByLabel('Yes, please').check();
      await page.getByRole('button', { name: 'Send my message' }).click();

      await page.getByRole('heading', { level: 1, name: 'Thank you. We got your message.' }).waitFor();
      const reference = (await page.locator('.hys__reference strong').textContent())!.trim();
      expect(reference).toMatch(/^HYS-\d{4}-\d{4}$/);
      await page.getByText(/call 999/).first().waitFor();
      await expectAccessible(page, 'have your say, sent');
      await page.setViewportSize({ width: 320, height: 800 });
      await expectNoSidewaysScroll(page);
      await page.setViewportSize({ width: 375, height: 800 });

      // No account was made or used: the app still asks a visitor to sign in.
      await page.goto(`${baseUrl()}/have-your-say/triage`);
      await page.waitForURL((url) => url.pathname === '/sign-in');

      await signIn(page, 'COMPLAINTS_OFFICER');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Have your say' }).click();
      await page.getByRole('heading', { level: 1, name: 'Have your say messages' }).waitFor();
      const item = page.getByRole('region', { name: reference });
      await item.getByText(words).waitFor();
      await item.getByText('Text message: 07700 900123').waitFor();
      await expectAccessible(page, 'have your say triage');

      const form = item.getByRole('form', { name: `Record ${reference} as a contact` });
      await form.getByLabel('Record type').selectOption('STATUTORY_COMPLAINT');
      await form.getByLabel('Service area').selectOption('SOCIAL_CARE');
      await form.getByLabel('Issue').selectOption({ index: 1 });
      await form.getByRole('button', { name: /Record as a contact/ }).click();
      const done = page.getByText(new RegExp(`${reference} is recorded as contact`));
      await done.waitFor();
      await page.getByRole('region', { name: reference }).waitFor({ state: 'detached' });
    },
    90_000,
  );
});
