/**
 * The API under load runs as the container runs it: the built
 * apps/api/dist/main.js in a child process with NODE_ENV=production, so the
 * load generator never shares its event loop. Its environment is built here
 * from nothing but PATH, so a developer's own DATABASE_URL cannot leak in.
 */
import { spawn, type ChildProcess } from 'child_process';
import { once } from 'events';
import { existsSync, openSync } from 'fs';
import { createServer } from 'net';
import { join } from 'path';
import type { DatabaseConfig } from '../../apps/api/src/config/config';

const START_TIMEOUT_MS = 120_000;

async function unusedLoopbackPort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  await once(probe, 'close');
  return port;
}

export interface ApiStart {
  root: string;
  database: DatabaseConfig;
  /** RESULT_CACHE=off and anything from --api-env. */
  env: Record<string, string>;
  logFile: string;
}

export class LoadedApi {
  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
    readonly logFile: string,
  ) {}

  get pid(): number {
    return this.child.pid!;
  }

  get graphqlUrl(): string {
    return `${this.baseUrl}/graphql`;
  }

  private get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  static async start(options: ApiStart): Promise<LoadedApi> {
    const main = join(options.root, 'apps/api/dist/main.js');
    if (!existsSync(main)) throw new Error(`${main} is missing: build the API first (npm run build -w @complaints/api)`);
    const port = await unusedLoopbackPort();
    const database = options.database.dialect === 'mysql' ? { DATABASE_URL: options.database.url } : { SQLITE_PATH: options.database.path };
    const out = openSync(options.logFile, 'w');
    const child = spawn(process.execPath, [main], {
      cwd: options.root,
      env: { PATH: process.env.PATH, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', ...database, ...options.env },
      stdio: ['ignore', out, out],
    });
    const api = new LoadedApi(child, `http://127.0.0.1:${port}`, options.logFile);
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (api.running && Date.now() < deadline) {
      const healthy = await fetch(`${api.baseUrl}/healthz`).then((r) => r.ok, () => false);
      if (healthy) return api;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const why = api.running ? `was not healthy after ${START_TIMEOUT_MS / 1000} s` : 'exited while starting';
    await api.stop();
    throw new Error(`the API ${why}; see ${options.logFile}`);
  }

  /** SIGTERM (the API finishes what is in flight), SIGKILL if it takes over 20 s. */
  async stop(): Promise<void> {
    if (!this.running) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    const kill = setTimeout(() => this.child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(kill);
  }
}
