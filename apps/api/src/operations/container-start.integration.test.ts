/**
 * The API image's start, without Docker: the compose file's migrate command,
 * then the Dockerfile's CMD with the Dockerfile's and compose file's settings,
 * run from the repository root as the image's WORKDIR is, against MariaDB
 * (TEST_DIALECT=mysql) or the SQLite fallback; /healthz must say ok, and
 * SIGTERM must end it with exit code 0. Needs the build (npm test builds first).
 */
import { spawn, spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { createServer } from 'net';
import { join } from 'path';
import { testDialect } from '../test-support/test-database';
import { composeFile, dockerfileStages, lastInstruction, repoFile, REPO_ROOT, stageEnv } from '../test-support/deploy-files';
import { emptyMysql, scratchDirectory, type ScratchDatabase, type ScratchDirectory } from '../test-support/operations-databases';

let files: ScratchDirectory;
let mysql: ScratchDatabase | null = null;

beforeAll(async () => {
  files = scratchDirectory();
  if (testDialect() === 'mysql') mysql = await emptyMysql();
});
afterAll(async () => {
  await mysql?.drop();
  await files?.drop();
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it("runs the image's migrate command and then its CMD, healthy against the database, and stops cleanly", async () => {
  const final = dockerfileStages(repoFile('docker/api.Dockerfile')).at(-1)!;
  const [command, ...args] = JSON.parse(lastInstruction(final, 'CMD')!) as string[];
  const compose = composeFile().services;
  const [migrateCommand, ...migrateArgs] = compose.migrate.command as string[];
  for (const script of [args[0]!, migrateArgs[0]!]) {
    if (!existsSync(join(REPO_ROOT, script))) throw new Error(`${script} is missing: build the API first (npm run build -w @complaints/api; npm test builds it)`);
  }
  const port = await freePort();
  const database = mysql ? { DATABASE_URL: (mysql.config as { url: string }).url } : { SQLITE_PATH: files.file('container.sqlite') };
  // What the container's environment would hold: the image's ENV, then the compose file's fixed settings.
  const env = { PATH: process.env.PATH, ...stageEnv(final), NODE_ENV: compose.api.environment.NODE_ENV, TRUST_PROXY: compose.api.environment.TRUST_PROXY, PORT: String(port), ...database };
  expect(env).toMatchObject({ NODE_ENV: 'production', HOST: '0.0.0.0' });

  const migrate = spawnSync(migrateCommand === 'node' ? process.execPath : migrateCommand!, migrateArgs, { cwd: REPO_ROOT, env, encoding: 'utf8' });
  expect(migrate.stderr).toBe('');
  expect(migrate.stdout).toMatch(/^Ran \d+ migrations on /);
  expect(migrate.status).toBe(0);

  const api = spawn(command === 'node' ? process.execPath : command!, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  api.stdout.on('data', (chunk) => (output += chunk));
  api.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => api.once('exit', (code) => resolve(code)));
  try {
    let health: { status: number; body: unknown } | null = null;
    for (const deadline = Date.now() + 45_000; Date.now() < deadline && api.exitCode === null; await sleep(250)) {
      health = await fetch(`http://127.0.0.1:${port}/healthz`).then(async (r) => ({ status: r.status, body: await r.json() }), () => null);
      if (health) break;
    }
    if (!health) throw new Error(`the API did not answer /healthz:\n${output}`);
    expect(health).toEqual({ status: 200, body: { status: 'ok' } });
    // Production: no demo data, and no explorer.
    expect(output).not.toContain('loaded the demo dataset');
    const explorer = await fetch(`http://127.0.0.1:${port}/graphql`, { headers: { accept: 'text/html' } });
    expect(await explorer.text()).not.toContain('<div id="graphiql"');
  } finally {
    api.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
});
