/**
 * fault:outage: the API through a database outage. Starts a MariaDB of its
 * own (temporary data directory, free port), the built API on it as the
 * container runs it, and clients writing and reading; stops MariaDB for the
 * gap, starts it again, and checks that requests in the gap failed fast with
 * 503 SERVICE_UNAVAILABLE, that /healthz said unavailable, that the API
 * recovered by itself, and that every acknowledged write is in the database
 * exactly once. See docs/operations.md for a full run's results.
 *
 *   npm run fault:outage -- [--gap 20] [--before 5] [--after 15] [--duration S] [--crash] [--out FILE] [--keep]
 *
 * --duration sets the whole run (before + gap + after); --crash kills MariaDB
 * (SIGKILL) instead of stopping it cleanly. Exits 0 when every check passes.
 */
import 'reflect-metadata';
import { appendFileSync, mkdtempSync, rmSync } from 'fs';
import { createServer } from 'net';
import { cpus, tmpdir } from 'os';
import { join } from 'path';
import { Role } from '../../apps/api/src/auth/role';
import { createUser } from '../../apps/api/src/auth/user.service';
import { openDatabase } from '../../apps/api/src/db/data-source';
import { ensureReferenceData } from '../../apps/api/src/reference/ensure-reference-data';
import { ApiProcess } from './api-process';
import { checkBaseline, checkFailuresAreUnavailable, checkGapHealth, checkGapRequests, checkRecovery, checkShutdown, checkWrites, type CheckResult, type Limits, type Timeline } from './checks';
import { MariaDbInstance } from './mariadb-instance';
import { Workload } from './workload';

const ROOT = join(__dirname, '../..');
const DATABASE = 'complaints';
const OFFICER = { email: 'fault-officer@test.example', password: 'fault-test-password-1' };
const log = (line: string) => console.log(`[fault:outage] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function seconds(name: string, fallback: number): number {
  const value = option(name);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number of seconds, not '${value}'`);
  return n;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

async function graphql<T>(api: ApiProcess, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!body.data) throw new Error(`set-up request failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function markerCounts(db: MariaDbInstance, sql: string, run: string): Promise<Map<string, number>> {
  const rows = await db.query<Array<{ marker: string; n: number }>>(DATABASE, sql, [`fault-${run}-%`]);
  return new Map(rows.map((r) => [r.marker, Number(r.n)]));
}

function render(results: CheckResult[], settings: string, machine: string): string {
  const lines = [
    `### fault:outage ${settings}`,
    '',
    `${new Date().toISOString().slice(0, 10)}, ${machine}`,
    '',
    '| Check | Result | Detail |',
    '|---|---|---|',
    ...results.map((r) => `| ${r.name} | ${r.passed ? 'passed' : '**FAILED**'} | ${r.detail.replace(/\|/g, '\\|')} |`),
    '',
  ];
  return lines.join('\n');
}

async function main() {
  const before = seconds('before', 5);
  const gap = seconds('gap', 20);
  const duration = option('duration');
  const after = duration !== undefined ? Math.max(5, seconds('duration', 0) - before - gap) : seconds('after', 15);
  const crash = process.argv.includes('--crash');
  const limits: Limits = { failWithinMs: 2000, recoverWithinMs: seconds('recover-within', 10) * 1000 };
  const run = Date.now().toString(36);
  const dir = mkdtempSync(join(tmpdir(), 'complaints-fault-'));
  const settings = `--gap ${gap} (${before} s before, ${after} s after${crash ? ', MariaDB killed' : ', MariaDB stopped cleanly'})`;
  log(`${settings}; working in ${dir}`);

  const db = MariaDbInstance.install(join(dir, 'mariadb'), await freePort());
  let api: ApiProcess | null = null;
  let workload: Workload | null = null;
  try {
    await db.start();
    await db.query('mysql', `CREATE DATABASE ${DATABASE} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    const databaseUrl = `${db.url}/${DATABASE}`;
    const setup = await openDatabase({ dialect: 'mysql', url: databaseUrl });
    await ensureReferenceData(setup);
    await createUser(setup, { email: OFFICER.email, name: 'Fault test officer', password: OFFICER.password, role: Role.COMPLAINTS_OFFICER });
    await setup.destroy();
    log(`MariaDB on port ${db.port}, migrated; starting the built API`);

    api = await ApiProcess.start({ root: ROOT, port: await freePort(), databaseUrl, logFile: join(dir, 'api.log') });
    const { login } = await graphql<{ login: { token: string } }>(api, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: OFFICER.email, p: OFFICER.password });
    const { createLearningAction: action } = await graphql<{ createLearningAction: { id: string; version: number } }>(
      api,
      'mutation($input: CreateLearningActionInput!) { createLearningAction(input: $input) { id version } }',
      { input: { issueIdentified: 'Fault test', actionNeeded: 'Survive the outage', byWhom: 'Operations' } },
      login.token,
    );

    workload = new Workload(api.baseUrl, login.token, run);
    const w = workload;
    const t: Partial<Timeline> = { started: Date.now() };
    const clients = Promise.all([w.writer(), w.writer(), w.writer(), w.actionUpdater(action.id, action.version), w.reader(), w.reader(), w.healthPoller()]);

    await sleep(before * 1000);
    log(`${crash ? 'killing' : 'stopping'} MariaDB for ${gap} s`);
    t.stopRequested = Date.now();
    await db.stop(crash ? 'SIGKILL' : 'SIGTERM');
    t.stopped = Date.now();
    await sleep(gap * 1000);
    log('starting MariaDB again');
    t.restartRequested = Date.now();
    await db.start();
    t.dbReady = Date.now();
    log(`MariaDB answering after ${t.dbReady - t.restartRequested} ms; ${after} s more of requests`);
    await sleep(after * 1000);
    w.stop();
    await clients;
    t.ended = Date.now();
    const timeline = t as Timeline;

    const alive = api.alive;
    const contacts = await markerCounts(db, 'SELECT summary AS marker, COUNT(*) AS n FROM contact WHERE summary LIKE ? GROUP BY summary', run);
    const changes = await markerCounts(db, "SELECT newValue AS marker, COUNT(*) AS n FROM learning_action_change WHERE field = 'furtherAction' AND newValue LIKE ? GROUP BY newValue", run);
    const exitCode = await api.stop();
    const results = [
      checkBaseline(w.log, timeline),
      checkGapRequests(w.log, timeline, limits),
      checkGapHealth(w.log, timeline, limits),
      checkFailuresAreUnavailable(w.log, timeline, limits),
      checkRecovery(w.log, timeline, limits, alive),
      checkWrites('Contacts: every acknowledged createContact saved exactly once, none twice', w.log, 'create-contact', contacts),
      checkWrites('Audit history: every acknowledged learning-action update recorded exactly once, none twice', w.log, 'update-action', changes),
      checkShutdown(exitCode),
    ];
    const machine = `${cpus().length} CPU, Node ${process.versions.node}, ${w.log.length} requests`;
    const text = render(results, settings, machine);
    console.log(`\n${text}`);
    const out = option('out');
    if (out) appendFileSync(out, `${text}\n`);
    const failed = results.filter((r) => !r.passed).length;
    log(failed ? `${failed} of ${results.length} checks FAILED (API log: ${join(dir, 'api.log')})` : `all ${results.length} checks passed`);
    process.exitCode = failed ? 1 : 0;
  } finally {
    workload?.stop();
    if (api?.alive) await api.stop();
    await db.stop('SIGTERM');
    if (!process.argv.includes('--keep') && process.exitCode === 0) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`[fault:outage] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
