/**
 * Browser helpers: Debian's Chromium through playwright-core (never a
 * downloaded browser), a fresh profile per test file, sign-in, and tests that
 * save a screenshot to apps/web/test-results/ when they fail.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const RESULTS_DIR = resolve(__dirname, '../../test-results');
export const DEMO_PASSWORD = 'complaints-demo';

export const DEMO_USERS = {
  ADMIN: 'admin@demo.example',
  COMPLAINTS_OFFICER: 'officer@demo.example',
  SERVICE_MANAGER: 'manager@demo.example',
  ANALYST: 'analyst@demo.example',
  MEMBER: 'member@demo.example',
} as const;

export type DemoRole = keyof typeof DEMO_USERS;

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the browser tests through jest.e2e.config.js');
  return url;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'complaints-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  context.setDefaultTimeout(15_000);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 100);
}

/**
 * A browser test: a new page (and no cookies) per test; on failure a full-page
 * screenshot goes to test-results/<test name>.png before the error is reported.
 */
export function browserTest(name: string, getBrowser: () => Browser, body: (page: Page) => Promise<void>, timeout?: number): void {
  test(
    name,
    async () => {
      const { context } = getBrowser();
      await context.clearCookies();
      const page = await context.newPage();
      try {
        await body(page);
      } catch (error) {
        mkdirSync(RESULTS_DIR, { recursive: true });
        const file = join(RESULTS_DIR, `${slug(expect.getState().currentTestName ?? name)}.png`);
        await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
        process.stderr.write(`Screenshot of the failure: ${file}\n`);
        throw error;
      } finally {
        await page.close();
      }
    },
    timeout,
  );
}

export async function signIn(page: Page, role: DemoRole): Promise<void> {
  await page.goto(`${baseUrl()}/sign-in`);
  await page.getByLabel('Email address').fill(DEMO_USERS[role]);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/**
 * Resizes the viewport, then waits until nothing scrolls sideways or 5 s have passed; the caller's own
 * check then says whether the page fits. A chart re-measures on a ResizeObserver and React draws the new
 * size in a later task, so a fixed two frames was not enough on a loaded CI machine (a 975 px chart was
 * read at 320 px).
 */
export async function resizeAndReflow(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await page
    .waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, undefined, { timeout: 5_000 })
    .catch(() => undefined);
}
