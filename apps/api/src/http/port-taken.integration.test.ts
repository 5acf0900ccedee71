/**
 * Issue 8, finding 11: started on a port that is taken, the API used to say it
 * was serving and exit 0 (or linger, holding its MySQL pool). It must stop with
 * a non-zero code and a one-line reason. Runs the real entry point, main.ts.
 */
import { spawn } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { createServer, type Server } from 'net';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import express from 'express';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { listen } from './listen';

const API_ROOT = resolve(__dirname, '../..');

let blocker: Server;
let port: number;

beforeAll(async () => {
  blocker = createServer();
  await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
  port = (blocker.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise((done) => blocker.close(done));
});

function runMain(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
      cwd: API_ROOT,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: String(port), SEED_DEMO_DATA: 'false', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    // Generous: only there to catch a process that never exits.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`main.ts still running after 60 s:\n${output}`));
    }, 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}

describe('starting on a port that is taken', () => {
  let db: TestDatabase | null = null;
  let dir: string | null = null;
  afterAll(async () => {
    await db?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('exits non-zero, saying which port and what to set, and never claims to be serving', async () => {
    let env: Record<string, string>;
    if (process.env.TEST_DIALECT === 'mysql') {
      db = await openTestDatabase();
      if (db.config.dialect !== 'mysql') throw new Error('expected MySQL');
      env = { DATABASE_URL: db.config.url };
    } else {
      dir = mkdtempSync(join(tmpdir(), 'complaints-port-'));
      env = { SQLITE_PATH: join(dir, 'api.sqlite') };
    }
    const { code, output } = await runMain(env);
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(output).toContain(`Could not start: port ${port} is already in use; set PORT`);
    expect(output).not.toContain('Complaints Insight API on');
  });
});

describe('listen', () => {
  it('rejects with the reason when the port is taken, and resolves once bound otherwise', async () => {
    await expect(listen(express(), port, '127.0.0.1')).rejects.toThrow(`port ${port} is already in use; set PORT`);
    const server = await listen(express(), 0, '127.0.0.1');
    expect(server.listening).toBe(true);
    await new Promise((done) => server.close(done));
  });
});
