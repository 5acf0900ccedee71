/**
 * Issue 10's "done when": a chart saved and published through the UI is shown
 * by a plain HTML page on another local port (an "intranet"), with the
 * snippet; the frame sizes itself to the chart and to its table as it is
 * shown and hidden; a page on an origin that is not allowed cannot frame it;
 * after revocation the frame says the chart is no longer available. The API
 * is started by the global setup with EMBED_ALLOWED_ORIGINS set to the
 * intranet's origin (support/api-server.ts).
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { baseUrl, browserTest, openBrowser, resizeAndReflow, signIn, type Browser } from './support/browser';
import { startIntranetServer, type IntranetServer } from './support/intranet-server';

let browser: Browser;
let intranet: IntranetServer;
let elsewhere: IntranetServer;

const CHART_NAME = `Contacts by record type ${Date.now()}`;
const QUESTION = '/trends?financialYear=2009/10&granularity=QUARTER&groupBy=RECORD_TYPE&measure=CONTACTS';

beforeAll(async () => {
  const allowed = process.env.E2E_EMBED_HOST_ORIGIN;
  if (!allowed) throw new Error('E2E_EMBED_HOST_ORIGIN is not set: the global setup sets it (and EMBED_ALLOWED_ORIGINS for the API)');
  browser = await openBrowser();
  intranet = await startIntranetServer(Number(new URL(allowed).port));
  elsewhere = await startIntranetServer();
});

afterAll(async () => {
  await browser?.close();
  await intranet?.close();
  await elsewhere?.close();
});

async function frameHeight(page: Page): Promise<number> {
  return page.locator('iframe[data-complaints-insight-embed]').evaluate((frame) => Math.round(frame.getBoundingClientRect().height));
}

/** Waits until the frame's height satisfies `test` (embed.js applies it after the page inside reports it). */
async function waitForHeight(page: Page, test: (height: number) => boolean, what: string): Promise<number> {
  const deadline = Date.now() + 10_000;
  let height = await frameHeight(page);
  while (!test(height)) {
    if (Date.now() > deadline) throw new Error(`The frame's height (${height}px) never became ${what}`);
    await page.waitForTimeout(100);
    height = await frameHeight(page);
  }
  return height;
}

/** Waits for the frame's height to stop changing, and returns it. */
async function settledHeight(page: Page): Promise<number> {
  let last = -1;
  let height = await frameHeight(page);
  while (height !== last) {
    last = height;
    await page.waitForTimeout(300);
    height = await frameHeight(page);
  }
  return height;
}

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe[data-complaints-insight-embed]').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('The embed frame has no document');
  return frame;
}

/** The embed's address, from the snippet's iframe. */
function embedSrc(snippet: string): string {
  const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1];
  if (!src) throw new Error(`No iframe src in the snippet: ${snippet}`);
  return src.replace(/&amp;/g, '&');
}

async function expectNoSeriousViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

async function noHorizontalScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
}

