/**
 * Keeps the rollups exact in the same transaction as every contact write.
 *
 * A TypeORM subscriber notes, for each contact a transaction inserts, saves or
 * removes, the rollup cells it was in and is now in (month + the rollup's keys;
 * a histogram cell only for a contact responded to), and just before COMMIT
 * rewrites those cells from `contact`: DELETE the cell's row, then INSERT …
 * SELECT … GROUP BY over the cell's contacts (found through the contact's trend
 * indexes) under the month's next row numbers. Recomputing rather than adding
 * deltas keeps the rollup exact whatever the write did; recomputing cells rather
 * than months keeps it to a few milliseconds however many contacts the month
 * holds (a whole month of every rollup took about a second at a million
 * contacts). A save that changes no column a rollup reads touches nothing.
 *
 * Bulk UPDATEs have no entity to read cells from: noteContactRows, called
 * before them, names their contacts, whose cells are read before the UPDATE
 * and again at COMMIT. A bulk UPDATE of a rolled-up column nobody named
 * rewrites every month (exact, slower). A month with more cells than a
 * whole-month rewrite costs (a large import) is rewritten whole, and its cells
 * skipped. Raw SQL writers that bypass entity events call refreshRollupMonths
 * themselves (as they call bumpDataVersions).
 *
 * MySQL/MariaDB: the INSERT … SELECT reads `contact` with shared locks (the
 * newest committed rows, not the transaction's snapshot), so it would wait on
 * another writer's uncommitted contact, which may in turn wait for us: a
 * deadlock. And a cell's new row takes the month's highest row number + 1, which
 * two writers of one month would both take. So every transaction that writes
 * `contact` first locks the one row of `rollup_lock` (FOR UPDATE), before its
 * first contact write: contact writers queue there, none holds a contact row
 * lock another lock-holder needs, the recompute sees every committed contact of
 * its cells, and the row number read is still free when it is used. Writers
 * already queue per financial year on the reference counter; this extends the
 * queue to all contact writes, from their first contact write to COMMIT — now a
 * few milliseconds of rollup work rather than a month's recompute, so the lock
 * is kept (finer locks would have to be taken in one order by every writer, for
 * little gain).
 * SQLite runs one write transaction at a time anyway, and takes no lock.
 */
import {
  EventSubscriber,
  In,
  type EntityManager,
  type EntitySubscriberInterface,
  type FindOptionsSelect,
  type FindOptionsWhere,
  type InsertEvent,
  type QueryRunner,
  type RemoveEvent,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
  type UpdateEvent,
} from 'typeorm';
import { Contact } from '../contacts/contact.entity';
import { PERIOD_COLUMNS, REFRESH_ORDER, ROLLUP_LOCK_TABLE, ROLLUPS, SOURCE_COLUMNS } from './rollup-definitions';
import { rollupCellStatements, rollupRefreshStatements, type RollupCell } from './rollup-sql';

/**
 * Rewriting a cell costs about as much as rewriting this many of its month's contacts with the month (MariaDB,
 * 100,000 contacts: the 6 rollups' cells of one contact took about 6 ms, its whole month of 830 contacts 42 ms).
 * A month with more cells than that (an import) is rewritten whole.
 */
const CONTACTS_PER_CELL = 20;
/** Up to this many cells in a month (a few contacts' writes) are rewritten one by one without asking. */
const FEW_CELLS = 24;

interface Pending {
  /** Months to recompute whole. */
  months: Set<string>;
  /** Cells to recompute, by rollup table and then by month and key values. */
  cells: Map<string, Map<string, RollupCell>>;
  /** Contacts named before a bulk UPDATE: their cells as the UPDATE left them are read at COMMIT. */
  named: Set<number>;
  all: boolean;
  locked: boolean;
  /** noteContactRows named the contacts of the bulk UPDATEs to come. */
  hinted: boolean;
}

const pending = new WeakMap<QueryRunner, Pending>();

const fresh = (locked: boolean): Pending => ({ months: new Set(), cells: new Map(), named: new Set(), all: false, locked, hinted: false });

function stateOf(runner: QueryRunner): Pending {
  let state = pending.get(runner);
  if (!state) pending.set(runner, (state = fresh(false)));
  return state;
}

const isMysql = (runner: QueryRunner) => runner.connection.options.type === 'mysql' || runner.connection.options.type === 'mariadb';

/** The contact columns that place a contact in its cells: the periods (the quarter and year let an area cell seek its index) and every rollup's keys. */
const CELL_COLUMNS = [...new Set([...PERIOD_COLUMNS, ...ROLLUPS.flatMap((d) => d.keys)])];
const CELL_SELECT = Object.fromEntries(['id', ...CELL_COLUMNS].map((c) => [c, true])) as FindOptionsSelect<Contact>;
/** A rollup counting every contact once per month: the smallest. */
const SIZE_ROLLUP = ROLLUPS.find((d) => !d.histogram)!.table;

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
 * Names the contacts `where` matches as changed by this transaction: call it
 * before a bulk UPDATE of rollup columns (it also takes the MySQL lock, before
 * the UPDATE locks any contact row). Their cells are noted now and read again at
 * COMMIT, so an UPDATE that moves them to other cells (even another month) is
 * followed.
 */
export async function noteContactRows(manager: EntityManager, where: FindOptionsWhere<Contact>): Promise<void> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('noteContactRows needs the transaction manager');
  await lockRollups(runner);
  const rows = await manager.find(Contact, { select: CELL_SELECT, where });
  const state = stateOf(runner);
  state.hinted = true;
  noteVersions(state, rows as unknown as ContactValues[]);
  for (const row of rows) state.named.add(row.id);
}

