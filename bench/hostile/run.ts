/**
 * bench:hostile: the hostile requests of issue 8 against the real server on a
 * temporary SQLite demo database, each timed while /healthz is polled every
 * ~20 ms. See bench/README.md.
 *
 *   npm run bench:hostile -- [--only <text>] [--out FILE]
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import type { Server } from 'http';
import type { AddressInfo } from 'net';
import { cpus, loadavg, tmpdir } from 'os';
import { join } from 'path';
import { loadConfig } from '../../apps/api/src/config/config';
import { prepareDatabase } from '../../apps/api/src/db/prepare-database';
import { createServer } from '../../apps/api/src/server';
import { BenchClient } from './client';
import { HealthPoller } from './health-poller';
import { renderResults, type Row } from './report';
import { SCENARIOS } from './scenarios';

const log = (line: string) => console.log(`[bench:hostile] ${line}`);

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main() {
  const only = option('only');
  const out = option('out');
  const dir = mkdtempSync(join(tmpdir(), 'complaints-bench-hostile-'));
  // Production settings, as deployed; the query limits are the same in every mode. No logs unless LOG_LEVEL says.
  const config = { ...loadConfig({ NODE_ENV: 'production', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' }), database: { dialect: 'sqlite' as const, path: join(dir, 'demo.sqlite') } };
  let http: Server | null = null;
  let poller: HealthPoller | null = null;
  const { dataSource, seeded } = await prepareDatabase({ ...config, seedDemoData: true });
  const server = await createServer(config, dataSource);
  try {
    log(`demo database: ${seeded?.contacts ?? 0} contacts in ${dir}`);
    const listening = server.app.listen(0, '127.0.0.1');
    http = listening;
    await new Promise<void>((resolve, reject) => listening.once('listening', resolve).once('error', reject));
    const base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
    const client = new BenchClient(base);
    const tokens = {
      analyst: await client.token('analyst@demo.example', 'complaints-demo', '10.200.0.1'),
      officer: await client.token('officer@demo.example', 'complaints-demo', '10.200.0.2'),
    };
    poller = await HealthPoller.start(`${base}/healthz`);

    const rows: Row[] = [];
    for (const scenario of SCENARIOS.filter((s) => !only || s.id.includes(only))) {
      const { result, health } = await poller.during(async () => {
        const started = performance.now();
        const { outcome, note } = await scenario.run(client, tokens);
        return { outcome, note, ms: performance.now() - started };
      });
      const row: Row = { scenario, ...result, health };
      log(`${scenario.id}: ${row.outcome} in ${row.ms.toFixed(0)} ms; /healthz worst ${health.worstMs.toFixed(0)} ms over ${health.polls} polls${row.note ? ` (${row.note})` : ''}`);
      rows.push(row);
    }
    const machine = `${cpus().length} CPU (${cpus()[0]?.model.trim()}), Node ${process.versions.node}, load average ${loadavg()[0]!.toFixed(1)}`;
    const text = renderResults(rows, machine);
    console.log(`\n${text}`);
    if (out) writeFileSync(out, text);
  } finally {
    await poller?.close();
    await new Promise<void>((resolve) => (http ? http.close(() => resolve()) : resolve()));
    http?.closeAllConnections();
    await server.stop();
    await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
