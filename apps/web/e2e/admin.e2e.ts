/**
 * Administration in a real browser against the real API: an administrator
 * adds a service manager, gives them another service area, deactivates and
 * reactivates the account and resets its password; the manager then signs in
 * with the temporary password and can do nothing until they change it. An
 * administrator renames an issue and an analyst sees the new name in the
 * trend explorer (the old name is put back afterwards, for the other
 * suites sharing this API). axe-core finds no serious or critical violation
 * on any of the new pages.
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

/** axe on the page as it is now, named so a failure says which page. */
async function expectAccessible(page: Page, what: string): Promise<void> {
  expect({ page: what, violations: await axeViolations(page) }).toEqual({ page: what, violations: [] });
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL((url) => url.pathname === '/sign-in');
}

/** The page's main notification (saved, deactivated …) once it says `text`. */
async function notification(page: Page, text: string): Promise<void> {
  await page.locator('.notification').getByText(text).waitFor();
}

describe('administration', () => {
  browserTest(
    'an administrator adds a manager, gives a service area, deactivates, reactivates and resets the password; the manager must change it first',
    () => browser,
    async (page) => {
      const stamp = Date.now().toString(36);
      const name = `Pat Example ${stamp}`;
      const email = `pat.example.${stamp}@council.example`;

      await signIn(page, 'ADMIN');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
      await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
      await page.getByRole('table').waitFor();
      await expectAccessible(page, 'users');

      await page.getByRole('link', { name: 'Add a user' }).click();
      await page.getByRole('heading', { level: 1, name: 'Add a user' }).waitFor();
      // Nothing filled in: the summary lists each field.
      await page.getByRole('button', { name: 'Add user' }).click();
      await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      await expectAccessible(page, 'add a user, with errors');

      await page.getByLabel('Full name').fill(name);
      await page.getByLabel('Email address').fill(email);
      await page.getByLabel('Role').selectOption('SERVICE_MANAGER');
      await page.getByRole('group', { name: 'Service areas' }).getByLabel('Safeguarding: Social Care').check();
      await page.getByRole('button', { name: 'Add user' }).click();
      await page.getByRole('heading', { level: 1, name: 'User added' }).waitFor();
      expect(await page.getByTestId('temporary-password').textContent()).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
      await expectAccessible(page, 'user added');

      await page.getByRole('link', { name: `Manage ${name}’s account` }).click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      await expectAccessible(page, "a user's page");

      // Another service area.
      await page.getByRole('group', { name: 'Service areas' }).getByLabel('Safeguarding: Inclusion').check();
      await page.getByRole('button', { name: 'Save changes' }).click();
      await notification(page, `Saved the changes to ${name}’s account.`);
      await page.locator('.summary-list').getByText('Safeguarding: Social Care, Safeguarding: Inclusion').waitFor();

      await page.getByRole('button', { name: 'Deactivate account' }).click();
      await notification(page, `${name}’s account is deactivated. They have been signed out and cannot sign in.`);
      await page.locator('.summary-list').getByText('Deactivated: cannot sign in').waitFor();
      await page.getByRole('button', { name: 'Reactivate account' }).click();
      await notification(page, `${name}’s account is active again. They can sign in.`);

      await page.getByRole('button', { name: 'Reset password' }).click();
      await page.getByRole('heading', { name: 'Password reset' }).waitFor();
      const temporary = (await page.getByTestId('temporary-password').textContent())!.trim();
      await expectAccessible(page, "a user's page after a reset");

      // The list shows the account, its areas and that the temporary password is still unchanged.
      await page.getByRole('link', { name: 'Back to users' }).click();
      const row = page.getByRole('row').filter({ has: page.getByRole('link', { name }) });
      expect(await row.textContent()).toContain('Safeguarding: Social Care, Safeguarding: Inclusion');
      expect(await row.textContent()).toContain('Temporary password not yet changed');
      await signOut(page);

      // The manager signs in with the temporary password: only the password change is open to them.
      await page.getByLabel('Email address').fill(email);
      await page.getByLabel('Password').fill(temporary);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => url.pathname === '/account/password');
      await page.getByRole('heading', { level: 1, name: 'Change your password' }).waitFor();
      expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
      await expectAccessible(page, 'change password, temporary');
      await page.goto(`${baseUrl()}/cases`);
      await page.waitForURL((url) => url.pathname === '/account/password');
      // Nor does the API answer anything else.
      const refused = await page.evaluate(async () => {
        const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ contacts { totalCount } }' }) });
        return (await res.json()).errors?.[0]?.extensions?.code;
      });
      expect(refused).toBe('PASSWORD_CHANGE_REQUIRED');

      await page.getByLabel('Temporary password').fill(temporary);
      await page.getByLabel('New password', { exact: true }).fill('Password2024!');
      await page.getByLabel('Confirm new password').fill('Password2024!');
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByRole('link', { name: 'New password is too common and easy to guess: try three random words' }).waitFor();
      await expectAccessible(page, 'change password, with errors');

      await page.getByLabel('New password', { exact: true }).fill('otter lantern quarry meadow');
      await page.getByLabel('Confirm new password').fill('otter lantern quarry meadow');
      await page.getByRole('button', { name: 'Change password' }).click();
      await notification(page, 'Your password has been changed. You have been signed out everywhere else.');
      await page.getByRole('link', { name: 'Continue to Complaints Insight' }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Case work' }).click();
      await page.getByRole('heading', { level: 1, name: 'Case work' }).waitFor();
    },
    120_000,
  );

  browserTest('an administrator renames an issue and an analyst sees the new name in the trend explorer', () => browser, async (page) => {
    const newName = `Short breaks for disabled children ${Date.now().toString(36)}`;
    const oldName = 'Respite for children with disabilities';
    await signIn(page, 'ADMIN');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reference data' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reference data' }).waitFor();
    await page.getByRole('navigation', { name: 'Kinds of reference data' }).getByRole('link', { name: 'Issues', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Issues' }).waitFor();
    await expectAccessible(page, 'reference data: issues');

    await page.getByRole('link', { name: oldName }).click();
    await page.getByRole('heading', { level: 1, name: oldName }).waitFor();
    await expectAccessible(page, 'a reference item');
    try {
      await page.getByLabel('Name', { exact: true }).fill(newName);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await notification(page, `Saved: the issue RESPITE_DISABLED_CHILDREN is now called ‘${newName}’.`);
      // A retirement date must be given: the refusal is shown beside the field.
      await page.getByRole('button', { name: 'Retire issue' }).click();
      await page.getByRole('link', { name: 'Enter the date it is retired from' }).waitFor();
      await expectAccessible(page, 'a reference item, with errors');

      await page.getByRole('link', { name: 'Changes to this issue in the audit log' }).click();
      await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
      const entry = page.getByRole('row').filter({ hasText: `Name: ${oldName} → ${newName}` });
      expect(await entry.textContent()).toContain('admin@demo.example');
      await expectAccessible(page, 'audit log');
      await signOut(page);

      await signIn(page, 'ANALYST');
      await page.goto(`${baseUrl()}/trends?financialYear=2009/10&granularity=FINANCIAL_YEAR&groupBy=ISSUE&measure=CONTACTS`);
      const table = page.getByRole('table', { name: /by issue.*, 2009\/10/ });
      await table.waitFor();
      await table.getByRole('rowheader', { name: newName, exact: true }).waitFor();
      expect(await table.getByRole('rowheader', { name: oldName, exact: true }).count()).toBe(0);
    } finally {
      // Put the name back through the API (as the administrator), so later suites read the report's own words.
      await page.context().clearCookies();
      await signIn(page, 'ADMIN');
      const restored = await page.evaluate(async (name) => {
        const res = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'mutation($i: SaveReferenceItemInput!) { saveReferenceItem(input: $i) }',
            variables: { i: { kind: 'ISSUE', code: 'RESPITE_DISABLED_CHILDREN', name, parent: 'LACK_OF_SERVICE_PROVISION' } },
          }),
        });
        return (await res.json()).data?.saveReferenceItem;
      }, oldName);
      expect(restored).toBe(true);
    }
  }, 90_000);

  browserTest('everyone finds the password change under their account, and the new pages pass axe at 320 px', () => browser, async (page) => {
    await signIn(page, 'ANALYST');
    await page.getByRole('link', { name: 'Change password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Change your password' }).waitFor();
    await expectAccessible(page, 'change password');
    await signOut(page);

    await signIn(page, 'ADMIN');
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of ['/users', '/users/new', '/reference-data/service-areas', '/reference-data/channels/EMAIL', '/audit-log', '/account/password']) {
      await page.goto(`${baseUrl()}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
      await expectAccessible(page, `${path} at 320 px`);
    }
  }, 90_000);
});
