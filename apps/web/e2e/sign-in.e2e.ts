import { baseUrl, browserTest, openBrowser, signIn, type Browser, type DemoRole } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const NAV: Record<DemoRole, string[]> = {
  ANALYST: ['Information requests', 'Trends', 'Saved charts', 'Annual report', 'Code report', 'Self-assessment', 'Ombudsman', 'Actions', 'Embeds'],
  COMPLAINTS_OFFICER: ['Case work', 'Service requests', 'Have your say', 'Information requests', 'Lost information', 'Trends', 'Saved charts', 'Annual report', 'Code report', 'Self-assessment', 'Ombudsman', 'Actions', 'Social care activity', 'Embeds'],
  SERVICE_MANAGER: ['Case work', 'Service requests', 'Information requests', 'Lost information', 'Trends', 'Saved charts', 'Annual report', 'Code report', 'Self-assessment', 'Ombudsman', 'Actions', 'Embeds'],
  MEMBER: ['Trends', 'Code report', 'Self-assessment', 'Ombudsman'],
  ADMIN: ['Social care activity', 'Embeds', 'Users', 'Reference data', 'Audit log', 'Retention'],
};

describe('signing in', () => {
  for (const role of Object.keys(NAV) as DemoRole[]) {
    browserTest(`${role} signs in, sees the right navigation and signs out`, () => browser, async (page) => {
      await signIn(page, role);
      expect(await page.title()).toBe('Home – Complaints Insight');
      const links = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
      expect(links).toEqual(NAV[role]);

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL(`${baseUrl()}/sign-in`);
      await page.getByText('You have signed out.').waitFor();
      // The session is gone: a signed-in page sends us back to sign in.
      await page.goto(`${baseUrl()}/trends`);
      await page.waitForURL(`${baseUrl()}/sign-in?next=%2Ftrends`);
    });
  }

  browserTest("shows the API's message for a wrong password next to the field", () => browser, async (page) => {
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel('Email address').fill('analyst@demo.example');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('The email address or password is not right.').waitFor();
    expect(await page.getByLabel('Password').getAttribute('aria-invalid')).toBe('true');
    expect(await page.title()).toBe('Error: Sign in – Complaints Insight');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
  });

  browserTest('returns to the page asked for after signing in', () => browser, async (page) => {
    await page.goto(`${baseUrl()}/annual-report`);
    await page.waitForURL(`${baseUrl()}/sign-in?next=%2Fannual-report`);
    await page.getByLabel('Email address').fill('officer@demo.example');
    await page.getByLabel('Password').fill('complaints-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${baseUrl()}/annual-report`);
    await page.getByRole('heading', { level: 1, name: 'Annual report' }).waitFor();
  });
});
