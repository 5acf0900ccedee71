/**
 * Retention in a real browser against the real API: an officer records a
 * compliment received (and so closed) in 2007, with the complainant's
 * details; the administrator finds it among the records due for deletion,
 * ticks it, confirms, and it leaves the list; the officer then sees the
 * contact without its summary or complainant. A record of its own, outside
 * the demo's years, so no other suite's figures or searches change. axe
 * finds no serious or critical violation, and the page never scrolls
 * sideways at 320 px.
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

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL((url) => url.pathname === '/sign-in');
}

/** Records a contact through the API with the signed-in officer's session. */
async function recordContact(page: Page, reference: string): Promise<void> {
  const result = await page.evaluate(async (ref) => {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($i: CreateContactInput!) { createContact(input: $i) { reference status } }`,
        variables: {
          i: {
            reference: ref,
            recordType: 'COMPLIMENT',
            channel: 'EMAIL',
            receivedDate: '2007-01-15',
            serviceAreas: ['SOCIAL_CARE'],
            issues: ['POLICY_DISAGREEMENT'],
            complainantType: 'PARENT_OR_CARER',
            summary: 'Mrs Wilhelmina Retentionova thanks the team',
            complainant: { givenName: 'Wilhelmina', familyName: 'Retentionova', email: 'w.retentionova@example.com' },
          },
        },
      }),
    });
    return res.json();
  }, reference);
  expect(result).toEqual({ data: { createContact: { reference, status: 'CLOSED' } } });
}

describe('retention', () => {
  browserTest(
    'an administrator sees the records due for deletion and anonymises one after confirming',
    () => browser,
    async (page) => {
      const reference = `RET-E2E-${Date.now().toString(36).toUpperCase()}`;
      await signIn(page, 'COMPLAINTS_OFFICER');
      await recordContact(page, reference);
      await signOut(page);

      await signIn(page, 'ADMIN');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Retention' }).click();
      await page.getByRole('heading', { level: 1, name: 'Retention' }).waitFor();
      const table = page.getByRole('table', { name: /due for deletion by/ });
      const row = table.getByRole('row').filter({ hasText: reference });
      await row.waitFor();
      expect(await row.textContent()).toContain('Compliment15 January 200715 January 2013 (kept 6 years)');
      await page.getByLabel('Statutory complaint: years kept after closure').waitFor();
      await expectAccessible(page, 'retention');

      await page.getByLabel(`Select ${reference}`).check();
      await page.getByRole('button', { name: 'Anonymise selected records' }).click();
      const confirm = page.getByRole('region', { name: 'Anonymise 1 record?' });
      await confirm.waitFor();
      expect(await confirm.getByRole('listitem').textContent()).toBe(reference);
      await expectAccessible(page, 'retention, confirming');
      await confirm.getByRole('button', { name: 'Yes, anonymise 1 record' }).click();
      await page.locator('.notification').getByText(`Anonymised 1 record: ${reference}.`).waitFor();
      await row.waitFor({ state: 'detached' });
      await expectAccessible(page, 'retention, anonymised');

      // The audit log says who did it.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
      await page.getByRole('row').filter({ hasText: `Contact: ${reference}` }).filter({ hasText: 'Anonymised' }).first().waitFor();

      // At 320 px the page never scrolls sideways (the table scrolls in its own region).
      await page.setViewportSize({ width: 320, height: 900 });
      await page.goto(`${baseUrl()}/retention`);
      await page.getByRole('heading', { level: 1, name: 'Retention' }).waitFor();
      await page.getByLabel('Statutory complaint: years kept after closure').waitFor();
      await page.getByRole('table', { name: /due for deletion by/ }).getByRole('row').nth(1).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      await expectAccessible(page, 'retention at 320 px');
      await page.setViewportSize({ width: 1280, height: 900 });
      await signOut(page);

      // The officer still finds the contact, without its summary or complainant.
      await signIn(page, 'COMPLAINTS_OFFICER');
      await page.goto(`${baseUrl()}/cases/${reference}`);
      await page.getByRole('heading', { level: 1, name: new RegExp(reference) }).waitFor();
      const main = (await page.getByRole('main').textContent()) ?? '';
      expect(main).toContain('[anonymised ');
      expect(main).not.toContain('Retentionova');
    },
    120_000,
  );
});
