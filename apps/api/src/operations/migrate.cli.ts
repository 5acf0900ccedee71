/**
 * Runs the pending migrations on the configured database and exits: the step
 * an upgrade runs once, before any new API process starts (compose.yaml's
 * `migrate` service; docs/deploy.md). In the container: node apps/api/dist/operations/migrate.cli.js
 */
import 'reflect-metadata';
import { createDataSource } from '../db/data-source';
import { runCommand, UsageError } from './cli';
import { describeDatabase } from './database-tables';
import { OperationError } from './operation-error';

runCommand('migrate', 'node apps/api/dist/operations/migrate.cli.js', async (config) => {
  if (process.argv.length > 2) throw new UsageError(`unexpected argument '${process.argv[2]}'`);
  let dataSource;
  try {
    dataSource = await createDataSource(config.database);
    await dataSource.initialize();
  } catch (error) {
    throw new OperationError(`cannot open ${describeDatabase(config.database)}: ${(error as { code?: string }).code ?? (error as Error).message}`);
  }
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    console.log(ran.length ? `Ran ${ran.length} migrations on ${describeDatabase(config.database)}: ${ran.map((m) => m.name).join(', ')}.` : `${describeDatabase(config.database)} is up to date.`);
  } finally {
    await dataSource.destroy();
  }
});
