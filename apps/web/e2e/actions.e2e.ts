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
import { RESULTS_DIR, baseUrl, browserTest, openBrowser, resizeAndReflow, signIn, type Browser } from './support/browser';

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

/** A date `days` before today (London), YYYY-MM-DD: recent enough for a new contact, never in the future. */
function daysAgo(days: number): string {
  const london = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
  return london.format(new Date(Date.now() - days * 86_400_000));
}

/** Records a Social Care statutory complaint through the API as whoever the page is signed in as; its reference. */
async function complaintThroughApi(page: Page): Promise<string> {
  const response = await page.request.post(`${baseUrl()}/graphql`, {
    data: {
      query: `mutation CreateForTest($input: CreateContactInput!) { createContact(input: $input) { reference } }`,
      variables: {
        input: {
          recordType: 'STATUTORY_COMPLAINT',
          channel: 'EMAIL',
          receivedDate: daysAgo(6),
          serviceAreas: ['SOCIAL_CARE'],
          issues: ['COMMUNICATION_LACK_OF'],
          complainantType: 'PARENT_OR_CARER',
          summary: 'Letters about a care plan went unanswered.',
        },
      },
    },
  });
  const body = (await response.json()) as { data?: { createContact?: { reference: string } }; errors?: unknown };
  if (!body.data?.createContact) throw new Error(`Could not record the test complaint: ${JSON.stringify(body.errors)}`);
  return body.data.createContact.reference;
}

