/**
 * npm run rollups:rebuild — recreates every rollup from the base tables (after
 * restoring an old backup, or when rollups:check finds a difference).
 */
import 'reflect-metadata';
import { openDatabase } from '../db/data-source';
import { runCommand, UsageError } from '../operations/cli';
import { rebuildRollups } from './rollup-check';

runCommand('rollups:rebuild', 'npm run rollups:rebuild', async (config) => {
  if (process.argv.length > 2) throw new UsageError(`unexpected argument '${process.argv[2]}'`);
  const dataSource = await openDatabase(config.database);
  try {
    const started = Date.now();
    await rebuildRollups(dataSource);
    console.log(`Rebuilt the rollups from the contacts in ${Date.now() - started} ms.`);
  } finally {
    await dataSource.destroy();
  }
});
