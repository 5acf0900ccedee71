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

/** A date `days` before today (London), YYYY-MM-DD: recent enough for a new contact, never in the future. */
function daysAgo(days: number): string {
  const london = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
  return london.format(new Date(Date.now() - days * 86_400_000));
}

async function expectNoSeriousViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

async function historyTitles(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: 'History' }).getByRole('heading', { level: 3 }).allTextContents();
}

describe('case work', () => {
  browserTest('records a contact through the form, fixing an error first, then acknowledges it', () => browser, async (page) => {
    const received = daysAgo(3);
    await signIn(page, 'COMPLAINTS_OFFICER');
    await page.goto(`${baseUrl()}/cases`);
    await page.getByRole('link', { name: 'Record a contact' }).click();
    await page.getByRole('heading', { level: 1, name: 'Record a contact' }).waitFor();
    await page.getByLabel('Record type').waitFor();
    await expectNoSeriousViolations(page);

    await page.getByLabel('Record type').selectOption('STATUTORY_COMPLAINT');
    await page.getByLabel('How it was received').selectOption('EMAIL');
    await page.getByLabel('Date received', { exact: true }).fill(received);
    await page.getByLabel('Parent or carer').check();
    await page.getByLabel('Main service area').selectOption('SOCIAL_CARE');
    await page.getByLabel('Safeguarding: Inclusion').check();
    await page.getByLabel('Main issue').selectOption('COMMUNICATION_DELAY');
    await page.getByLabel('Summary (optional)').fill('Email: no reply to two letters about a care plan review.');
    // The mistake: a response "sent" the day before the contact arrived.
    await page.getByLabel('Date the response was sent (optional)').fill(daysAgo(4));
    await page.getByLabel('Upheld', { exact: true }).check();
    await page.getByRole('button', { name: 'Record contact' }).click();

    const summary = page.locator('.error-summary');
    await summary.getByRole('link', { name: /Date the response was sent must be the same as or after the date received/ }).waitFor();
    expect(await summary.getByRole('link').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    expect(await page.getByLabel('Date the response was sent (optional)').getAttribute('aria-invalid')).toBe('true');
    expect(await page.title()).toBe('Error: Record a contact – Complaints Insight');
    await expectNoSeriousViolations(page);

    // Fixed: the response has not been sent yet after all.
    await page.getByLabel('Date the response was sent (optional)').fill('');
    await page.getByRole('button', { name: 'Record contact' }).click();
    // The contact's address is its reference, each / as -.
    await page.waitForURL(/\/cases\/CS-\d{4}-\d+$/);
    const notice = page.locator('.notification');
    await notice.getByText(/^Contact CS\/\d{4}\/\d+ recorded/).waitFor();
    const reference = (await notice.textContent())!.match(/CS\/\d{4}\/\d+/)![0];
    await page.getByRole('heading', { level: 1, name: `Statutory complaint ${reference}` }).waitFor();
    expect(await page.title()).toBe(`Contact ${reference} – Complaints Insight`);
    expect(await historyTitles(page)).toEqual(['Received']);
    await page.getByText('Safeguarding: Social Care (main)').waitFor();
    await expectNoSeriousViolations(page);

    const acknowledge = page.getByRole('form', { name: 'Record the acknowledgement' });
    await acknowledge.getByLabel('Date the acknowledgement was sent').fill(received);
    await acknowledge.getByRole('button', { name: 'Record acknowledgement' }).click();
    await page.locator('.notification').getByText('Acknowledgement recorded').waitFor();
    await page.getByRole('list', { name: 'History' }).getByRole('heading', { name: 'Acknowledged' }).waitFor();
    expect(await historyTitles(page)).toEqual(['Received', 'Acknowledged']);
    const ackRow = page.getByRole('table', { name: 'Due dates' }).getByRole('row', { name: /^Acknowledgement/ });
    expect(await ackRow.getByRole('cell').last().textContent()).toBe('Done on time');
    expect(await page.getByRole('form', { name: 'Record the acknowledgement' }).count()).toBe(0);
    await expectNoSeriousViolations(page);
  });

  browserTest('the queue, as of a day in the demo data, links to each contact', () => browser, async (page) => {
    await signIn(page, 'COMPLAINTS_OFFICER');
    await page.goto(`${baseUrl()}/cases`);
    await page.getByRole('heading', { level: 2, name: /^Queue as of/ }).waitFor();
    await page.getByLabel('Show the queue as of').fill('2010-03-01');
    await page.getByRole('button', { name: 'Show the queue' }).click();
    await page.waitForURL(`${baseUrl()}/cases?asOf=2010-03-01`);
    await page.getByRole('heading', { level: 2, name: 'Queue as of 1 March 2010' }).waitFor();

    expect(await page.locator('.case-count').allInnerTexts()).toEqual([
      expect.stringMatching(/^15\s+steps overdue$/),
      expect.stringMatching(/^3\s+steps due this week \(by 8 March 2010\)$/),
    ]);
    const overdue = page.getByRole('table', { name: 'Overdue (15)' });
    const late = overdue.getByRole('row', { name: /CS\/2009\/0334/ });
    expect(await late.getByRole('cell').allTextContents()).toEqual(['Statutory complaint', 'Response', '25 January 2010', '25 working days overdue', 'No one']);
    const dueThisWeek = page.getByRole('table', { name: 'Due this week (3)' });
    expect(await dueThisWeek.getByRole('row').count()).toBe(4);
    await expectNoSeriousViolations(page);

    await dueThisWeek.getByRole('link', { name: 'CS/2009/0374' }).click();
    await page.getByRole('heading', { level: 1, name: 'Statutory complaint CS/2009/0374' }).waitFor();
    await page.getByRole('list', { name: 'History' }).waitFor();
    await expectNoSeriousViolations(page);
  });

  browserTest("a service manager reads a contact but records nothing", () => browser, async (page) => {
    await signIn(page, 'SERVICE_MANAGER');
    await page.goto(`${baseUrl()}/cases?asOf=2010-03-01`);
    await page.getByRole('heading', { level: 2, name: 'Queue as of 1 March 2010' }).waitFor();
    expect(await page.getByRole('link', { name: 'Record a contact' }).count()).toBe(0);
    await expectNoSeriousViolations(page);
    await page.locator('.case-table').getByRole('link').first().click();
    await page.getByRole('list', { name: 'History' }).waitFor();
    await page.getByText('You can read this contact. Complaints officers record its steps.').waitFor();
    expect(await page.getByRole('form').count()).toBe(0);

    await page.goto(`${baseUrl()}/cases/new`);
    await page.getByRole('heading', { level: 1, name: 'You cannot use this page' }).waitFor();
  });
});
