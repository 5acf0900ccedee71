/**
 * A MariaDB server of the fault test's own: a fresh data directory in a
 * temporary folder, its own socket and a free port, so that stopping it
 * disturbs nothing else on the machine. Started, stopped and started again
 * on the same data directory and port.
 */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import { mkdirSync, openSync } from 'fs';
import { createConnection } from 'mysql2/promise';
import { join } from 'path';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class MariaDbInstance {
  private server: ChildProcess | null = null;

  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  /** `mariadb-install-db` into `dir`/data; root may sign in over TCP with no password (the instance listens on 127.0.0.1 only). */
  static install(dir: string, port: number): MariaDbInstance {
    mkdirSync(dir, { recursive: true });
    const result = spawnSync(
      'mariadb-install-db',
      ['--no-defaults', `--datadir=${join(dir, 'data')}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...MariaDbInstance.userArgs()],
      { encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`mariadb-install-db failed (is MariaDB installed?): ${result.error?.message ?? result.stderr.slice(-500)}`);
    return new MariaDbInstance(dir, port);
  }

  /** mariadbd refuses to run as root unless told to. */
  private static userArgs(): string[] {
    return process.getuid?.() === 0 ? ['--user=root'] : [];
  }

  get url(): string {
    return `mysql://root@127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.server !== null && this.server.exitCode === null && this.server.signalCode === null;
  }

  async start(timeoutMs = 60_000): Promise<void> {
    const log = openSync(join(this.dir, 'mariadbd.log'), 'a');
    this.server = spawn(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${join(this.dir, 'data')}`,
        `--socket=${join(this.dir, 'sock')}`,
        `--port=${this.port}`,
        '--bind-address=127.0.0.1',
        `--pid-file=${join(this.dir, 'mariadbd.pid')}`,
        '--skip-name-resolve',
        ...MariaDbInstance.userArgs(),
      ],
      { stdio: ['ignore', log, log] },
    );
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`mariadbd exited while starting; see ${join(this.dir, 'mariadbd.log')}`);
      if (await this.answers()) return;
      await sleep(100);
    }
    throw new Error(`mariadbd did not answer within ${timeoutMs} ms`);
  }

  async answers(): Promise<boolean> {
    try {
      const conn = await createConnection({ uri: this.url, connectTimeout: 1000 });
      await conn.query('SELECT 1');
      await conn.end();
      return true;
    } catch {
      return false;
    }
  }

  /** SIGTERM: a clean shutdown (client connections are killed); SIGKILL: a crash (InnoDB recovers on the next start). */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
    const server = this.server;
    if (!server || !this.running) return;
    const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
    server.kill(signal);
    await exited;
  }

  async query<T = unknown>(database: string, sql: string, params: unknown[] = []): Promise<T> {
    const conn = await createConnection({ uri: `${this.url}/${database}` });
    try {
      const [rows] = await conn.query(sql, params);
      return rows as T;
    } finally {
      await conn.end();
    }
  }
}
