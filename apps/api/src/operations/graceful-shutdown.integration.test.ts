/**
 * SIGTERM on the real process (src/main.ts): it stops accepting connections,
 * lets a request already in flight finish with its answer, closes the
 * database (the MySQL pool on MySQL) and exits 0.
 */
import { spawn, type ChildProcess } from 'child_process';
import { connect, type Socket } from 'net';
import { join } from 'path';
import { testDialect } from '../test-support/test-database';
import { emptyMysql, scratchDirectory, type ScratchDatabase, type ScratchDirectory } from '../test-support/operations-databases';

const API_ROOT = join(__dirname, '../..');
let files: ScratchDirectory;
let mysql: ScratchDatabase | null = null;
let api: ChildProcess | null = null;
let output = '';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function freePort(): Promise<number> {
  const { createServer } = await import('net');
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function healthy(port: number, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
    if (ok) return;
    if (api?.exitCode !== null) throw new Error(`the API exited while starting:\n${output}`);
    await sleep(200);
  }
  throw new Error(`the API did not become healthy:\n${output}`);
}

function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

beforeAll(async () => {
  files = scratchDirectory();
  if (testDialect() === 'mysql') mysql = await emptyMysql();
});
afterAll(async () => {
  if (api && api.exitCode === null) api.kill('SIGKILL');
  await mysql?.drop();
  await files?.drop();
});

it('finishes a request in flight, refuses new connections, closes the database and exits 0 on SIGTERM', async () => {
  const port = await freePort();
  const database = mysql ? { DATABASE_URL: (mysql.config as { url: string }).url } : { SQLITE_PATH: files.file('api.sqlite') };
  api = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: API_ROOT,
    env: { PATH: process.env.PATH, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', ...database },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout!.on('data', (chunk) => (output += chunk));
  api.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => api!.once('exit', (code) => resolve(code)));
  await healthy(port, Date.now() + 45_000);

  // A request in flight: its headers are in, its body still arriving.
  const body = JSON.stringify({ query: '{ __typename }' });
  const slow = await open(port);
  let answer = '';
  slow.on('data', (chunk) => (answer += chunk));
  const answered = new Promise<void>((resolve) => slow.once('end', () => resolve()));
  slow.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`);
  await sleep(300);

  api.kill('SIGTERM');
  await sleep(500);
  await expect(open(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  expect(api.exitCode).toBeNull();

  slow.write(body.slice(5));
  await answered;
  if (!answer) throw new Error(`exit ${api.exitCode} ${api.signalCode}\n${output}`);
  if (!/^HTTP\/1\.1 200/.test(answer)) throw new Error(output);
  expect(answer).toMatch(/^HTTP\/1\.1 200/);
  expect(answer).toMatch(/connection: close/i);
  expect(answer).toContain('"__typename":"Query"');

  expect(await exited).toBe(0);
  expect(output).toContain('shutting down: no new connections');
  expect(output).toContain('"msg":"shut down"');
});
