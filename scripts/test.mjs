#!/usr/bin/env node
// npm test: every suite, then one closing line "N passed, N failed".
//  1. api unit + integration tests on the embedded SQLite default;
//  2. api integration tests again on MySQL/MariaDB when TEST_MYSQL_URL is set
//     (e.g. mysql://root@127.0.0.1:3306/test); otherwise says it was skipped;
//  3. web component tests (jest + Testing Library);
//  4. browser tests (playwright-core on Debian's /usr/bin/chromium) against the
//     built api and web app; skipped, saying so, when Chromium is not installed.
// Builds what the browser tests need first (turbo caches it). Extra arguments go
// to every jest run (e.g. `npm test -- -t Letter`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const jest = join(root, 'node_modules', '.bin', 'jest');
const outDir = mkdtempSync(join(tmpdir(), 'complaints-test-'));
const extra = process.argv.slice(2);
const mysqlUrl = process.env.TEST_MYSQL_URL;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const skipped = [];
if (!mysqlUrl) {
  skipped.push(
    'MySQL suite skipped: TEST_MYSQL_URL is not set, so the integration tests ran on SQLite only. ' +
      'Set TEST_MYSQL_URL=mysql://root@127.0.0.1:3306/test to run them on MySQL/MariaDB too.',
  );
}
if (!existsSync(chromium)) skipped.push(`Browser suite skipped: no Chromium at ${chromium} (apt-get install -y chromium).`);

const suites = [
  { name: 'api (SQLite)', cwd: 'apps/api', env: { TEST_DIALECT: 'sqlite' }, args: [] },
  mysqlUrl && {
    name: 'api integration (MySQL)',
    cwd: 'apps/api',
    env: { TEST_DIALECT: 'mysql', TEST_MYSQL_URL: mysqlUrl },
    args: ['--testPathPatterns', 'integration'],
  },
  { name: 'web components', cwd: 'apps/web', env: {}, args: [] },
  existsSync(chromium) && { name: 'web browser', cwd: 'apps/web', env: { CHROMIUM_PATH: chromium }, args: ['--config', 'jest.e2e.config.js'] },
].filter(Boolean);

function run(command, args, options = {}) {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
}

// The web tests need the generated GraphQL types; the browser tests need both builds.
console.log('=== build (api, web) ===');
const build = run(join(root, 'node_modules', '.bin', 'turbo'), ['run', 'build', '--filter=@complaints/api', '--filter=@complaints/web', '--output-logs=errors-only']);

let passed = 0;
let failed = build.status === 0 ? 0 : 1;
const lines = build.status === 0 ? [] : [`build failed (exit ${build.status})`];
for (const [i, suite] of suites.entries()) {
  const output = join(outDir, `suite-${i}.json`);
  console.log(`\n=== ${suite.name} ===`);
  const result = run(jest, ['--json', '--outputFile', output, ...suite.args, ...extra], {
    cwd: join(root, suite.cwd),
    env: { ...process.env, ...suite.env },
  });
  if (!existsSync(output)) {
    failed += 1;
    lines.push(`${suite.name}: jest did not run (exit ${result.status})`);
    continue;
  }
  const report = JSON.parse(readFileSync(output, 'utf8'));
  // A suite that fails to load counts as a failure even though none of its tests ran.
  const broken = report.numRuntimeErrorTestSuites ?? 0;
  passed += report.numPassedTests;
  failed += report.numFailedTests + broken;
  lines.push(`${suite.name}: ${report.numPassedTests} passed, ${report.numFailedTests + broken} failed`);
  if (result.status !== 0 && report.numFailedTests + broken === 0) {
    failed += 1;
    lines.push(`${suite.name}: jest exited ${result.status}`);
  }
}

console.log(['', ...skipped, ...lines].join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
