/**
 * Keeps the rollups exact in the same transaction as every contact write.
 *
 * A TypeORM subscriber notes the months of the contacts each transaction
 * inserts, updates or removes, and just before COMMIT rewrites those months of
 * every rollup from `contact` (DELETE + INSERT … SELECT … GROUP BY for the
 * month, which the contact's trend index serves). Recomputing rather than
 * adding deltas keeps the rollup exact whatever the write did, and needs no
 * "before" image of the rows a bulk UPDATE changed.
 *
 * MySQL/MariaDB: the INSERT … SELECT reads `contact` with shared locks (the
 * newest committed rows, not the transaction's snapshot), so it would wait on
 * another writer's uncommitted contact, which may in turn wait for us: a
 * deadlock. So every transaction that writes `contact` first locks the one row of
 * `rollup_lock` (FOR UPDATE), before its first contact write: contact writers
 * queue there, none holds a contact row lock another lock-holder needs, and the
 * recompute sees every committed contact of its months. Writers already queue per
 * financial year on the reference counter; this extends the queue to all contact
 * writes, for the few milliseconds from their first contact write to COMMIT.
 * SQLite runs one write transaction at a time anyway, and takes no lock.
 *
 * Writers that change rollup columns with a bulk UPDATE (no entity loaded, so
 * no month known) must name the rows' months first with noteContactMonths;
 * if none did, every month is recomputed (exact, slower). Raw SQL writers that
 * bypass entity events call refreshRollupMonths themselves (as they call
 * bumpDataVersions).
 */
import {
  EventSubscriber,
  type EntityManager,
  type EntitySubscriberInterface,
  type FindOptionsWhere,
  type InsertEvent,
  type QueryRunner,
  type RemoveEvent,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
  type UpdateEvent,
} from 'typeorm';
import { Contact } from '../contacts/contact.entity';
import { REFRESH_ORDER, ROLLUP_LOCK_TABLE, SOURCE_COLUMNS } from './rollup-definitions';
import { rollupRefreshStatements } from './rollup-sql';

interface Pending {
  months: Set<string>;
  all: boolean;
  locked: boolean;
  /** noteContactMonths named the months of the bulk UPDATEs to come. */
  hinted: boolean;
}

const pending = new WeakMap<QueryRunner, Pending>();

function stateOf(runner: QueryRunner): Pending {
  let state = pending.get(runner);
  if (!state) pending.set(runner, (state = { months: new Set(), all: false, locked: false, hinted: false }));
  return state;
}

const isMysql = (runner: QueryRunner) => runner.connection.options.type === 'mysql' || runner.connection.options.type === 'mariadb';

/** Rewrites `months` (or every month) of every rollup from `contact`, on the runner's connection. */
export async function refreshRollupMonths(runner: QueryRunner, months: Iterable<string> | 'all'): Promise<void> {
  if (months === 'all') {
    for (const definition of REFRESH_ORDER) for (const sql of rollupRefreshStatements(definition, 'all')) await runner.query(sql);
    return;
  }
  const list = [...new Set(months)].sort();
  for (let i = 0; i < list.length; i += 200) {
    const chunk = list.slice(i, i + 200);
    for (const definition of REFRESH_ORDER) {
      for (const sql of rollupRefreshStatements(definition, chunk.length)) await runner.query(sql, chunk);
    }
  }
}

/** Takes the rollup writers' lock for the rest of the transaction (MySQL/MariaDB; nothing on SQLite). */
export async function lockRollups(runner: QueryRunner): Promise<void> {
  if (!isMysql(runner) || !runner.isTransactionActive) return;
  const state = stateOf(runner);
  if (state.locked) return;
  state.locked = true;
  await runner.query(`SELECT id FROM ${ROLLUP_LOCK_TABLE} WHERE id = 1 FOR UPDATE`);
}

/**
 * Names the months of the contacts `where` matches as changed by this
 * transaction: call it before a bulk UPDATE of rollup columns (it also takes the
 * MySQL lock, before the UPDATE locks any contact row).
 */
export async function noteContactMonths(manager: EntityManager, where: FindOptionsWhere<Contact>): Promise<void> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('noteContactMonths needs the transaction manager');
  await lockRollups(runner);
  const rows = await manager.find(Contact, { select: { id: true, receivedMonth: true }, where });
  const state = stateOf(runner);
  for (const row of rows) state.months.add(row.receivedMonth);
  state.hinted = true;
}

/** Months recorded for this runner's transaction; refreshed at once when there is no transaction. */
async function changed(runner: QueryRunner, months: Array<string | undefined | null>, all: boolean): Promise<void> {
  const state = stateOf(runner);
  if (all) state.all = true;
  for (const month of months) if (month) state.months.add(month);
  if (!runner.isTransactionActive) await flush(runner);
}

async function flush(runner: QueryRunner): Promise<void> {
  const state = pending.get(runner);
  if (!state) return;
  const locked = state.locked && runner.isTransactionActive;
  pending.set(runner, { months: new Set(), all: false, locked, hinted: false });
  if (state.all) await refreshRollupMonths(runner, 'all');
  else if (state.months.size) await refreshRollupMonths(runner, state.months);
}

@EventSubscriber()
export class RollupSubscriber implements EntitySubscriberInterface<Contact> {
  listenTo() {
    return Contact;
  }

  beforeInsert(event: InsertEvent<Contact>) {
    return lockRollups(event.queryRunner);
  }

  beforeUpdate(event: UpdateEvent<Contact>) {
    return lockRollups(event.queryRunner);
  }

  beforeRemove(event: RemoveEvent<Contact>) {
    return lockRollups(event.queryRunner);
  }

  afterInsert(event: InsertEvent<Contact>) {
    return changed(event.queryRunner, [event.entity?.receivedMonth], !event.entity?.receivedMonth);
  }

  afterUpdate(event: UpdateEvent<Contact>) {
    const values = (event.entity ?? {}) as Partial<Contact>;
    if (event.databaseEntity) return changed(event.queryRunner, [event.databaseEntity.receivedMonth, values.receivedMonth], false);
    // A bulk UPDATE: only its SET values are known.
    if (!Object.keys(values).some((column) => SOURCE_COLUMNS.has(column))) return;
    return changed(event.queryRunner, [], !stateOf(event.queryRunner).hinted);
  }

  afterRemove(event: RemoveEvent<Contact>) {
    const month = event.databaseEntity?.receivedMonth ?? event.entity?.receivedMonth;
    return changed(event.queryRunner, [month], !month);
  }

  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    await flush(event.queryRunner);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    if (!event.queryRunner.isTransactionActive) pending.delete(event.queryRunner);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    // To a savepoint: the months stay noted (recomputing one more is harmless).
    if (!event.queryRunner.isTransactionActive) pending.delete(event.queryRunner);
  }
}
