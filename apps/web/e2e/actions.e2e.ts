/**
 * The learning-action tracker in a real browser against the real API. Every
 * test that writes makes its own action first (through the form or the API),
 * with a unique owner, and opens the list filtered to that owner, so the tests
 * do not depend on each other or on the demo data staying as it was.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { RESULTS_DIR, baseUrl, browserTest, openBrowser, signIn, type Browser } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

let serial = 0;
/** An owner ("by whom") no other test uses, so `?owner=` shows just this test's action. */
function uniqueOwner(label: string): string {
  serial += 1;
  return `E2E ${label} ${Date.now().toString(36)}${serial}`;
}

const CREATE = `mutation CreateForTest($input: CreateLearningActionInput!) {
  createLearningAction(input: $input) { id version }
}`;

/** Records an action through the API as whoever the page is signed in as. */
async function createThroughApi(page: Page, issue: string, owner: string): Promise<void> {
  const response = await page.request.post(`${baseUrl()}/graphql`, {
    data: {
      query: CREATE,
      variables: {
        input: {
          financialYear: '2010/11',
          issueIdentified: issue,
          serviceArea: 'SOCIAL_CARE',
          issueCategory: 'COMMUNICATION',
          actionNeeded: 'Check every letter is answered within 10 working days',
          byWhom: owner,
          dueDate: '2011-03-31',
        },
      },
    },
  });
  const body = (await response.json()) as { data?: { createLearningAction?: { id: string } }; errors?: unknown };
  if (!body.data?.createLearningAction) throw new Error(`Could not create the test action: ${JSON.stringify(body.errors)}`);
}

/** The list filtered to one owner: the card of the action with that issue. */
async function openOwnersAction(page: Page, owner: string, issue: string): Promise<Locator> {
  await page.goto(`${baseUrl()}/actions?owner=${encodeURIComponent(owner)}`);
  const card = page.locator('li.action-card').filter({ has: page.getByRole('heading', { level: 3, name: issue, exact: true }) });
  await card.waitFor();
  return card;
}

