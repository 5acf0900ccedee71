/**
 * The GraphQL explorer at /graphql (outside production) is a local GraphiQL:
 * everything it loads comes from this origin (nothing from a CDN), nothing
 * breaks its Content-Security-Policy, it runs a query as the signed-in user,
 * and the main app never loads its bundle. Saves a screenshot to test-results/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { baseUrl, browserTest, DEMO_USERS, openBrowser, RESULTS_DIR, signIn, type Browser } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

browserTest('the explorer loads from this site only and runs a query as the signed-in user', () => browser, async (page) => {
  await signIn(page, 'ANALYST');
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });

  const response = await page.goto(`${baseUrl()}/graphql`);
  expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self';/);
  await page.locator('.graphiql-container .monaco-editor').first().waitFor();
  await page.locator('.graphiql-execute-button').click();
  await page.locator('.result-window', { hasText: DEMO_USERS.ANALYST }).waitFor();
  await page.waitForLoadState('networkidle');

  mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: join(RESULTS_DIR, 'graphql-explorer.png') });
  const origin = new URL(baseUrl()).origin;
  expect(requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin)).toEqual([]);
  expect(problems).toEqual([]);
});

browserTest("the app never loads the explorer's bundle", () => browser, async (page) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await signIn(page, 'ANALYST');
  await page.goto(`${baseUrl()}/trends`);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((path) => path.startsWith('/graphiql/'))).toEqual([]);
});
