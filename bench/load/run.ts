/**
 * bench:load: many analysts at once against the built API in a child process,
 * on bench:trends' national dataset. See bench/README.md.
 *
 *   npm run bench:load -- [--contacts 1000000] [--clients 50] [--seconds 60] [--dialect mysql|sqlite] [--no-cache] [--json]
 *
 * Progress goes to standard error; standard output gets the result only (with
 * --json, one JSON object and nothing else).
 */
import 'reflect-metadata';
import { rmSync, writeFileSync } from 'fs';
import { cpus, loadavg, totalmem } from 'os';
import { join } from 'path';
import { configureLogging } from '../../apps/api/src/logging/logger';
import { HealthPoller } from '../hostile/health-poller';
import { openBenchDatabase } from '../trends/bench-database';
import { ContactGenerator } from '../trends/dataset';
import { parseOptions as parseTrendOptions } from '../trends/options';
import { repairTrendIndexes } from '../trends/trend-indexes';
import { analysts, ensureAccounts, OFFICER, signIn } from './accounts';
import { ContactWriter, lastContactId, readRollupLockLog, removeWrittenContacts } from './contact-writes';
import { LoadedApi } from './api-process';
import { ensureLearningActions, readUpdateAnswer, type ActionPool, type UpdateOutcome } from './learning-actions';
import { runLoad } from './load-run';
import { Mix, REPORT_KIND, UPDATE_KIND, type ReadRequest } from './mix';
import { parseLoadOptions, UsageError, USAGE, type LoadOptions } from './options';
import { ProcessSampler } from './process-sampler';
import { classifyAnswer, Recorder } from './recorder';
import { renderMarkdown, type LoadResult } from './report';
import { send } from './setup-client';

const ROOT = join(__dirname, '../..');
const HEALTH_POLL_MS = 100;
const log = (line: string) => process.stderr.write(`[bench:load] ${line}\n`);

/**
 * Each kind of request once before the run (every report table once), judged
 * as the run judges answers: a question the API refuses stops the bench here
 * with its reason, not as a wall of errors.
 */
async function checkEveryKind(api: LoadedApi, mix: Mix, analystToken: string, officerToken: string, actions: ActionPool): Promise<void> {
  const check = async (what: string, request: ReadRequest, token: string, read?: (text: string) => string | null) => {
    const { status, text, ms } = await send(api.baseUrl, request, token);
    const answer = classifyAnswer(status, text);
    const problem = answer.ok ? (read?.(text) ?? null) : `${answer.code}: ${text.slice(0, 300)}`;
    if (problem) throw new Error(`the check before the run failed on ${what}: ${problem}`);
    log(`checked ${what}: ${ms.toFixed(0)} ms`);
  };
  for (const kind of mix.kinds) {
    if (kind === UPDATE_KIND) {
      const update = actions.checkout();
      let outcome: UpdateOutcome | null = null;
      try {
        await check(kind, { method: 'POST', path: '/graphql', body: update.body }, officerToken, (text) => {
          outcome = readUpdateAnswer(text);
          return outcome && !outcome.conflict ? null : `expected the saved action, got ${text.slice(0, 300)}`;
        });
      } finally {
        actions.release(update.id, outcome);
      }
    } else if (kind === REPORT_KIND) {
      for (const request of mix.reportChecks()) await check(`${kind} ${request.path}`, request, analystToken);
    } else {
      await check(kind, mix.nextRequest(kind), analystToken);
    }
  }
}

/** The probe flushes its lines every second: wait for the last ones before reading. */
async function lockFigures(file: string) {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return readRollupLockLog(file);
}

