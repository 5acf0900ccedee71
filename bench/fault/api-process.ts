/** The built API (apps/api/dist/main.js, as the container runs it) as a child process on the fault test's database. */
import { spawn, type ChildProcess } from 'child_process';
import { existsSync, openSync } from 'fs';
import { join } from 'path';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class ApiProcess {
  private constructor(
    readonly process: ChildProcess,
    readonly baseUrl: string,
  ) {}

  static async start(options: { root: string; port: number; databaseUrl: string; logFile: string }): Promise<ApiProcess> {
    const main = join(options.root, 'apps/api/dist/main.js');
    if (!existsSync(main)) throw new Error(`${main} is missing: build the API first (npm run build -w @complaints/api)`);
    const log = openSync(options.logFile, 'a');
    const child = spawn(process.execPath, [main], {
      cwd: options.root,
      env: { PATH: process.env.PATH, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(options.port), DATABASE_URL: options.databaseUrl, LOG_LEVEL: 'info' },
      stdio: ['ignore', log, log],
    });
    const api = new ApiProcess(child, `http://127.0.0.1:${options.port}`);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`the API exited while starting; see ${options.logFile}`);
      const ok = await fetch(`${api.baseUrl}/healthz`).then((r) => r.ok, () => false);
      if (ok) return api;
      await sleep(200);
    }
    throw new Error(`the API did not become healthy; see ${options.logFile}`);
  }

  get alive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  /** SIGTERM, then the exit code (null if it had to be killed after `timeoutMs`). */
  async stop(timeoutMs = 30_000): Promise<number | null> {
    if (!this.alive) return this.process.exitCode;
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    this.process.kill('SIGTERM');
    const timer = setTimeout(() => this.process.kill('SIGKILL'), timeoutMs);
    const code = await exited;
    clearTimeout(timer);
    return code;
  }
}
