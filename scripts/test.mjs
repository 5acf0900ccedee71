#!/usr/bin/env node
// npm test: every suite, then one closing line "N passed, N failed".
//  1. api unit + integration tests on the embedded SQLite default;
//  2. api integration tests again on MySQL/MariaDB when TEST_MYSQL_URL is set
//     (e.g. mysql://root@127.0.0.1:3306/test);
//  3. web component tests (jest + Testing Library);
//  4. browser tests (playwright-core on Debian's /usr/bin/chromium) against the
//     built api and web app, on MySQL/MariaDB when TEST_MYSQL_URL is set (the
//     production dialect), otherwise on SQLite;
//  5. the api access matrix (who may call what), on SQLite, as a suite of its own.
// A suite that cannot run here is named in the closing lines with how to enable
// it. On a user's machine that still passes; under CI (CI=true) it is a failure,
// so the counts cannot shrink unseen.
// Builds what the browser tests need first (turbo caches it). Extra arguments go
// to every jest run (e.g. `npm test -- -t Letter`).
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, closeSync, constants, existsSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const jest = join(root, 'node_modules', '.bin', 'jest');
const outDir = mkdtempSync(join(tmpdir(), 'complaints-test-'));
const extra = process.argv.slice(2);
const mysqlUrl = process.env.TEST_MYSQL_URL;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const underCi = process.env.CI === 'true' || process.env.CI === '1';
const started = Date.now();