async function bench(options: LoadOptions): Promise<LoadResult & { mixUsed: Mix }> {
  // The dataset, its kept copy and its place are bench:trends' own: parse its options to get them.
  const trendOptions = parseTrendOptions(['--contacts', String(options.contacts), '--dialect', options.dialect, '--mysql-url', options.mysqlUrl, ...(options.rebuild ? [] : ['--reuse'])]);
  const { dataSource, config, meta, reused } = await openBenchDatabase(trendOptions, options.dialect, log);
  let server: string;
  /** The last contact id before the run, once contact writes have started: the bench deletes those above it. */
  let contactsBefore = 0;
  let wroteContacts = false;
  try {
    await repairTrendIndexes(dataSource, join(trendOptions.workDir, `${options.dialect}-${options.contacts}.reverted`));
    log(`${options.dialect}: ${reused ? 'reusing' : 'generated'} ${meta.contacts.toLocaleString('en-GB')} contacts`);
    const created = await ensureAccounts(dataSource, [...analysts(options.clients), OFFICER]);
    if (created) log(`created ${created} bench accounts (kept in the dataset)`);
    const [{ version }] = await dataSource.query(options.dialect === 'sqlite' ? 'SELECT sqlite_version() AS version' : 'SELECT VERSION() AS version');
    server = String(version);
    contactsBefore = await lastContactId(dataSource);
  } finally {
    // The API is the database's only user during the run.
    await dataSource.destroy();
  }

  const env: Record<string, string> = { ...(options.noCache ? { RESULT_CACHE: 'off' } : {}), ...options.apiEnv };
  const logFile = join(trendOptions.workDir, `load-${options.dialect}-${options.contacts}.api.log`);
  // With contact writes on MySQL/MariaDB, the probe in the API records how long each holds the rollup lock.
  const lockLog = options.contactWrites && options.dialect === 'mysql' ? join(trendOptions.workDir, `load-${options.dialect}-${options.contacts}.rollup-lock.jsonl`) : null;
  if (lockLog) {
    rmSync(lockLog, { force: true });
    Object.assign(env, { NODE_OPTIONS: `--require ${join(__dirname, 'rollup-lock-probe.js')}`, BENCH_ROLLUP_LOCK_LOG: lockLog });
  }
  if (options.processes > 1 && !env.REDIS_URL) {
    // Shared sign-in limits and answers, as several processes are deployed; a prefix of the run's own so that a
    // previous run's answers are not hits in this one.
    env.REDIS_URL = `redis://127.0.0.1:6379/0?keyPrefix=bench-load-${Date.now()}:`;
    log(`${options.processes} API processes share ${env.REDIS_URL}`);
  }
  const apis: LoadedApi[] = [];
  let poller: HealthPoller | null = null;
  try {
    // One after another: the first prepares the database (migrations) before the others open it.
    for (let i = 0; i < options.processes; i++) {
      const file = options.processes === 1 ? logFile : logFile.replace(/\.api\.log$/, `.api-${i + 1}.log`);
      const started = await LoadedApi.start({ root: ROOT, database: config, env, logFile: file });
      apis.push(started);
      log(`API process ${started.pid} on ${started.baseUrl} (log: ${file})`);
    }
    const [api] = apis;
    const analystTokens = await signIn(api.baseUrl, analysts(options.clients));
    const [officerToken] = await signIn(api.baseUrl, [OFFICER]);
    log(`signed in ${analystTokens.length} analysts and an officer`);
    const actions = await ensureLearningActions(api.baseUrl, officerToken);
    const mix = new Mix(new ContactGenerator(options.contacts).councils, options.mix);
    // On every process: the sessions made through the first must work on the others too.
    for (const each of apis) await checkEveryKind(each, mix, analystTokens[0], officerToken, actions);

    const recorder = new Recorder(mix.kinds);
    const sampler = ProcessSampler.available() ? new ProcessSampler(apis.map((a) => a.pid)) : null;
    poller = await HealthPoller.start(`${api.baseUrl}/healthz`, HEALTH_POLL_MS);
    const loadBefore = loadavg()[0];
    log(`${options.clients} clients for ${options.seconds} s (mix ${options.mix}, result cache ${options.noCache ? 'off' : 'as configured'})`);
    sampler?.start();
    const writer = options.contactWrites ? new ContactWriter(api.baseUrl, officerToken, options.contactWrites) : null;
    // The probe's lines for the check's writes (none: it writes no contact) and the run's alone.
    if (lockLog) rmSync(lockLog, { force: true });
    wroteContacts = writer !== null;
    writer?.start();
    const { result: run, health } = await poller.during(() =>
      runLoad({ baseUrls: apis.map((a) => a.baseUrl), clients: options.clients, seconds: options.seconds, timeoutSeconds: options.timeoutSeconds, mix, analystTokens, officerToken, actions, recorder }),
    );
    const contactWrites = await writer?.stop();
    const processFigures = sampler?.stop() ?? null;
    const { overall, queries } = recorder.summary(run.durationSeconds);
    log(`done: ${overall.requests} requests, ${overall.errors} errors`);
    return {
      p50: overall.p50,
      p95: overall.p95,
      p99: overall.p99,
      requestsPerSecond: overall.requestsPerSecond,
      errors: overall.errors,
      requests: overall.requests,
      max: overall.max,
      errorCodes: overall.errorCodes,
      conflicts: overall.conflicts,
      durationSeconds: run.durationSeconds,
      queries: Object.fromEntries(Object.entries(queries).map(([kind, f]) => [kind, { ...f, share: Math.round(mix.share(kind as never) * 1000) / 1000 }])),
      apiMemory: processFigures && { startMb: processFigures.startMb, peakMb: processFigures.peakMb, endMb: processFigures.endMb, processes: processFigures.processes },
      apiCpuPercent: processFigures?.cpuPercent ?? null,
      healthz: { ...health, worstMs: Math.round(health.worstMs * 10) / 10 },
      autocannon: run.autocannon,
      ...(contactWrites ? { contactWrites } : {}),
      ...(lockLog ? { rollupLock: await lockFigures(lockLog) } : {}),
      settings: {
        dialect: options.dialect,
        server,
        contacts: meta.contacts,
        datasetReused: reused,
        clients: options.clients,
        seconds: options.seconds,
        mix: options.mix,
        resultCache: options.noCache ? 'off' : 'default',
        processes: options.processes,
        timeoutSeconds: options.timeoutSeconds,
        apiEnv: Object.keys(options.apiEnv).map((key) => `${key}=…`),
        contactWritesPerSecond: options.contactWrites,
      },
      machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'CPU', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverage: [loadBefore, loadavg()[0]] },
      date: new Date().toISOString(),
      mixUsed: mix,
    };
  } finally {
    await poller?.close();
    await Promise.all(apis.map((a) => a.stop()));
    if (wroteContacts) {
      const removed = await removeWrittenContacts(config, contactsBefore);
      log(`removed the ${removed} contacts written during the run (the kept dataset is as before)`);
    }
  }
}

async function main() {
  let options: LoadOptions | 'help';
  try {
    options = parseLoadOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`bench:load: ${error.message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (options === 'help') {
    process.stderr.write(`${USAGE}\n`);
    return;
  }
  // The API's logger writes to standard output, which --json keeps for the result alone.
  configureLogging({ logLevel: options.json ? 'silent' : 'warn' });
  const { mixUsed, ...result } = await bench(options);
  const markdown = renderMarkdown(result, mixUsed);
  if (options.out) writeFileSync(options.out, `${markdown}\n`);
  process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : `\n${markdown}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench:load failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