/** Every month recomputed at COMMIT (a bulk UPDATE nobody named); at once when there is no transaction. */
async function changedEverywhere(runner: QueryRunner): Promise<void> {
  stateOf(runner).all = true;
  if (!runner.isTransactionActive) await flush(runner);
}

async function flush(runner: QueryRunner): Promise<void> {
  const state = pending.get(runner);
  if (!state) return;
  pending.set(runner, fresh(state.locked && runner.isTransactionActive));
  if (state.all) return refreshRollupMonths(runner, 'all');
  // The named contacts as the bulk UPDATEs left them (one that was removed since has no cell left to add).
  const named = [...state.named];
  for (let i = 0; i < named.length; i += 500) {
    const rows = await runner.manager.find(Contact, { select: CELL_SELECT, where: { id: In(named.slice(i, i + 500)) } });
    noteVersions(state, rows as unknown as ContactValues[]);
  }
  await wholeWhereCheaper(runner, state);
  if (state.months.size) await refreshRollupMonths(runner, state.months);
  // Parents before the rollups derived from them.
  for (const definition of REFRESH_ORDER) {
    for (const cell of state.cells.get(definition.table)?.values() ?? []) {
      // Already rewritten with its whole month.
      if (state.months.has(cell.month)) continue;
      const statements = rollupCellStatements(definition, cell, isMysql(runner));
      await runner.query(statements.delete.sql, statements.delete.params);
      await runner.query(statements.insert.sql, statements.insert.params);
    }
  }
}

/** Adds to the months rewritten whole those with more cells to rewrite than the month has contacts to count (by CONTACTS_PER_CELL). */
async function wholeWhereCheaper(runner: QueryRunner, state: Pending): Promise<void> {
  const cells = new Map<string, number>();
  for (const byKey of state.cells.values()) for (const cell of byKey.values()) cells.set(cell.month, (cells.get(cell.month) ?? 0) + 1);
  const many = [...cells].filter(([month, count]) => count > FEW_CELLS && !state.months.has(month)).map(([month]) => month);
  if (!many.length) return;
  const sizes = new Map<string, number>();
  for (let i = 0; i < many.length; i += 200) {
    const chunk = many.slice(i, i + 200);
    // The month's contacts as last counted: the smallest rollup holds them.
    const rows = (await runner.query(
      `SELECT receivedMonth, SUM(contacts) AS contacts FROM ${SIZE_ROLLUP} WHERE receivedMonth IN (${chunk.map(() => '?').join(', ')}) GROUP BY receivedMonth`,
      chunk,
    )) as Array<{ receivedMonth: string; contacts: number | string }>;
    for (const row of rows) sizes.set(row.receivedMonth, Number(row.contacts));
  }
  for (const month of many) if (cells.get(month)! * CONTACTS_PER_CELL > (sizes.get(month) ?? 0)) state.months.add(month);
}

type ContactValues = Partial<Record<string, unknown>>;

/** The contact's cell in each rollup (none in a histogram for a contact not responded to); null if a value is not known. */
export function cellsOf(contact: ContactValues): Array<[string, RollupCell]> | null {
  const month = contact.receivedMonth;
  if (typeof month !== 'string' || !month) return null;
  const { receivedQuarter: quarter, receivedFinancialYear: financialYear } = contact;
  const periods = typeof quarter === 'string' && typeof financialYear === 'string' ? { periods: { quarter, financialYear } } : {};
  const cells: Array<[string, RollupCell]> = [];
  for (const definition of ROLLUPS) {
    const values = definition.keys.map((key) => contact[key]);
    // Not loaded or not yet set (a database default): the month is recomputed whole instead.
    if (values.some((v) => v === undefined)) return null;
    if (definition.histogram && contact.workingDaysToResponse === null) continue;
    cells.push([definition.table, { month, values: values as RollupCell['values'], ...periods }]);
  }
  return cells;
}

/** Notes the cells of each version of a contact (before and after a write), or its month (or every month) when they are not known. */
function noteVersions(state: Pending, versions: ContactValues[]): void {
  for (const version of versions) {
    const cells = cellsOf(version);
    if (!cells) {
      const month = version.receivedMonth;
      if (typeof month === 'string' && month) state.months.add(month);
      else state.all = true;
      continue;
    }
    for (const [table, cell] of cells) {
      let byKey = state.cells.get(table);
      if (!byKey) state.cells.set(table, (byKey = new Map()));
      byKey.set(JSON.stringify([cell.month, ...cell.values]), cell);
    }
  }
}

/** Notes the versions' cells; recomputes them at once when there is no transaction. */
async function changedRows(runner: QueryRunner, versions: ContactValues[]): Promise<void> {
  noteVersions(stateOf(runner), versions);
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
    // A bulk UPDATE: only its SET values are known. Contacts named beforehand are read again at COMMIT.
    if (!Object.keys(values).some((column) => SOURCE_COLUMNS.has(column))) return;
    if (stateOf(event.queryRunner).hinted) return event.queryRunner.isTransactionActive ? undefined : flush(event.queryRunner);
    return changedEverywhere(event.queryRunner);
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
    // To a savepoint: the cells stay noted (recomputing one more is harmless).
    if (!event.queryRunner.isTransactionActive) pending.delete(event.queryRunner);
  }
}
