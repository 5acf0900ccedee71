#!/usr/bin/env node
// npm test: every suite, then one closing line "N passed, N failed".
//  1. api unit + integration tests on the embedded SQLite default;
//  2. api integration tests again on MySQL/MariaDB when TEST_MYSQL_URL is set
//     (e.g. mysql://root@127.0.0.1:3306/test); otherwise says it was skipped.
// Extra arguments go to jest (e.g. `npm test -- contact`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const jest = join(root, 'node_modules', '.bin', 'jest');
const outDir = mkdtempSync(join(tmpdir(), 'complaints-test-'));
const extra = process.argv.slice(2);
const mysqlUrl = process.env.TEST_MYSQL_URL;

const suites = [
  { name: 'api (SQLite)', cwd: 'apps/api', env: { TEST_DIALECT: 'sqlite' }, args: [] },
  mysqlUrl
    ? { name: 'api integration (MySQL)', cwd: 'apps/api', env: { TEST_DIALECT: 'mysql', TEST_MYSQL_URL: mysqlUrl }, args: ['--testPathPatterns', 'integration'] }
    : null,
].filter(Boolean);

if (!mysqlUrl) {
  console.log('MySQL suite skipped: TEST_MYSQL_URL is not set, so only the SQLite suite runs.');
  console.log('Set TEST_MYSQL_URL=mysql://root@127.0.0.1:3306/test to run the integration tests on MySQL/MariaDB too.');
}

let passed = 0;
let failed = 0;
const lines = [];
for (const [i, suite] of suites.entries()) {
  const output = join(outDir, `suite-${i}.json`);
  console.log(`\n=== ${suite.name} ===`);
  const run = spawnSync(jest, ['--json', '--outputFile', output, ...suite.args, ...extra], {
    cwd: join(root, suite.cwd),
    env: { ...process.env, ...suite.env },
    stdio: 'inherit',
  });
  if (!existsSync(output)) {
    failed += 1;
    lines.push(`${suite.name}: jest did not run (exit ${run.status})`);
    continue;
  }
  const result = JSON.parse(readFileSync(output, 'utf8'));
  // A suite that fails to load counts as a failure even though none of its tests ran.
  const broken = result.numRuntimeErrorTestSuites ?? 0;
  passed += result.numPassedTests;
  failed += result.numFailedTests + broken;
  lines.push(`${suite.name}: ${result.numPassedTests} passed, ${result.numFailedTests + broken} failed`);
  if (run.status !== 0 && result.numFailedTests + broken === 0) {
    failed += 1;
    lines.push(`${suite.name}: jest exited ${run.status}`);
  }
}

console.log('\n' + lines.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