const notRun = [];
if (!mysqlUrl) {
  notRun.push(
    'api integration (MySQL) did not run: TEST_MYSQL_URL is not set, so the integration tests ran on SQLite only ' +
      '(set TEST_MYSQL_URL=mysql://root@127.0.0.1:3306/test to run them on MySQL/MariaDB too).',
  );
}
// The shared (Redis) sign-in limit cases run when something answers at TEST_REDIS_URL.
const redisUrl = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
const redisAnswers = await new Promise((resolve) => {
  const socket = connect({ host: redisUrl.hostname, port: Number(redisUrl.port || 6379) }, () => (socket.destroy(), resolve(true)));
  socket.on('error', () => resolve(false));
  socket.setTimeout(1000, () => (socket.destroy(), resolve(false)));
});
if (!redisAnswers) {
  notRun.push(`the Redis cases of the sign-in limits did not run: nothing answers at ${redisUrl} (start redis-server or set TEST_REDIS_URL).`);
}
// The replication test (apps/api/src/scaling) starts a MariaDB primary and replica of its own, and uses Redis.
const onPath = (name) =>
  [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'].some((dir) => {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
const replicationNeeds = [
  ...['mariadbd', 'mariadb-install-db'].filter((name) => !onPath(name)).map((name) => `${name} is not installed`),
  ...(redisAnswers ? [] : [`nothing answers at ${redisUrl}`]),
];
if (replicationNeeds.length) {
  notRun.push(`the replication test (primary + replica, two API processes) did not run: ${replicationNeeds.join('; ')} (apt-get install mariadb-server redis-server).`);
}
if (!existsSync(chromium)) {
  notRun.push(`web browser did not run: no Chromium at ${chromium} (apt-get install -y chromium, or set CHROMIUM_PATH).`);
}

const suites = [
  { name: 'domain', cwd: 'packages/domain', env: {}, args: [] },
  // The access matrix runs as a suite of its own, in the lane that ends first (below).
  { name: 'api (SQLite)', cwd: 'apps/api', env: { TEST_DIALECT: 'sqlite' }, args: ['--testPathIgnorePatterns', 'access-matrix'] },
  mysqlUrl && {
    name: 'api integration (MySQL)',
    cwd: 'apps/api',
    env: { TEST_DIALECT: 'mysql', TEST_MYSQL_URL: mysqlUrl },
    // The access matrix (about 900 cases) runs on SQLite only: who may call what does not depend on the
    // dialect, and every feature's own integration tests run here too.
    args: ['--testPathPatterns', 'integration', '--testPathIgnorePatterns', 'access-matrix'],
    lane: 'db',
  },
  // In the browser lane, which ends minutes before the two API lanes (with Chromium; else after SQLite).
  { name: 'web components', cwd: 'apps/web', env: {}, args: [], lane: existsSync(chromium) ? 'browser' : 'cpu' },
  existsSync(chromium) && {
    name: `web browser (${mysqlUrl ? 'MySQL' : 'SQLite'})`,
    cwd: 'apps/web',
    env: { CHROMIUM_PATH: chromium, ...(mysqlUrl ? { E2E_MYSQL_URL: mysqlUrl } : {}) },
    args: ['--config', 'jest.e2e.config.js'],
    lane: 'browser',
  },
  // About 900 cases: who may call what. The browser lane ends minutes before the two API lanes, so it runs there.
  {
    name: 'api access matrix (SQLite)',
    cwd: 'apps/api',
    env: { TEST_DIALECT: 'sqlite' },
    args: ['--testPathPatterns', 'access-matrix'],
    lane: existsSync(chromium) ? 'browser' : 'cpu',
  },
].filter(Boolean);

function run(command, args, options = {}) {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
}

// The web tests need the generated GraphQL types; the browser tests need both builds.
console.log('=== build (api, web) ===');
const build = run(join(root, 'node_modules', '.bin', 'turbo'), ['run', 'build', '--filter=@complaints/api', '--filter=@complaints/web', '--output-logs=errors-only']);

/** Runs one jest suite with its output in a log file (lanes run side by side), then prints the log. */
function runSuite(suite, index) {
  const output = join(outDir, `suite-${index}.json`);
  const log = join(outDir, `suite-${index}.log`);
  const suiteStarted = Date.now();
  return new Promise((resolve) => {
    const out = openSync(log, 'w');
    const child = spawn(jest, ['--json', '--outputFile', output, ...suite.args, ...extra], {
      cwd: join(root, suite.cwd),
      env: { ...process.env, ...suite.env },
      stdio: ['ignore', out, out],
    });
    child.on('close', (status) => {
      closeSync(out);
      const seconds = Math.round((Date.now() - suiteStarted) / 1000);
      console.log(`\n=== ${suite.name} (${seconds} s) ===`);
      process.stdout.write(readFileSync(log, 'utf8'));
      resolve({ suite, output, status, seconds });
    });
  });
}

// Lanes side by side: the CPU-bound SQLite and component suites in one, then the MySQL suite and the
// browser suite each in their own (both spend most of their time waiting on MariaDB or Chromium).
// Within a lane, one at a time. With no MySQL, the browser suite runs on SQLite in its own lane too.
const laneNames = ['cpu', 'db', 'browser'];
const lanes = laneNames.map(() => []);
suites.forEach((suite, index) => lanes[Math.max(0, laneNames.indexOf(suite.lane ?? 'cpu'))].push([suite, index]));
const results = [];
await Promise.all(
  lanes.map(async (lane) => {
    for (const [suite, index] of lane) results[index] = await runSuite(suite, index);
  }),
);

let passed = 0;
let failed = build.status === 0 ? 0 : 1;
const lines = build.status === 0 ? [] : [`build failed (exit ${build.status})`];
for (const { suite, output, status, seconds } of results.filter(Boolean)) {
  if (!existsSync(output)) {
    failed += 1;
    lines.push(`${suite.name}: jest did not run (exit ${status})`);
    continue;
  }
  const report = JSON.parse(readFileSync(output, 'utf8'));
  // A suite that fails to load counts as a failure even though none of its tests ran.
  const broken = report.numRuntimeErrorTestSuites ?? 0;
  passed += report.numPassedTests;
  failed += report.numFailedTests + broken;
  lines.push(`${suite.name}: ${report.numPassedTests} passed, ${report.numFailedTests + broken} failed (${seconds} s)`);
  if (extra.length === 0 && report.numTotalTests === 0) {
    // A whole suite that finds no test has shrunk to nothing: never a pass.
    failed += 1;
    lines.push(`${suite.name}: ran no test`);
  }
  if (status !== 0 && report.numFailedTests + broken === 0) {
    failed += 1;
    lines.push(`${suite.name}: jest exited ${status}`);
  }
}

// Under CI every suite must run: one that could not is a failure, never a silent skip.
if (underCi) failed += notRun.length;
const minutes = ((Date.now() - started) / 60000).toFixed(1);
console.log(['', ...lines, ...notRun.map((line) => (underCi ? `FAILED under CI: ${line}` : line)), `took ${minutes} min`].join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
