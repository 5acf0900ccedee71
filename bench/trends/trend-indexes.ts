/**
 * For before/after numbers on the same data: reverts the AddTrendIndexes
 * migration (its own `down`), runs the work, and re-applies it (`up`). A marker
 * file records the reverted state, so a run killed halfway is repaired on the
 * next start instead of leaving a dataset without the indexes.
 */
import { existsSync, rmSync, writeFileSync } from 'fs';
import type { DataSource, MigrationInterface } from 'typeorm';

export const TREND_INDEX_MIGRATION = 'AddTrendIndexes';

function trendIndexMigration(dataSource: DataSource): MigrationInterface {
  const migration = dataSource.migrations.find((m) => (m.name ?? m.constructor.name).startsWith(TREND_INDEX_MIGRATION));
  if (!migration) throw new Error(`No ${TREND_INDEX_MIGRATION} migration in this build: nothing to compare against`);
  return migration;
}

async function apply(dataSource: DataSource, step: 'up' | 'down'): Promise<void> {
  const runner = dataSource.createQueryRunner();
  try {
    await trendIndexMigration(dataSource)[step](runner);
  } finally {
    await runner.release();
  }
}

/** Puts the indexes back if an earlier run stopped while they were reverted. */
export async function repairTrendIndexes(dataSource: DataSource, marker: string): Promise<void> {
  if (!existsSync(marker)) return;
  await apply(dataSource, 'up');
  rmSync(marker);
}

export async function withoutTrendIndexes<T>(dataSource: DataSource, marker: string, work: () => Promise<T>): Promise<T> {
  trendIndexMigration(dataSource);
  writeFileSync(marker, 'AddTrendIndexes reverted by bench:trends\n');
  await apply(dataSource, 'down');
  try {
    return await work();
  } finally {
    await apply(dataSource, 'up');
    rmSync(marker);
  }
}
