/**
 * Test support for replication.integration.test.ts: a MariaDB primary and a
 * replica of it, each a server of the test's own (a fresh data directory in a
 * temporary folder, its own socket, a free loopback port), replicating by GTID
 * from the primary's first transaction. Nothing else on the machine is touched.
 */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import { once } from 'events';
import { accessSync, constants, mkdirSync, openSync, readFileSync } from 'fs';
import { createConnection } from 'mysql2/promise';
import { createServer } from 'net';
import { delimiter, join } from 'path';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function freeLoopbackPort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  await once(probe, 'close');
  return port;
}

/**
 * Whether `command` is an executable on the PATH (or in /usr/sbin, where Debian puts mariadbd). Looked up,
 * not run: `mariadb-install-db --version` would look at the machine's own data directory.
 */
export function commandPath(command: string): string | null {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'].filter(Boolean);
  for (const d of dirs) {
    try {
      accessSync(join(d, command), constants.X_OK);
      return join(d, command);
    } catch {
      // Not here.
    }
  }
  return null;
}

export function hasCommand(command: string): boolean {
  return commandPath(command) !== null;
}

/** mariadbd refuses to run as root unless told to. */
function userArgs(): string[] {
  return process.getuid?.() === 0 ? ['--user=root'] : [];
}

export class MariaDbServer {
  private server: ChildProcess | null = null;

  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly serverArgs: string[],
  ) {}

  /** `mariadb-install-db` into `dir`/data, then starts it; root signs in over TCP without a password (loopback only). */
  static async start(dir: string, serverArgs: string[]): Promise<MariaDbServer> {
    mkdirSync(dir, { recursive: true });
    const installed = spawnSync(
      commandPath('mariadb-install-db') ?? 'mariadb-install-db',
      ['--no-defaults', `--datadir=${join(dir, 'data')}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...userArgs()],
      { encoding: 'utf8' },
    );
    if (installed.status !== 0) throw new Error(`mariadb-install-db failed: ${installed.error?.message ?? installed.stderr.slice(-500)}`);
    const server = new MariaDbServer(dir, await freeLoopbackPort(), serverArgs);
    await server.run();
    return server;
  }

  get url(): string {
    return `mysql://root@127.0.0.1:${this.port}`;
  }

  private get running(): boolean {
    return this.server !== null && this.server.exitCode === null && this.server.signalCode === null;
  }

  private async run(): Promise<void> {
    const logFile = join(this.dir, 'mariadbd.log');
    const log = openSync(logFile, 'a');
    this.server = spawn(
      commandPath('mariadbd') ?? 'mariadbd',
      [
        '--no-defaults',
        `--datadir=${join(this.dir, 'data')}`,
        `--socket=${join(this.dir, 'sock')}`,
        `--port=${this.port}`,
        '--bind-address=127.0.0.1',
        `--pid-file=${join(this.dir, 'mariadbd.pid')}`,
        '--skip-name-resolve',
        // Small and quick: the test holds a few hundred rows.
        '--innodb-buffer-pool-size=32M',
        '--innodb-log-file-size=16M',
        '--innodb-flush-log-at-trx-commit=2',
        '--skip-innodb-doublewrite',
        // Per-table ROWS_READ (information_schema.TABLE_STATISTICS): which server an aggregate read.
        '--userstat=1',
        ...userArgs(),
        ...this.serverArgs,
      ],
      { stdio: ['ignore', log, log] },
    );
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`mariadbd exited while starting: ${readFileSync(logFile, 'utf8').slice(-800)}`);
      if (await this.answers()) return;
      await sleep(100);
    }
    await this.kill();
    throw new Error(`mariadbd did not answer within 60 s; see ${logFile}`);
  }

  private async answers(): Promise<boolean> {
    try {
      const connection = await createConnection({ uri: this.url, connectTimeout: 1000 });
      await connection.end();
      return true;
    } catch {
      return false;
    }
  }

  async query<T = unknown>(sql: string, params: unknown[] = []): Promise<T> {
    const connection = await createConnection({ uri: this.url });
    try {
      const [rows] = await connection.query(sql, params);
      return rows as T;
    } finally {
      await connection.end();
    }
  }

  /** Rows read from tables of `schema` whose names match `like`, since the server started. */
  async rowsRead(schema: string, like: string): Promise<number> {
    const rows = await this.query<Array<{ n: unknown }>>(
      'SELECT COALESCE(SUM(ROWS_READ), 0) AS n FROM information_schema.TABLE_STATISTICS WHERE TABLE_SCHEMA = ? AND TABLE_NAME LIKE ?',
      [schema, like],
    );
    return Number(rows[0].n);
  }

  /** SIGKILL: the data directory is thrown away after. */
  async kill(): Promise<void> {
    const server = this.server;
    if (!server || !this.running) return;
    const exited = once(server, 'exit');
    server.kill('SIGKILL');
    await exited;
  }
}

export interface MariaDbPair {
  primary: MariaDbServer;
  replica: MariaDbServer;
  /** Waits until the replica has applied everything the primary has written. */
  caughtUp(timeoutMs?: number): Promise<void>;
  kill(): Promise<void>;
}

/** A primary (binary log, GTIDs) and a replica of it, replicating from before anything is written. */
export async function startMariaDbPair(dir: string): Promise<MariaDbPair> {
  const started: MariaDbServer[] = [];
  try {
    const servers = await Promise.allSettled([
      MariaDbServer.start(join(dir, 'primary'), ['--server-id=1', `--log-bin=${join(dir, 'primary', 'binlog')}`, '--binlog-format=ROW', '--gtid-domain-id=0']),
      MariaDbServer.start(join(dir, 'replica'), ['--server-id=2', '--read-only=1', `--relay-log=${join(dir, 'replica', 'relay')}`]),
    ]);
    for (const s of servers) if (s.status === 'fulfilled') started.push(s.value);
    for (const s of servers) if (s.status === 'rejected') throw s.reason;
    const [primary, replica] = started;
    await replica.query(
      `CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=${primary.port}, MASTER_USER='root', MASTER_PASSWORD='', MASTER_USE_GTID=slave_pos, MASTER_CONNECT_RETRY=1`,
    );
    await replica.query('START SLAVE');
    const caughtUp = async (timeoutMs = 20_000) => {
      const [{ pos }] = await primary.query<Array<{ pos: string }>>('SELECT @@GLOBAL.gtid_binlog_pos AS pos');
      const [{ r }] = await replica.query<Array<{ r: unknown }>>('SELECT MASTER_GTID_WAIT(?, ?) AS r', [pos, timeoutMs / 1000]);
      if (Number(r) !== 0) {
        const status = await replica.query('SHOW SLAVE STATUS');
        throw new Error(`the replica did not reach ${pos} within ${timeoutMs} ms: ${JSON.stringify(status).slice(0, 1500)}`);
      }
    };
    return { primary, replica, caughtUp, kill: async () => void (await Promise.all(started.map((s) => s.kill()))) };
  } catch (error) {
    await Promise.all(started.map((s) => s.kill()));
    throw error;
  }
}
