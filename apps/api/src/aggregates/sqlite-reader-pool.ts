/**
 * A few child processes (sqlite-reader.process) that run aggregate SELECTs off
 * the API's event loop. Started on first use, parked when idle and ended after
 * a while idle; a process whose statement overruns its time limit is killed
 * (SIGKILL stops SQLite mid-statement, which terminating a worker thread
 * cannot: better-sqlite3 does not return to JavaScript until the statement
 * ends) and replaced on the next use; so is one whose client has gone away. Callers must not run more statements at
 * once than `size` (the StatementGate in front of it sees to that).
 */
import { fork, type ChildProcess } from 'child_process';
import { extname, join } from 'path';
import type { ClientGone } from './statement-gate';

type Reply = { ready: true } | { rows: unknown[] } | { error: { message: string; code?: string } };

/** Under ts sources (jest, npm run dev) the child needs the same TypeScript loader; the built dist is plain JS. */
const SOURCE_EXT = extname(__filename);
const CHILD_FILE = join(__dirname, `sqlite-reader.process${SOURCE_EXT}`);
const CHILD_EXEC_ARGV = SOURCE_EXT === '.ts' ? ['--require', require.resolve('@swc-node/register')] : [];

const IDLE_MS = 15_000;
/** A process that has not opened the database by then never will. */
const START_TIMEOUT_MS = 30_000;

// Children die with the API, even when it exits without closing the pool.
const everyChild = new Set<ChildProcess>();
process.once('exit', () => everyChild.forEach((child) => child.kill('SIGKILL')));

/** An error from the reader, with SQLite's code kept (e.g. SQLITE_BUSY) for the error posture. */
export class SqliteReaderError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'SqliteReaderError';
  }
}

interface Parked {
  child: ChildProcess;
  timer: NodeJS.Timeout;
}

/**
 * Waits for the child's next reply, or its end; kills it and rejects with
 * `onTimeout()` after `timeoutMs`, or with `gone.error()` when `gone.signal` aborts.
 */
function nextReply(child: ChildProcess, timeoutMs: number, onTimeout: () => Error, gone?: ClientGone): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const settle = (after: () => void) => {
      clearTimeout(timer);
      gone?.signal.removeEventListener('abort', onAbort);
      child.off('message', onMessage).off('exit', onExit).off('error', onError);
      after();
    };
    const onAbort = () =>
      settle(() => {
        child.kill('SIGKILL');
        reject(gone!.error());
      });
    const onMessage = (reply: Reply) => settle(() => resolve(reply));
    const onExit = (code: number | null, signal: string | null) =>
      settle(() => reject(new Error(`The SQLite reader process ended (${signal ?? `exit code ${code}`}) before answering`)));
    const onError = (error: Error) =>
      settle(() => {
        child.kill('SIGKILL');
        reject(error);
      });
    const timer = setTimeout(
      () =>
        settle(() => {
          child.kill('SIGKILL');
          reject(onTimeout());
        }),
      Math.max(0, timeoutMs),
    );
    child.on('message', onMessage).on('exit', onExit).on('error', onError);
    gone?.signal.addEventListener('abort', onAbort, { once: true });
  });
}

function failure(reply: Reply): SqliteReaderError | null {
  return 'error' in reply ? new SqliteReaderError(reply.error.message, reply.error.code) : null;
}

export class SqliteReaderPool {
  private readonly parked: Parked[] = [];
  private closed = false;

  constructor(
    private readonly databasePath: string,
    readonly size: number,
    private readonly idleMs = IDLE_MS,
  ) {}

  /**
   * The statement's rows; rejects with `timedOut()` (after killing the process)
   * if it runs longer than `timeLimitMs`, or with `gone.error()` as soon as its
   * client goes away. Starting a process does not count.
   */
  async run(sql: string, params: unknown[], timeLimitMs: number, timedOut: () => Error, gone?: ClientGone): Promise<unknown[]> {
    if (this.closed) throw new Error('The SQLite reader pool is closed');
    const child = await this.take();
    // Gone while the process started: park it unused rather than kill a process that ran nothing.
    if (gone?.signal.aborted) {
      this.park(child);
      throw gone.error();
    }
    const reply = nextReply(child, timeLimitMs, timedOut, gone);
    child.send({ sql, params });
    const answer = await reply;
    this.park(child);
    const error = failure(answer);
    if (error) throw error;
    return 'rows' in answer ? answer.rows : [];
  }

  /** Ends every parked process; a running one ends when its statement does (or is killed at its limit). */
  close(): void {
    this.closed = true;
    for (const { child, timer } of this.parked.splice(0)) {
      clearTimeout(timer);
      child.kill('SIGKILL');
    }
  }

  private async take(): Promise<ChildProcess> {
    for (let parked = this.parked.pop(); parked; parked = this.parked.pop()) {
      clearTimeout(parked.timer);
      if (parked.child.exitCode === null && parked.child.signalCode === null && parked.child.connected) {
        parked.child.ref();
        parked.child.channel?.ref();
        return parked.child;
      }
    }
    const child = fork(CHILD_FILE, [this.databasePath], { execArgv: CHILD_EXEC_ARGV, serialization: 'advanced' });
    everyChild.add(child);
    child.once('exit', () => everyChild.delete(child));
    const error = failure(await nextReply(child, START_TIMEOUT_MS, () => new Error('The SQLite reader process did not start in time')));
    if (error) {
      child.kill('SIGKILL');
      throw error;
    }
    return child;
  }

  private park(child: ChildProcess): void {
    if (this.closed) {
      child.kill('SIGKILL');
      return;
    }
    // Parked processes do not keep the API (or a test run) alive.
    child.unref();
    child.channel?.unref();
    const timer = setTimeout(() => {
      const at = this.parked.findIndex((p) => p.child === child);
      if (at >= 0) this.parked.splice(at, 1);
      child.kill('SIGKILL');
    }, this.idleMs);
    timer.unref();
    this.parked.push({ child, timer });
  }
}
