/**
 * Finding any case, and the people on it, in the browser against the demo
 * data: an officer finds a contact by reference, by the complainant's surname
 * and by filters; opens it at its reference's address (and an old address by
 * number moves there); records who handles it and its complainant's details.
 * axe finds no serious or critical violation on the new pages, and none of
 * them scrolls sideways at 320 px.
 *
 * CS/2009/0123 is a representation received on 29 July 2009 from Joanne
 * Harris, the child's aunt (the demo data's complainants are deterministic:
 * apps/api/src/demo-data/complainants.ts).
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

async function settle(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('.query-state__status--loading').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
}

async function expectAccessible(page: Page, where: string): Promise<void> {
  expect([where, await axeViolations(page)]).toEqual([where, []]);
}

/** The page's sideways overflow at its width (tables scroll in their own regions), or null. */
async function overflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => !el.closest('.table-scroll') && el.getBoundingClientRect().right > width)
      .slice(0, 3)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`);
    return `scrollWidth ${document.documentElement.scrollWidth}px > ${width}px: ${culprits.join('; ')}`;
  });
}

const results = (page: Page) => page.getByRole('table', { name: /contacts? found/ });

/** Submits the search and waits for the list it asked for (the previous list stays until it arrives). */
async function search(page: Page): Promise<void> {
  const answered = page.waitForResponse((res) => res.url().endsWith('/graphql') && (res.request().postData() ?? '').includes('FoundContacts'));
  await page.getByRole('button', { name: 'Search' }).click();
  await answered;
  await settle(page);
}

describe('finding any case', () => {
  browserTest('an officer finds a contact by reference, by the complainant’s surname and by filters', () => browser, async (page) => {
    await signIn(page, 'COMPLAINTS_OFFICER');
    await page.goto(`${baseUrl()}/cases`);
    await settle(page);

    // By reference, from the case work page, written with - for / and in lower case.
    const quickFind = page.getByRole('search', { name: 'Find a contact' });
    await quickFind.getByLabel('Find a contact by reference or complainant’s surname').fill('cs-2009-0123');
    await quickFind.getByRole('button', { name: 'Find' }).click();
    await page.waitForURL(`${baseUrl()}/cases/find?q=cs-2009-0123`);
    await page.getByRole('heading', { level: 2, name: /^1 contact found/ }).waitFor();
    const row = results(page).getByRole('row', { name: /CS\/2009\/0123/ });
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      '29 July 2009',
      'Representation',
      'Joanne Harris',
      'Closed',
      'None',
      'No one',
    ]);
    await expectAccessible(page, 'find by reference');

    // By surname: every Harris (and Harrison), newest first (this 2009 one is on a later page now that the demo data runs to 2026).
    await page.getByLabel('Reference or complainant’s surname').fill('harris');
    await search(page);
    await page.waitForURL(`${baseUrl()}/cases/find?q=harris`);
    await page.getByRole('heading', { level: 2, name: /^\d+ contacts found/ }).waitFor();
    await results(page).getByRole('link', { name: /^CS\// }).first().waitFor();
    const names = await results(page).locator('tbody tr td:nth-child(4)').allTextContents();
    expect(names.length).toBeGreaterThan(5);
    expect(names.every((name) => /\bHarris(on)?$/.test(name))).toBe(true);

    // By filters alone: representations received on 29 July 2009, oldest first.
    await page.getByLabel('Reference or complainant’s surname').fill('');
    await page.getByLabel('Record type').selectOption({ label: 'Representation' });
    await page.getByLabel('Status').selectOption('CLOSED');
    await page.getByLabel('Received on or after').fill('2009-07-29');
    await page.getByLabel('Received on or before').fill('2009-07-29');
    await page.getByLabel('Order').selectOption('RECEIVED_OLDEST');
    await search(page);
    await page.waitForURL(/\/cases\/find\?recordType=REPRESENTATION&status=CLOSED&receivedFrom=2009-07-29&receivedTo=2009-07-29&sort=RECEIVED_OLDEST$/);
    await results(page).getByRole('link', { name: 'CS/2009/0123' }).waitFor();
    const dates = await results(page).locator('tbody tr td:nth-child(2)').allTextContents();
    expect(new Set(dates)).toEqual(new Set(['29 July 2009']));
    await expectAccessible(page, 'find by filters');

    // Open it: its address is its reference.
    await results(page).getByRole('link', { name: 'CS/2009/0123' }).click();
    await page.waitForURL(`${baseUrl()}/cases/CS-2009-0123`);
    await page.getByRole('heading', { level: 1, name: 'Representation CS/2009/0123' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Complainant' }).waitFor();
    expect(await page.locator('dt', { hasText: 'Relationship to the child' }).locator('xpath=following-sibling::dd').textContent()).toBe('Aunt');
    await expectAccessible(page, 'contact page');
  });

  browserTest('a contact opens at its reference, and an old address by number moves there', () => browser, async (page) => {
    await signIn(page, 'COMPLAINTS_OFFICER');
    await page.goto(`${baseUrl()}/cases/CS-2009-0123`);
    await page.getByRole('heading', { level: 1, name: 'Representation CS/2009/0123' }).waitFor();
    expect(await page.title()).toBe('Contact CS/2009/0123 – Complaints Insight');

    const id: string = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ contactByReference(reference: "CS/2009/0123") { id } }' }),
      });
      return (await res.json()).data.contactByReference.id;
    });
    await page.goto(`${baseUrl()}/cases/${id}`);
    await page.waitForURL(`${baseUrl()}/cases/CS-2009-0123`);
    await page.getByRole('heading', { level: 1, name: 'Representation CS/2009/0123' }).waitFor();

    await page.goto(`${baseUrl()}/cases/cs-2009-0123`);
    await page.waitForURL(`${baseUrl()}/cases/CS-2009-0123`);
    await page.goto(`${baseUrl()}/cases/CS-2009-9999`);
    await page.getByText(/There is no contact with the reference CS-2009-9999 that you may see/).waitFor();
  });

  browserTest('an officer assigns themself and corrects the complainant’s details; both show in the history and lists', () => browser, async (page) => {
    await signIn(page, 'COMPLAINTS_OFFICER');
    await page.goto(`${baseUrl()}/cases/CS-2009-0124`);
    await settle(page);

    const assign = page.getByRole('form', { name: 'Assign an officer' });
    // A representation is not a complaint: it has one handler.
    await assign.getByLabel('Handler').selectOption({ label: 'Demo complaints officer (complaints officer)' });
    await assign.getByRole('button', { name: 'Assign' }).click();
    await page.locator('.notification').getByText(/^Handler: Demo complaints officer/).waitFor();
    expect(await page.locator('dt', { hasText: /^Handler$/ }).locator('xpath=following-sibling::dd').textContent()).toBe('Demo complaints officer (complaints officer)');
    const history = page.getByRole('list', { name: 'History' });
    await history.getByRole('heading', { name: 'Handling officer changed' }).waitFor();
    await expectAccessible(page, 'contact page after assigning');

    await page.getByRole('button', { name: 'Change the complainant’s details' }).click();
    const form = page.getByRole('form', { name: 'The complainant’s details' });
    await form.getByLabel('Reasonable adjustments (optional)').fill('Letters in large print');
    await form.getByRole('button', { name: 'Save the complainant’s details' }).click();
    await page.locator('.notification').getByText(/Complainant's details saved/).waitFor();
    await page.locator('dd', { hasText: 'Letters in large print' }).waitFor();

    // "Handled by me" now finds it.
    await page.goto(`${baseUrl()}/cases/find?officer=ME`);
    await results(page).getByRole('link', { name: 'CS/2009/0124' }).waitFor();
  });

  browserTest('the new pages pass axe and never scroll sideways at 320 px', () => browser, async (page) => {
    await signIn(page, 'COMPLAINTS_OFFICER');
    await page.setViewportSize({ width: 320, height: 900 });
    const problems: string[] = [];
    for (const path of ['/cases?asOf=2010-03-01&officer=NONE', '/cases/find?q=harris', '/cases/CS-2009-0123', '/cases/new']) {
      await page.goto(`${baseUrl()}${path}`);
      await settle(page);
      const problem = await overflow(page);
      if (problem) problems.push(`${path}: ${problem}`);
      expect([path, await axeViolations(page)]).toEqual([path, []]);
    }
    expect(problems).toEqual([]);
  });

  browserTest('a service manager finds their areas’ contacts and reads the people on them, changing nothing', () => browser, async (page) => {
    await signIn(page, 'SERVICE_MANAGER');
    await page.goto(`${baseUrl()}/cases/find?q=harris`);
    await results(page).getByRole('link', { name: 'CS/2009/0123' }).waitFor();
    await page.goto(`${baseUrl()}/cases/CS-2009-0123`);
    await page.getByRole('heading', { level: 2, name: 'Complainant' }).waitFor();
    expect(await page.getByRole('form', { name: 'Assign an officer' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /complainant’s details/ }).count()).toBe(0);
    await expectAccessible(page, 'contact page as a service manager');
  });
});