/** What scrolls sideways at the page's width, or null when nothing does. */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => (document.documentElement.scrollWidth > document.documentElement.clientWidth ? `${document.documentElement.scrollWidth}px wide` : null));

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

      // The officer closes the action (with its closing note) while the manager is editing it.
      const officerCard = await openOwnersAction(officerPage, owner, issue);
      await officerCard.getByRole('button', { name: /^Close action/ }).click();
      await officerCard.getByLabel('Closing note').fill('Leaflets replaced in every office');
      await officerCard.getByRole('button', { name: 'Close the action' }).click();
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

  browserTest('a response with a new learning action shows in the tracker', () => browser, async (page) => {
    await signIn(page, 'COMPLAINTS_OFFICER');
    const reference = await complaintThroughApi(page);
    const owner = uniqueOwner('learning');
    const issue = `Promised calls not made (${owner})`;
    await page.goto(`${baseUrl()}/cases/${reference.replace(/\//g, '-')}`);
    await page.getByRole('heading', { level: 1, name: `Statutory complaint ${reference}` }).waitFor();
    // Nothing is asked before the response.
    expect(await page.getByRole('region', { name: 'What was learned' }).count()).toBe(0);

    const respond = page.getByRole('form', { name: 'Record the Stage 1 response' });
    await respond.getByLabel('Date the response was sent').fill(daysAgo(1));
    await respond.getByLabel('Partially upheld').check();
    await respond.getByRole('button', { name: 'Record response' }).click();
    await page.locator('.notification').getByText('Response recorded').waitFor();

    // Right after the response: what was learned, outstanding until answered.
    const learning = page.getByRole('region', { name: 'What was learned' });
    await learning.getByText('Outstanding: what was learned from this complaint has not been recorded yet.').waitFor();
    const form = learning.getByRole('form', { name: 'What was learned from this complaint' });
    await form.getByRole('button', { name: 'Save what was learned' }).click();
    await form.locator('.error-summary').getByRole('link', { name: 'Choose what was learned from this complaint' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await form.getByLabel('A new learning action').check();
    await form.getByLabel('Issue identified').fill(issue);
    await form.getByLabel('Action needed').fill('Call back the same day when a call is promised');
    await form.getByLabel('By whom').fill(owner);
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Save what was learned' }).click();
    await page.locator('.notification').getByText('What was learned has been recorded').waitFor();
    const actionRow = learning.locator('dd').filter({ hasText: issue });
    await actionRow.waitFor();
    expect(await actionRow.textContent()).toMatch(/\(Open, \d{4}\/\d{2}, by E2E learning .*\)\. See it in the tracker$/);
    await resizeAndReflow(page, 320, 800);
    expect(await sidewaysScroll(page)).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The tracker has it, with the complaint that led to it.
    await learning.getByRole('link', { name: 'See it in the tracker' }).click();
    await page.waitForURL(`${baseUrl()}/actions?owner=${encodeURIComponent(owner)}`);
    const card = page.locator('li.action-card').filter({ has: page.getByRole('heading', { level: 3, name: issue, exact: true }) });
    await card.waitFor();
    expect(await card.locator('dt', { hasText: 'Complaints that led to it' }).locator('xpath=following-sibling::dd').textContent()).toBe(
      '1 complaint named this action as what was learned',
    );
    expect(await card.locator('dt', { hasText: 'Service area' }).locator('xpath=following-sibling::dd').textContent()).toBe('Safeguarding: Social Care');
    expect(await axeViolations(page)).toEqual([]);
  });

  browserTest('a manager records progress, and closes an action only with a closing note', () => browser, async (page) => {
    await signIn(page, 'SERVICE_MANAGER');
    const owner = uniqueOwner('close');
    const issue = `Care plans sent late (${owner})`;
    await createThroughApi(page, issue, owner);
    const card = await openOwnersAction(page, owner, issue);

    // Progress: dated and signed, newest first.
    const progress = card.getByRole('form', { name: `Record progress on “${issue}”` });
    await progress.getByLabel('Progress made').fill('Checklist agreed with the team');
    await progress.getByRole('button', { name: /^Record progress/ }).click();
    await progress.getByText('Progress recorded.').waitFor();
    const log = card.getByRole('region', { name: /^Progress on/ });
    await log.getByText('Checklist agreed with the team').waitFor();
    expect(await log.getByRole('listitem').first().textContent()).toMatch(
      /^Progress: Demo service manager \(Safeguarding: Social Care\), \d{1,2} \w+ \d{4} at \d{2}:\d{2}Checklist agreed with the team$/,
    );

    // Closing without a note is refused, beside the field.
    await card.getByRole('button', { name: /^Close action/ }).click();
    const close = card.getByRole('form', { name: `Close “${issue}”` });
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^action-\d+-closingNote$/);
    await close.getByRole('button', { name: 'Close the action' }).click();
    await close.locator('.error-summary').getByRole('link', { name: 'Enter a closing note: what was done, and how you know it worked' }).waitFor();
    expect(await close.getByLabel('Closing note').getAttribute('aria-invalid')).toBe('true');
    expect(await card.locator('.action-tag').first().textContent()).toBe('Open');
    expect(await axeViolations(page)).toEqual([]);

    await close.getByLabel('Closing note').fill('Every care plan in June went out within 5 working days');
    await close.getByRole('button', { name: 'Close the action' }).click();
    await card.getByText('Action closed: its status is now Completed.').waitFor();
    await card.getByText('Completed', { exact: true }).first().waitFor({ timeout: 5000 });
    await card.locator('dt', { hasText: 'Closing note' }).waitFor({ timeout: 5000 });
    expect(await card.locator('dt', { hasText: 'Closing note' }).locator('xpath=following-sibling::dd').textContent()).toBe(
      'Every care plan in June went out within 5 working days',
    );
    expect(await log.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^Closed: Demo service manager .*Every care plan in June went out within 5 working days$/),
      expect.stringMatching(/^Progress: Demo service manager .*Checklist agreed with the team$/),
    ]);
    // A completed action takes no more progress until it is reopened.
    expect(await card.getByRole('form', { name: `Record progress on “${issue}”` }).count()).toBe(0);
    await resizeAndReflow(page, 320, 800);
    expect(await sidewaysScroll(page)).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
  });
});
