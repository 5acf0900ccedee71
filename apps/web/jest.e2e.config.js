// Browser tests: playwright-core driving Debian's /usr/bin/chromium against the real API.
// The global setup starts the built API (apps/api/dist/main.js) on a free port with a fresh
// SQLite file, so the demo data loads; it serves the built web app (apps/web/dist). Nothing
// is built here: run `npm run build -w @complaints/api` and `npm run build -w @complaints/web` first.
// `npm run test:e2e -w @complaints/web` (add `-- --json --outputFile f.json` for machine-readable results);
// E2E_BASE_URL=http://127.0.0.1:4000 uses an API that is already running instead.
/** @type {import('jest').Config} */
export default {
  displayName: 'web-e2e',
  testEnvironment: 'node',
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  globalSetup: '<rootDir>/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
  // One browser at a time: two cores, and the suites share one API.
  maxWorkers: 1,
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/scripts/summary-reporter.cjs'],
};
