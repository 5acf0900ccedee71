import { startApi, type RunningApi } from './api-server';

declare global {
  var __COMPLAINTS_E2E_API__: RunningApi | undefined;
}

/** Starts the API once for every browser test (or uses E2E_BASE_URL), and tells the tests where it is. */
export default async function globalSetup(): Promise<void> {
  if (process.env.E2E_BASE_URL) return;
  const api = await startApi();
  globalThis.__COMPLAINTS_E2E_API__ = api;
  // Test files run after this in the same process (maxWorkers 1) or in workers forked from it.
  process.env.E2E_BASE_URL = api.baseUrl;
  process.stdout.write(`\nAPI for browser tests: ${api.baseUrl} (${api.dialect === 'mysql' ? 'MySQL/MariaDB' : 'SQLite'})\n`);
}
