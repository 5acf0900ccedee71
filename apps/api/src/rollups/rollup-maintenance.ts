/**
 * Keeps the rollups exact in the same transaction as every contact write.
 *
 * A TypeORM subscriber notes, for each contact a transaction inserts, saves or
 * removes, the rollup cells it was in and is now in (month + the rollup's keys),
 * and just before COMMIT rewrites those cells from `contact` (DELETE + INSERT …
 * SELECT … GROUP BY over the cell's contacts, which the contact's trend indexes
 * find). Recomputing rather than adding deltas keeps the rollup exact whatever
 * the write did; recomputing cells rather than months keeps it to a few
 * milliseconds however many contacts the month holds (a whole month of every
 * rollup took about a second at a million contacts). A save that changes no
 * column a rollup reads touches nothing.
 *
 * Writes whose rows are not known (a bulk UPDATE, no entity loaded) recompute
 * whole months: the months noteContactMonths named first, or every month (exact,
 * slower). Raw SQL writers that bypass entity events call refreshRollupMonths
 * themselves (as they call bumpDataVersions).
 *
 * MySQL/MariaDB: the INSERT … SELECT reads `contact` with shared locks (the
 * newest committed rows, not the transaction's snapshot), so it would wait on
 * another writer's uncommitted contact, which may in turn wait for us: a
 * deadlock. So every transaction that writes `contact` first locks the one row of
 * `rollup_lock` (FOR UPDATE), before its first contact write: contact writers
 * queue there, none holds a contact row lock another lock-holder needs, and the
 * recompute sees every committed contact of its cells. It also makes the row
 * numbers a cell takes (the month's highest + 1) safe. Writers already queue per
 * financial year on the reference counter; this extends the queue to all contact
 * writes, from their first contact write to COMMIT.
 * SQLite runs one write transaction at a time anyway, and takes no lock.
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
import { REFRESH_ORDER, ROLLUP_LOCK_TABLE, ROLLUPS, SOURCE_COLUMNS } from './rollup-definitions';
import { rollupCellStatements, rollupRefreshStatements, type RollupCell } from './rollup-sql';

interface Pending {
  /** Months to recompute whole. */
  months: Set<string>;
  /** Cells to recompute, by rollup table and then by month and key values. */
  cells: Map<string, Map<string, RollupCell>>;
  all: boolean;
  locked: boolean;
  /** noteContactMonths named the months of the bulk UPDATEs to come. */
  hinted: boolean;
}

const pending = new WeakMap<QueryRunner, Pending>();

function stateOf(runner: QueryRunner): Pending {
  let state = pending.get(runner);
  if (!state) pending.set(runner, (state = { months: new Set(), cells: new Map(), all: false, locked: false, hinted: false }));
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
  pending.set(runner, { months: new Set(), cells: new Map(), all: false, locked, hinted: false });
  if (state.all) return refreshRollupMonths(runner, 'all');
  if (state.months.size) await refreshRollupMonths(runner, state.months);
  // Parents before the rollups derived from them.
  for (const definition of REFRESH_ORDER) {
    for (const cell of state.cells.get(definition.table)?.values() ?? []) {
      if (state.months.has(cell.month)) continue;
      const statements = rollupCellStatements(definition, cell);
      await runner.query(statements.delete.sql, statements.delete.params);
      const [{ lastRow }] = (await runner.query(statements.lastRow.sql, statements.lastRow.params)) as Array<{ lastRow: number | string }>;
      const insert = statements.insert(Number(lastRow));
      await runner.query(insert.sql, insert.params);
    }
  }
}

type ContactValues = Partial<Record<string, unknown>>;

/** The contact's cell in each rollup (none in a histogram for a contact not responded to); null if a value is not known. */
function cellsOf(contact: ContactValues): Array<[string, RollupCell]> | null {
  const month = contact.receivedMonth;
  if (typeof month !== 'string' || !month) return null;
  const cells: Array<[string, RollupCell]> = [];
  for (const definition of ROLLUPS) {
    const values = definition.keys.map((key) => contact[key]);
    // Not loaded or not yet set (a database default): the month is recomputed whole instead.
    if (values.some((v) => v === undefined)) return null;
    if (definition.histogram && contact.workingDaysToResponse === null) continue;
    cells.push([definition.table, { month, values: values as RollupCell['values'] }]);
  }
  return cells;
}

/** Notes the cells of each version of a contact (before and after the write) to recompute. */
async function changedRows(runner: QueryRunner, versions: ContactValues[]): Promise<void> {
  const state = stateOf(runner);
  for (const version of versions) {
    const cells = cellsOf(version);
    if (!cells) {
      const month = version.receivedMonth;
      await changed(runner, [typeof month === 'string' ? month : null], typeof month !== 'string' || !month);
      continue;
    }
    for (const [table, cell] of cells) {
      let byKey = state.cells.get(table);
      if (!byKey) state.cells.set(table, (byKey = new Map()));
      byKey.set(JSON.stringify([cell.month, ...cell.values]), cell);
    }
  }
  if (!runner.isTransactionActive) await flush(runner);
}

/** The row after a save: the values it set over those it had. */
function afterSave(before: ContactValues, set: ContactValues): ContactValues {
  const after: ContactValues = { ...before };
  for (const column of SOURCE_COLUMNS) if (set[column] !== undefined) after[column] = set[column];
  return after;
}

const sameValue = (a: unknown, b: unknown) => (a ?? null) === (b ?? null) || String(a ?? null) === String(b ?? null);

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
    return changedRows(event.queryRunner, [(event.entity ?? {}) as unknown as ContactValues]);
  }

  afterUpdate(event: UpdateEvent<Contact>) {
    const values = (event.entity ?? {}) as Partial<Contact>;
    if (event.databaseEntity) {
      const before = event.databaseEntity as unknown as ContactValues;
      const after = afterSave(before, values as ContactValues);
      // Nothing a rollup counts has changed (a note, a complainant's details): no cell moves or changes.
      if ([...SOURCE_COLUMNS].every((column) => sameValue(before[column], after[column]))) return;
      return changedRows(event.queryRunner, [before, after]);
    }
    // A bulk UPDATE: only its SET values are known.
    if (!Object.keys(values).some((column) => SOURCE_COLUMNS.has(column))) return;
    return changed(event.queryRunner, [], !stateOf(event.queryRunner).hinted);
  }

  afterRemove(event: RemoveEvent<Contact>) {
    return changedRows(event.queryRunner, [(event.databaseEntity ?? event.entity ?? {}) as unknown as ContactValues]);
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
