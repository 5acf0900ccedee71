/**
 * Bumps the version of each kind of data a transaction wrote, as the last
 * statement before its COMMIT: a TypeORM subscriber, so every write path
 * (GraphQL, CSV imports, reference admin, the demo loader, CLIs, ones added
 * later) bumps it without having to remember to. A transaction of 50,000
 * imported rows costs one UPDATE; a rolled-back one costs nothing. A write
 * outside a transaction bumps at once, before its caller carries on.
 *
 * Raw SQL (`manager.query`) is invisible here: code that changes aggregated
 * data that way must call bumpDataVersions itself, in its transaction.
 */
import {
  EventSubscriber,
  type DataSource,
  type EntityManager,
  type EntitySubscriberInterface,
  type InsertEvent,
  type QueryRunner,
  type RecoverEvent,
  type RemoveEvent,
  type SoftRemoveEvent,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
  type UpdateEvent,
} from 'typeorm';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { invalidateReferenceCatalog } from '../reference/reference-catalog';
import { KIND_OF_TABLE, type DataKind } from './data-kinds';
import { DataVersion } from './data-version.entity';
import { pickSlot, slotRowName } from './version-slots';

/**
 * Adds one to each kind's version: to one slot of each (version-slots.ts), the same slot for every kind, in one
 * statement (rows locked in key order, so concurrent bumps cannot deadlock). `slot` for tests; random otherwise.
 */
export async function bumpDataVersions(manager: EntityManager, kinds: readonly DataKind[], slot = pickSlot()): Promise<void> {
  if (!kinds.length) return;
  const unique = [...new Set(kinds)];
  const affected = await bumpRows(manager, unique.map((kind) => slotRowName(kind, slot)));
  // A slot's row missing (a database migrated by hand, or restored from before slots): the kind's own row, which
  // every database has, instead. Bumping a kind twice only moves its version on by two.
  if (slot !== 0 && affected !== undefined && affected < unique.length) await bumpRows(manager, unique);
}

/** Rows locked in key order (sorted here), so concurrent bumps cannot deadlock. */
async function bumpRows(manager: EntityManager, names: string[]): Promise<number | undefined> {
  const column = manager.connection.driver.escape('version');
  const result = await manager
    .createQueryBuilder()
    .update(DataVersion)
    .set({ version: () => `${column} + 1`, updatedAt: new Date() })
    .where('name IN (:...names)', { names: [...names].sort() })
    .callListeners(false)
    .execute();
  return result.affected;
}

const rollbacks = new WeakMap<object, number>();

/**
 * How many transactions that wrote versioned data have rolled back on this data
 * source. On SQLite every read on the API's one connection sees an open
 * transaction's rows, so a figure worked out while this number changed may
 * include rows that never committed, and is not kept (result-cache).
 */
export function rolledBackWrites(dataSource: DataSource): number {
  return rollbacks.get(dataSource) ?? 0;
}

@EventSubscriber()
export class DataVersionSubscriber implements EntitySubscriberInterface {
  /** The kinds each open transaction has written. */
  private readonly dirty = new WeakMap<QueryRunner, Set<DataKind>>();

  private async changed(event: { metadata: EntityMetadata; queryRunner: QueryRunner; manager: EntityManager }): Promise<void> {
    const kind = KIND_OF_TABLE.get(event.metadata.target);
    if (!kind) return;
    if (!event.queryRunner.isTransactionActive) return bumpDataVersions(event.manager, [kind]);
    let kinds = this.dirty.get(event.queryRunner);
    if (!kinds) this.dirty.set(event.queryRunner, (kinds = new Set()));
    kinds.add(kind);
  }

  afterInsert(event: InsertEvent<unknown>) {
    return this.changed(event);
  }

  afterUpdate(event: UpdateEvent<unknown>) {
    return this.changed(event);
  }

  afterRemove(event: RemoveEvent<unknown>) {
    return this.changed(event);
  }

  afterSoftRemove(event: SoftRemoveEvent<unknown>) {
    return this.changed(event);
  }

  afterRecover(event: RecoverEvent<unknown>) {
    return this.changed(event);
  }

  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const kinds = this.dirty.get(event.queryRunner);
    if (!kinds) return;
    this.dirty.delete(event.queryRunner);
    await bumpDataVersions(event.queryRunner.manager, [...kinds]);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    // Rolled back to a savepoint: the transaction, and what it wrote before the savepoint, may still commit.
    if (event.queryRunner.isTransactionActive) return;
    const kinds = this.dirty.get(event.queryRunner);
    if (!kinds) return;
    this.dirty.delete(event.queryRunner);
    rollbacks.set(event.dataSource, rolledBackWrites(event.dataSource) + 1);
    // A catalog loaded meanwhile may hold the rolled-back names.
    if (kinds.has('reference_data')) invalidateReferenceCatalog(event.dataSource);
  }
}
