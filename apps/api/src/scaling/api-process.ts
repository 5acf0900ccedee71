/**
 * Test support for replication.integration.test.ts: the API as a process of
 * its own (src/main.ts through @swc-node/register, as `npm run dev` runs it,
 * so the test needs no build), its environment built from nothing but PATH
 * and what the test gives, so a developer's own DATABASE_URL cannot leak in.
 */
import { spawn, type ChildProcess } from 'child_process';
import { once } from 'events';
import { openSync, readFileSync } from 'fs';
import { join } from 'path';
import { freeLoopbackPort } from './mariadb-pair';

const API_ROOT = join(__dirname, '../..');

export interface GraphQLResponse<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export class ApiProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
    readonly logFile: string,
  ) {}

  static async start(env: Record<string, string>, logFile: string, timeoutMs = 60_000): Promise<ApiProcess> {
    const port = await freeLoopbackPort();
    const out = openSync(logFile, 'w');
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
      cwd: API_ROOT,
      env: { PATH: process.env.PATH, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', SEED_DEMO_DATA: 'false', ...env },
      stdio: ['ignore', out, out],
    });
    const api = new ApiProcess(child, `http://127.0.0.1:${port}`, logFile);
    const deadline = Date.now() + timeoutMs;
    while (api.running && Date.now() < deadline) {
      if (await fetch(`${api.baseUrl}/healthz`).then((r) => r.ok, () => false)) return api;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const why = api.running ? `was not healthy after ${timeoutMs / 1000} s` : 'exited while starting';
    await api.stop();
    throw new Error(`the API ${why}: ${readFileSync(logFile, 'utf8').slice(-1500)}`);
  }

  private get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** A GraphQL request, signed in with `token` when given. */
  async graphql<T = unknown>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** The end of the process's log, for failure messages. */
  logTail(chars = 3000): string {
    try {
      return readFileSync(this.logFile, 'utf8').slice(-chars);
    } catch {
      return '(no log)';
    }
  }

  /** SIGTERM (in-flight requests finish), SIGKILL after 10 s. */
  async stop(): Promise<void> {
    if (!this.running) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    const kill = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(kill);
  }
}
