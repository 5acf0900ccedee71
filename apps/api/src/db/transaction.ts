/**
 * Every write goes through inTransaction, so writes never interleave on SQLite.
 *
 * TypeORM's SQLite drivers share one connection and one query runner: a second
 * `transaction()` started while another is awaiting becomes a SAVEPOINT inside
 * the first, so one request's ROLLBACK or COMMIT would end the other's work.
 * Here SQLite transactions queue one after another per data source. On MySQL /
 * MariaDB each transaction has its own pooled connection and runs at once; the
 * conditional UPDATE's row lock decides between concurrent writers.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { awayFromTurn } from '../request-turns/request-turn';

const queues = new WeakMap<DataSource, Promise<unknown>>();

function sharesOneConnection(dataSource: DataSource): boolean {
  return dataSource.options.type === 'better-sqlite3';
}

/** Runs `work` in a transaction. Never call it from inside another: on SQLite the inner one would wait forever. */
export function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (!sharesOneConnection(dataSource)) return dataSource.transaction(work);
  // The queue's tail never rejects, so one failed write does not stop the next. A writer waiting for the one
  // before it gives its request's place up (request-turns/): the one before may need a place to finish.
  const before = queues.get(dataSource);
  const result = (before ? awayFromTurn(() => before) : Promise.resolve()).then(() => dataSource.transaction(work));
  queues.set(dataSource, result.catch(() => undefined));
  return result;
}
