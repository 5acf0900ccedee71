/**
 * Generated references: a prefix naming the register and year (e.g. 'CS/2009/',
 * 'FOI/2010/') and a number of at least four digits, counted per prefix in the
 * reference_sequence row. The row is locked and bumped inside the caller's
 * transaction, so simultaneous saves on MySQL/MariaDB wait their turn for the
 * row instead of all reading the same "highest + 1" (on SQLite, writes are
 * already one at a time: db/transaction.ts).
 */
import type { EntityManager, EntityTarget } from 'typeorm';
import { canonicalReference } from './canonical-reference';

/** A table with a unique `reference` column that generated numbers must not collide with. */
export type ReferencedTable = EntityTarget<{ reference: string }>;

const LOOKUP_CHUNK = 500;
/** How many of the longest references to read when seeding (non-numeric ones such as CS/2009/0042-A sort among them). */
const SEED_CANDIDATES = 20;

export function formatReference(prefix: string, sequence: number): string {
  return `${prefix}${String(sequence).padStart(4, '0')}`;
}

/** The sequence number of a generated reference, or null for one typed in another form. */
export function sequenceOf(reference: string, prefix: string): number | null {
  const rest = reference.startsWith(prefix) ? reference.slice(prefix.length) : '';
  return /^\d+$/.test(rest) ? Number(rest) : null;
}

function isMysql(manager: EntityManager): boolean {
  return manager.connection.options.type === 'mysql' || manager.connection.options.type === 'mariadb';
}

/**
 * Creates the prefix's row if it is missing and locks it until the transaction
 * ends; returns its last value (0 for a new row). On MySQL this is one
 * INSERT … ON DUPLICATE KEY UPDATE, which takes an exclusive lock whether or
 * not the row exists: SELECT … FOR UPDATE on a missing row (gap locks) or
 * INSERT IGNORE (shared locks) deadlock when several first saves race.
 */
async function lockCounter(manager: EntityManager, prefix: string): Promise<number> {
  const q = (name: string) => manager.connection.driver.escape(name);
  const [table, key, value] = [q('reference_sequence'), q('prefix'), q('lastValue')];
  const mysql = isMysql(manager);
  await manager.query(
    mysql
      ? `INSERT INTO ${table} (${key}, ${value}) VALUES (?, 0) ON DUPLICATE KEY UPDATE ${value} = ${value}`
      : `INSERT INTO ${table} (${key}, ${value}) VALUES (?, 0) ON CONFLICT (${key}) DO NOTHING`,
    [prefix],
  );
  const rows: Array<{ value: unknown }> = await manager.query(`SELECT ${value} AS value FROM ${table} WHERE ${key} = ?${mysql ? ' FOR UPDATE' : ''}`, [
    prefix,
  ]);
  return Number(rows[0].value);
}

async function storeCounter(manager: EntityManager, prefix: string, lastValue: number): Promise<void> {
  const q = (name: string) => manager.connection.driver.escape(name);
  await manager.query(`UPDATE ${q('reference_sequence')} SET ${q('lastValue')} = ? WHERE ${q('prefix')} = ?`, [lastValue, prefix]);
}

/** The highest number already used with the prefix (longest first, so CS/2009/10000 beats CS/2009/9999). */
async function highestSequence(manager: EntityManager, table: ReferencedTable, prefix: string): Promise<number> {
  const rows = await manager
    .getRepository(table)
    .createQueryBuilder('t')
    .select('t.reference', 'reference')
    // '!' escapes LIKE wildcards the same way on both dialects.
    .where("t.reference LIKE :prefix ESCAPE '!'", { prefix: `${prefix.replace(/[%_!]/g, '!$&')}%` })
    .orderBy('LENGTH(t.reference)', 'DESC')
    .addOrderBy('t.reference', 'DESC')
    .limit(SEED_CANDIDATES)
    .getRawMany<{ reference: string }>();
  return Math.max(0, ...rows.map((r) => sequenceOf(canonicalReference(r.reference), prefix) ?? 0));
}

async function referencesInUse(manager: EntityManager, table: ReferencedTable, candidates: string[]): Promise<Set<string>> {
  const inUse = new Set<string>();
  for (let i = 0; i < candidates.length; i += LOOKUP_CHUNK) {
    const rows = await manager
      .getRepository(table)
      .createQueryBuilder('t')
      .select('t.reference', 'reference')
      .where('t.reference IN (:...references)', { references: candidates.slice(i, i + LOOKUP_CHUNK) })
      .getRawMany<{ reference: string }>();
    for (const r of rows) inUse.add(canonicalReference(r.reference));
  }
  return inUse;
}

/**
 * Hands out `count` new references with the prefix, inside the caller's
 * transaction. A prefix's counter starts from the highest reference already
 * saved with it, and numbers already taken — in `taken` (e.g. given explicitly
 * in the same import; added to as numbers are handed out) or saved with an
 * explicit reference — are skipped.
 */
export async function allocateReferences(
  manager: EntityManager,
  table: ReferencedTable,
  prefix: string,
  count: number,
  taken: Set<string>,
): Promise<string[]> {
  if (count <= 0) return [];
  let last = await lockCounter(manager, prefix);
  if (last === 0) last = await highestSequence(manager, table, prefix);
  const result: string[] = [];
  while (result.length < count) {
    const candidates: string[] = [];
    while (candidates.length < count - result.length) {
      last += 1;
      const candidate = formatReference(prefix, last);
      if (!taken.has(candidate)) candidates.push(candidate);
    }
    const inUse = await referencesInUse(manager, table, candidates);
    for (const candidate of candidates.filter((c) => !inUse.has(c))) {
      result.push(candidate);
      taken.add(candidate);
    }
    // Numbers typed in explicitly can lie ahead of the counter: jump past them at once.
    if (inUse.size) last = Math.max(last, await highestSequence(manager, table, prefix));
  }
  await storeCounter(manager, prefix, last);
  return result;
}
