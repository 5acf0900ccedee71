/** Saving social care activity figures: one row per financial year, replaced when saved again. */
import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../db/transaction';
import { ServiceActivity } from './service-activity.entity';
import type { ServiceActivityFigures } from './service-activity-validation';

/** Inserts or replaces each year's figures in the caller's transaction. */
export async function upsertServiceActivity(manager: EntityManager, figures: ServiceActivityFigures[]): Promise<ServiceActivity[]> {
  const saved: ServiceActivity[] = [];
  for (const { financialYear, ...counts } of figures) {
    const existing = await manager.findOne(ServiceActivity, { where: { financialYear }, lock: lockFor(manager) });
    if (existing) {
      await manager.update(ServiceActivity, { id: existing.id }, counts);
      saved.push(Object.assign(existing, counts));
    } else {
      saved.push(await manager.save(manager.create(ServiceActivity, { financialYear, ...counts })));
    }
  }
  return saved;
}

// MySQL/MariaDB: lock the year's row so two saves of one year do not both insert. SQLite writes one transaction at a time.
function lockFor(manager: EntityManager): { mode: 'pessimistic_write' } | undefined {
  return manager.connection.options.type === 'better-sqlite3' ? undefined : { mode: 'pessimistic_write' };
}

/** Saves every year's figures, or none. */
export function saveServiceActivity(dataSource: DataSource, figures: ServiceActivityFigures[]): Promise<ServiceActivity[]> {
  return inTransaction(dataSource, (manager) => upsertServiceActivity(manager, figures));
}

/** Every year's figures, newest year first (or one year's). */
export function listServiceActivity(dataSource: DataSource, financialYear?: string | null): Promise<ServiceActivity[]> {
  return dataSource.getRepository(ServiceActivity).find({ where: financialYear ? { financialYear } : {}, order: { financialYear: 'DESC' } });
}