const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('learning actions', () => {
  browserTest('an analyst sees the list read-only, overdue actions said in words, filters in the URL', () => browser, async (page) => {
    await signIn(page, 'ANALYST');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Actions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Learning actions' }).waitFor();
    expect(await page.title()).toBe('Learning actions – Complaints Insight');

    const filters = page.getByRole('form', { name: 'Filter actions' });
    await filters.getByLabel('Overdue only').check();
    await filters.getByLabel('Ongoing').check();
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(`${baseUrl()}/actions?statuses=ONGOING&overdue=true`);

    const card = page.locator('li.action-card').filter({ has: page.getByRole('heading', { name: 'Alleged breach of confidentiality' }) });
    await card.waitFor();
    expect(await card.locator('dd').filter({ hasText: 'was due' }).textContent()).toBe('!Overdue: was due 31 October 2010');
    expect(await card.locator('.action-tag--overdue').textContent()).toBe('! Overdue');
    expect(await page.locator('.action-card button').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add a learning action' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  browserTest('a service manager adds an action, edits it and sees the change in its history', () => browser, async (page) => {
    await signIn(page, 'SERVICE_MANAGER');
    await page.goto(`${baseUrl()}/actions`);
    const owner = uniqueOwner('edit');
    const issue = `Replies sent late (${owner})`;

    await page.getByRole('button', { name: 'Add a learning action' }).click();
    const create = page.getByRole('form', { name: 'Add a learning action' });
    await create.getByLabel('Financial year').fill('2010/11');
    await create.getByLabel('Issue identified').fill(issue);
    await create.getByLabel('Action needed').fill('Weekly check of letters waiting for a reply');
    await create.getByLabel('By whom').fill(owner);
    await create.getByRole('button', { name: 'Save the action' }).click();
    await page.getByText(`Action added: “${issue}”.`).waitFor();

    const card = await openOwnersAction(page, owner, issue);
    await card.getByRole('button', { name: /^Edit/ }).click();
    const form = card.getByRole('form', { name: `Edit “${issue}”` });
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^edit-\d+-issueIdentified$/);

    // A mistake first: the error is beside the field and in the focused summary.
    await form.getByLabel('By whom').fill('');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText('There is a problem').waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    expect(await form.getByLabel('By whom').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    await form.getByLabel('By whom').fill(owner);
    await form.getByLabel('Status').selectOption('ONGOING');
    await form.getByLabel('Further action (optional)').fill('Report the weekly figures to the team meeting');
    await form.getByRole('button', { name: 'Save changes' }).click();

    await card.getByText('Your changes have been saved.').waitFor();
    expect(await activeText(page)).toBe('Your changes have been saved.');
    // The card re-renders from the cache a moment after the notice: wait for it (fails if it never shows).
    await card.getByText('Ongoing', { exact: true }).first().waitFor({ timeout: 5000 });

    await card.getByText(/^History/).click();
    const history = card.getByRole('table', { name: `Changes to “${issue}”, newest first` });
    const rows = await history.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('.action-history__who')?.textContent, ...[...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent)]),
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        ['manager@demo.example', 'Status', 'Open', 'Ongoing'],
        ['manager@demo.example', 'Further action', 'Not set', 'Report the weekly figures to the team meeting'],
        ['manager@demo.example', 'Action recorded', '–not applicable', '–not applicable'],
      ]),
    );
    expect(rows).toHaveLength(3);
    expect(await axeViolations(page)).toEqual([]);
  });

  browserTest('two people edit one action: the second to save sees whose change it was and chooses', () => browser, async (managerPage) => {
    const officerBrowser = await openBrowser();
    const officerPage = await officerBrowser.context.newPage();
    try {
      await signIn(managerPage, 'SERVICE_MANAGER');
      await signIn(officerPage, 'COMPLAINTS_OFFICER');
      const owner = uniqueOwner('conflict');
      const issue = `Letters not acknowledged (${owner})`;
      await createThroughApi(managerPage, issue, owner);

      // Both open the same action for editing.
      const managerCard = await openOwnersAction(managerPage, owner, issue);
      const officerCard = await openOwnersAction(officerPage, owner, issue);
      await managerCard.getByRole('button', { name: /^Edit/ }).click();
      await officerCard.getByRole('button', { name: /^Edit/ }).click();

      // The officer saves first.
      const officerForm = officerCard.getByRole('form', { name: `Edit “${issue}”` });
      await officerForm.getByLabel('Action needed').fill('Officer: acknowledge every letter within 3 working days');
      await officerForm.getByRole('button', { name: 'Save changes' }).click();
      await officerCard.getByText('Your changes have been saved.').waitFor();

      // The manager saves from the version they loaded: CONFLICT.
      const managerForm = managerCard.getByRole('form', { name: `Edit “${issue}”` });
      await managerForm.getByLabel('Action needed').fill('Manager: acknowledge every letter within 2 working days');
      await managerForm.getByLabel('Due date (optional)').fill('2011-02-28');
      await managerForm.getByRole('button', { name: 'Save changes' }).click();

      const alert = managerCard.getByRole('alert', { name: 'Someone else changed this action while you were working on it' });
      await alert.waitFor();
      expect(await managerPage.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
      const text = (await alert.textContent()) ?? '';
      expect(text).toMatch(/officer@demo\.example changed action needed on \d{1,2} \w+ \d{4} at \d{2}:\d{2}\./);
      expect(text).toContain('Your changes have not been saved.');
      const row = alert.getByRole('row').filter({ has: managerPage.getByRole('rowheader', { name: 'Action needed' }) });
      expect(await row.getByRole('cell').allTextContents()).toEqual([
        'Officer: acknowledge every letter within 3 working days',
        'Manager: acknowledge every letter within 2 working days',
      ]);
      expect(text).toContain('You also changed due date, which they did not.');
      expect(await axeViolations(managerPage)).toEqual([]);

      // The manager keeps their own wording.
      await alert.getByRole('button', { name: 'Apply my changes again' }).click();
      await managerCard.getByText('Your changes have been saved.').waitFor();
      // The card shows the saved version once the refetched list lands (waits; fails if it never does).
      await managerCard.locator('dd').first().filter({ hasText: /^Manager: acknowledge every letter within 2 working days$/ }).waitFor({ timeout: 5000 });

      await managerCard.getByText(/^History/).click();
      const history = managerCard.getByRole('table', { name: `Changes to “${issue}”, newest first` });
      await history.waitFor();
      const changes = await history.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => `${tr.querySelector('.action-history__who')?.textContent}: ${tr.querySelectorAll('td')[1]?.textContent}`),
      );
      expect(changes).toEqual(
        expect.arrayContaining(['manager@demo.example: Action needed', 'manager@demo.example: Due date', 'officer@demo.example: Action needed']),
      );
    } catch (error) {
      mkdirSync(RESULTS_DIR, { recursive: true });
      await officerPage.screenshot({ path: join(RESULTS_DIR, 'actions-conflict-officer.png'), fullPage: true }).catch(() => undefined);
      throw error;
    } finally {
      await officerBrowser.close();
    }
  });

  browserTest('"Use their version" reloads the form with the other person’s values', () => browser, async (managerPage) => {
    const officerBrowser = await openBrowser();
    const officerPage = await officerBrowser.context.newPage();
    try {
      await signIn(managerPage, 'SERVICE_MANAGER');
      await signIn(officerPage, 'COMPLAINTS_OFFICER');
      const owner = uniqueOwner('theirs');
      const issue = `Complaint leaflets out of date (${owner})`;
      await createThroughApi(officerPage, issue, owner);

      const managerCard = await openOwnersAction(managerPage, owner, issue);
      await managerCard.getByRole('button', { name: /^Edit/ }).click();

      // The officer closes the action while the manager is editing it.
      const officerCard = await openOwnersAction(officerPage, owner, issue);
      await officerCard.getByRole('button', { name: /^Close action/ }).click();
      await officerCard.getByText('Action closed: its status is now Completed.').waitFor();

      const managerForm = managerCard.getByRole('form', { name: `Edit “${issue}”` });
      await managerForm.getByLabel('Further action (optional)').fill('Reprint the leaflets');
      await managerForm.getByRole('button', { name: 'Save changes' }).click();
      const alert = managerCard.getByRole('alert', { name: 'Someone else changed this action while you were working on it' });
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/officer@demo\.example changed status on/);

      await alert.getByRole('button', { name: 'Use their version' }).click();
      await managerCard.getByText(/The form now shows their version \(version 2\)/).waitFor();
      expect(await managerForm.getByLabel('Status').inputValue()).toBe('COMPLETED');
      expect(await managerForm.getByLabel('Further action (optional)').inputValue()).toBe('');
      await managerForm.getByRole('button', { name: 'Cancel' }).click();
      expect(await activeText(managerPage)).toMatch(/^Edit/);
    } finally {
      await officerBrowser.close();
    }
  });
});
