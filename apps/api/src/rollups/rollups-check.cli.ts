/**
 * npm run rollups:check — compares every rollup with the base tables; exits 1
 * naming the differing cells (at most 50 listed), 0 when they agree.
 */
import 'reflect-metadata';
import { openDatabase } from '../db/data-source';
import { OperationError } from '../operations/operation-error';
import { runCommand, UsageError } from '../operations/cli';
import { checkRollups } from './rollup-check';

const SHOWN = 50;

runCommand('rollups:check', 'npm run rollups:check', async (config) => {
  if (process.argv.length > 2) throw new UsageError(`unexpected argument '${process.argv[2]}'`);
  const dataSource = await openDatabase(config.database);
  try {
    const differences = await checkRollups(dataSource);
    if (!differences.length) {
      console.log('The rollups match the contacts.');
      return;
    }
    for (const d of differences.slice(0, SHOWN)) {
      console.log(`${d.table} ${d.cell}: expected ${d.expected ? JSON.stringify(d.expected) : 'no row'}, found ${d.actual ? JSON.stringify(d.actual) : 'no row'}`);
    }
    if (differences.length > SHOWN) console.log(`… and ${differences.length - SHOWN} more.`);
    throw new OperationError(`${differences.length} rollup cell(s) differ from the contacts: run npm run rollups:rebuild`);
  } finally {
    await dataSource.destroy();
  }
});
