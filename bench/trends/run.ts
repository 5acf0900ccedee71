/**
 * bench:trends: the trend engine on a national-scale dataset, GraphQL over
 * HTTP against raw SQL, per dialect. See bench/README.md.
 *
 *   npm run bench:trends -- [--contacts 100000] [--dialect mysql|sqlite] [--reuse] [--compare-indexes] [--clean]
 */
import 'reflect-metadata';
import { writeFileSync } from 'fs';
import type { AddressInfo } from 'net';
import { cpus, loadavg, totalmem } from 'os';
import { join, resolve } from 'path';
import { loadConfig } from '../../apps/api/src/config/config';
import { createServer } from '../../apps/api/src/server';
import { LoadedApi } from '../load/api-process';
import { signInAnalyst } from './analyst';
import { cleanBenchDatabases, MYSQL_PREFIX, openBenchDatabase } from './bench-database';
import { ContactGenerator } from './dataset';
import { captureSql, explain } from './explain';
import { referenceIds } from './load-dataset';
import { parseOptions, type Dialect } from './options';
import { benchQueries } from './queries';
import { meetsTarget, renderResult, TARGET, type DialectResult } from './report';
import { QueryTimer, type Timing } from './timing';
import { repairTrendIndexes, withoutTrendIndexes } from './trend-indexes';

const ROOT = resolve(__dirname, '../..');

const log = (line: string) => console.log(`[bench:trends] ${line}`);

