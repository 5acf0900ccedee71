/**
 * Starts the built API for the browser tests: `node apps/api/dist/main.js` on a
 * free port with a fresh, empty database (so the demo data and demo users load),
 * waits for /healthz, and stops it afterwards. The database is a temporary
 * SQLite file, or a scratch database on the MySQL/MariaDB server named by
 * E2E_MYSQL_URL (CI runs the browser suite there, the production dialect).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../../../..');
const API_MAIN = join(REPO_ROOT, 'apps/api/dist/main.js');
const API_SCRATCH_DB = join(REPO_ROOT, 'apps/api/dist/db/scratch-mysql-database.js');
const WEB_INDEX = join(REPO_ROOT, 'apps/web/dist/index.html');

interface ScratchDatabases {
  createScratchMysqlDatabase(serverUrl: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }>;
}

export interface RunningApi {
  baseUrl: string;
  dialect: 'sqlite' | 'mysql';
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** GET /healthz without keep-alive, so no socket outlives the check. */
function healthy(url: string): Promise<boolean> {
  return new Promise((resolveHealthy) => {
    const request = get(url, { agent: false }, (response) => {
      response.resume();
      resolveHealthy(response.statusCode === 200);
    });
    request.on('error', () => resolveHealthy(false));
    request.setTimeout(2000, () => request.destroy());
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited (code ${child.exitCode}) before it was healthy:\n${output()}`);
    if (await healthy(`${baseUrl}/healthz`)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The API was not healthy within ${timeoutMs / 1000} s:\n${output()}`);
}

export async function startApi(): Promise<RunningApi> {
  for (const [file, build] of [
    [API_MAIN, 'npm run build -w @complaints/api'],
    [WEB_INDEX, 'npm run build -w @complaints/web'],
  ] as const) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`${build}\` before the browser tests.`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'complaints-e2e-'));
  const mysqlServer = process.env.E2E_MYSQL_URL;
  // The API's own helper (from its build) makes and drops the scratch database.
  const scratch = mysqlServer
    ? await ((await import(API_SCRATCH_DB)) as ScratchDatabases).createScratchMysqlDatabase(mysqlServer, 'ci_e2e')
    : null;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // The one origin allowed to frame embeds: embeds.e2e.ts serves its "intranet" page there.
  const embedHostOrigin = process.env.E2E_EMBED_HOST_ORIGIN || `http://127.0.0.1:${await freePort()}`;
  process.env.E2E_EMBED_HOST_ORIGIN = embedHostOrigin;
  let log = '';
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      SQLITE_PATH: join(dataDir, 'e2e.sqlite'),
      SEED_DEMO_DATA: 'auto',
      DATABASE_URL: scratch?.url ?? '',
      EMBED_ALLOWED_ORIGINS: embedHostOrigin,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 5000)))]);
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
    await scratch?.drop();
  };

  try {
    await waitForHealth(baseUrl, child, () => log, 90_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, dialect: scratch ? 'mysql' : 'sqlite', stop };
}
