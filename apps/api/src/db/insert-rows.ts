import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * INSERT without TypeORM's read-back. After `manager.insert` into a table with
 * a default (a CreateDateColumn, say), TypeORM on MySQL runs a SELECT for the
 * generated values, inside the writer's transaction. Rows the request does not
 * read back need not pay that statement. Entity listeners still run, so the
 * data versions and rollups see the write.
 */
export async function insertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  values: QueryDeepPartialEntity<T> | QueryDeepPartialEntity<T>[],
): Promise<void> {
  await manager.createQueryBuilder().insert().into(target).values(values).updateEntity(false).execute();
}