async function benchDialect(dialect: Dialect, options: ReturnType<typeof parseOptions>): Promise<DialectResult> {
  const { dataSource, config, meta, reused } = await openBenchDatabase(options, dialect, log);
  const marker = join(options.workDir, `${dialect}-${options.contacts}.reverted`);
  let http: import('http').Server | null = null;
  let external: LoadedApi | null = null;
  let stopApollo: (() => Promise<void>) | null = null;
  try {
    await repairTrendIndexes(dataSource, marker);
    log(`${dialect}: ${reused ? 'reusing' : 'generated'} ${meta.contacts.toLocaleString('en-GB')} contacts (${meta.loadSeconds} s to generate and load)`);
    const [{ version }] = await dataSource.query(dialect === 'sqlite' ? 'SELECT sqlite_version() AS version' : 'SELECT VERSION() AS version');
    const queries = benchQueries({ ids: await referenceIds(dataSource), councils: new ContactGenerator(options.contacts).councils }).filter(
      (q) => !options.only.length || options.only.some((o) => q.id.includes(o)),
    );

    // The real API: production settings, a real listen on loopback, fetch over HTTP. The result cache is off,
    // so that every timed request computes its answer (bench:load measures the cache); no request log
    // unless LOG_LEVEL asks for one.
    const env = { NODE_ENV: 'production', RESULT_CACHE: 'off', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' };
    const server = await createServer({ ...loadConfig(env), database: config }, dataSource);
    stopApollo = server.stop;
    const listening = server.app.listen(0, '127.0.0.1');
    http = listening;
    await new Promise<void>((resolve, reject) => listening.once('listening', resolve).once('error', reject));
    const url = `http://127.0.0.1:${(listening.address() as AddressInfo).port}/graphql`;
    const local = { url, token: await signInAnalyst(dataSource, url) };
    // The timed requests go to the built API in a process of its own, as deployed (and as bench:load runs it),
    // unless --in-process: there the bench's fetch and JSON parsing share the API's event loop and count as its overhead.
    if (!options.inProcess) {
      const profile: Record<string, string> = options.cpuProfDir
        ? { NODE_OPTIONS: `--require ${join(__dirname, 'cpu-profile.cjs')}`, BENCH_CPU_PROFILE_DIR: resolve(options.cpuProfDir) }
        : {};
      // A build copied elsewhere finds its packages in this checkout.
      const elsewhere: Record<string, string> = options.apiRoot ? { NODE_PATH: [join(ROOT, 'node_modules'), join(ROOT, 'apps/api/node_modules')].join(':') } : {};
      external = await LoadedApi.start({
        root: options.apiRoot ? resolve(options.apiRoot) : ROOT,
        database: config,
        env: { ...env, ...profile, ...elsewhere, ...options.apiEnv },
        logFile: join(options.workDir, `trends-${dialect}-${options.contacts}.api.log`),
      });
      log(`${dialect}: timing GraphQL against the built API${options.apiRoot ? ` under ${options.apiRoot}` : ''} in a child process (pid ${external.pid})`);
    }
    const timer = new QueryTimer(local, dataSource, external ? { url: external.graphqlUrl, token: await signInAnalyst(dataSource, external.graphqlUrl) } : local);

    const timeAll = async (label: string): Promise<Timing[]> => {
      const timings: Timing[] = [];
      for (const query of queries) {
        const t = await timer.time(query, options.warmups, options.runs);
        log(
          `${dialect} ${label} ${query.id}: GraphQL ${t.graphqlMs.toFixed(1)} ms, engine SQL ${t.engineMs.toFixed(1)} ms ` +
            `(overhead ${t.overheadMs.toFixed(1)} ms, same request ${t.sameRequestOverheadMs?.toFixed(1) ?? '–'} ms, ${t.source}), raw ${t.rawMs.toFixed(1)} ms, ratio ${t.ratio.toFixed(2)}`,
        );
        timings.push(t);
      }
      return timings;
    };
    if (options.explain) {
      for (const query of queries) {
        const engineSql = await captureSql(dataSource, () => timer.graphql(query, timer.local));
        console.log(await explain(dataSource, dialect, query, engineSql));
      }
    }
    const floors = await timer.floors(Math.max(options.runs, 15));
    log(
      `${dialect}: API floor ${floors.signedInMs.toFixed(1)} ms signed in, ${floors.withCatalogMs.toFixed(1)} ms with the reference catalog, ` +
        `${floors.signedInPausedMs.toFixed(1)} ms signed in after a pause; bare Node HTTP ${floors.bareHttpMs.toFixed(1)} ms, ${floors.bareHttpPausedMs.toFixed(1)} ms after a pause`,
    );
    const loadBefore = loadavg()[0];
    let before: Timing[] | undefined;
    if (options.compareIndexes) {
      log(`${dialect}: reverting AddTrendIndexes for the "before" numbers`);
      before = await withoutTrendIndexes(dataSource, marker, () => timeAll('before'));
      log(`${dialect}: AddTrendIndexes re-applied`);
    }
    const current = await timeAll(options.compareIndexes ? 'after' : 'current');
    return { dialect, server: `${dialect === 'sqlite' ? 'SQLite' : ''} ${version}`.trim(), meta, reused, queries, timings: { current, before }, runs: options.runs, warmups: options.warmups, load: [loadBefore, loadavg()[0]], floors, api: external ? 'child process' : 'in process' };
  } finally {
    await external?.stop();
    await new Promise<void>((resolve) => (http ? http.close(() => resolve()) : resolve()));
    await stopApollo?.();
    await dataSource.destroy();
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.clean) {
    await cleanBenchDatabases(options, log);
    return;
  }
  const results: DialectResult[] = [];
  for (const dialect of options.dialects) results.push(await benchDialect(dialect, options));

  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}`;
  const report = [`Machine: ${machine}`, '', ...results.map(renderResult).flatMap((r) => [r, ''])].join('\n');
  console.log(`\n${report}`);
  if (options.out) writeFileSync(options.out, report);
  // The target is set for MariaDB; SQLite's numbers are reported alongside.
  const missed = results.filter((r) => r.dialect === 'mysql').flatMap((r) =>
    r.timings.current
      .filter((t) => !r.queries.find((q) => q.id === t.id)?.stress && !meetsTarget(t))
      .map((t) => `${r.dialect} ${t.id}`),
  );
  if (results.some((r) => r.dialect === 'mysql')) {
    log(
      missed.length
        ? `target missed (ratio <= ${TARGET.ratio}, MariaDB median < ${TARGET.mysqlMedianMs} ms): ${missed.join(', ')}`
        : 'target met on every query (stress cases excepted)',
    );
  }
  const kept = options.dialects.map((d) => (d === 'mysql' ? `MariaDB database ${MYSQL_PREFIX}${options.contacts}` : `${options.workDir}/trends-${options.contacts}.sqlite`));
  log(`kept for --reuse: ${kept.join(' and ')}; drop every kept dataset with: npm run bench:trends -- --clean`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