describe('embeds', () => {
  let snippet = '';

  browserTest('an analyst saves a chart from the explorer and publishes it; the snippet is shown once', () => browser, async (page) => {
    await signIn(page, 'ANALYST');
    await page.goto(`${baseUrl()}${QUESTION}`);
    await page.locator('figure svg').first().waitFor();
    await page.getByRole('button', { name: 'Save chart' }).click();
    const form = page.getByRole('form', { name: 'Save this chart' });
    await form.getByLabel('Name').fill(CHART_NAME);
    await form.getByLabel('Description').fill('Statutory complaints are the largest group in every quarter of 2009/10.');
    await form.getByRole('button', { name: 'Save chart' }).click();
    await page.getByText(`Chart saved: “${CHART_NAME}”.`).waitFor();

    await page.getByRole('link', { name: 'Open the saved chart' }).click();
    await page.getByRole('heading', { level: 1, name: CHART_NAME }).waitFor();
    await page.getByRole('button', { name: 'Publish as embed' }).click();
    const publish = page.getByRole('form', { name: 'Publish as embed' });
    await publish.getByLabel('Note (optional)').fill('Browser test: intranet news');
    await publish.getByRole('button', { name: 'Create the embed' }).click();
    const created = page.getByRole('region', { name: 'Embed created: copy its snippet now' });
    await created.getByText('The link is shown only once').waitFor();
    snippet = await created.getByRole('textbox', { name: 'Snippet for the intranet page' }).inputValue();
    expect(snippet).toContain(`<iframe src="${baseUrl()}/embed/`);
    expect(snippet).toContain(`<script src="${baseUrl()}/embed.js" async></script>`);
    await expectNoSeriousViolations(page);

    // The register lists it; axe on the register and the list of saved charts, and neither scrolls sideways at 320px.
    for (const path of ['/embeds', '/charts']) {
      await page.goto(`${baseUrl()}${path}`);
      await page.getByRole('heading', { level: 3, name: CHART_NAME }).first().waitFor();
      await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' }).catch(() => undefined);
      await expectNoSeriousViolations(page);
      await resizeAndReflow(page, 320, 800);
      await noHorizontalScroll(page);
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  browserTest('the intranet page shows the chart, and the frame grows and shrinks with its table', () => browser, async (page) => {
    expect(snippet).not.toBe('');
    // Intranet readers have no session.
    await browser.context.clearCookies();
    intranet.setBody(snippet);
    await page.goto(intranet.origin);
    const frame = await embedFrame(page);
    await frame.locator('svg').first().waitFor();
    expect(await frame.locator('body').textContent()).toContain(CHART_NAME);

    // embed.js replaces the snippet's 420px with the content's height.
    const closed = await settledHeight(page);
    const toggle: Locator = frame.getByRole('button', { name: 'Show the data as a table' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await frame.locator('[data-embed-toggle]').getAttribute('aria-expanded')).toBe('true');
    await frame.getByRole('table').first().waitFor();
    const open = await waitForHeight(page, (height) => height > closed + 50, `more than ${closed + 50}px with the table shown`);

    await frame.getByRole('button', { name: 'Hide the data table' }).click();
    await waitForHeight(page, (height) => Math.abs(height - closed) <= 2, `${closed}px again with the table hidden (it was ${open}px)`);
    // The frame fits its content: no inner scroll bar.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
  });

  browserTest('a page on an origin that is not allowed cannot frame it', () => browser, async (page) => {
    expect(snippet).not.toBe('');
    await browser.context.clearCookies();
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors/.test(message.text())) refusals.push(message.text());
    });
    elsewhere.setBody(snippet);
    await page.goto(elsewhere.origin);
    await page.locator('iframe[data-complaints-insight-embed]').waitFor();
    // The browser shows its own error page in the frame instead of the chart.
    const deadline = Date.now() + 10_000;
    let frame = await embedFrame(page);
    while (!frame.url().startsWith('chrome-error:') && Date.now() < deadline) {
      await page.waitForTimeout(100);
      frame = await embedFrame(page);
    }
    expect(frame.url()).toMatch(/^chrome-error:/);
    expect(await frame.locator('svg').count()).toBe(0);
    expect(refusals.join('\n')).toMatch(/frame-ancestors/);
    // The policy names the allowed intranet only, never '*'.
    const response = await page.request.get(embedSrc(snippet));
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(policy).toMatch(new RegExp(`frame-ancestors ${intranet.origin}(;|$)`));
    expect(policy).not.toContain('*');
  });

  browserTest('after revocation the intranet page says the chart is no longer available', () => browser, async (page) => {
    expect(snippet).not.toBe('');
    await signIn(page, 'ANALYST');
    await page.goto(`${baseUrl()}/embeds`);
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: CHART_NAME }) });
    await card.getByRole('button', { name: `Revoke the embed of ${CHART_NAME}` }).click();
    await card.getByRole('button', { name: 'Yes, revoke it' }).click();
    await card.getByText(/^Embed revoked/).waitFor();

    await browser.context.clearCookies();
    intranet.setBody(snippet);
    await page.goto(intranet.origin);
    const frame = await embedFrame(page);
    await frame.getByText('This chart is no longer available').waitFor();
    expect(await frame.locator('svg').count()).toBe(0);
    expect(await frame.locator('body').textContent()).not.toContain(CHART_NAME);
    const response = await page.request.get(embedSrc(snippet));
    expect(response.status()).toBe(410);
    expect(await response.text()).not.toContain(CHART_NAME);
  });
});
