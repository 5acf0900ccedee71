/**
 * npm run code:resync-clocks — once, after upgrading a database that recorded
 * Complaint Handling Code complaints before their response clock counted from
 * the acknowledgement (code-clock-resync.ts). Safe to run again.
 */
import 'reflect-metadata';
import { openDatabase } from '../db/data-source';
import { runCommand, UsageError } from '../operations/cli';
import { resyncCodeClocks } from './code-clock-resync';

runCommand('code:resync-clocks', 'npm run code:resync-clocks', async (config) => {
  if (process.argv.length > 2) throw new UsageError(`unexpected argument '${process.argv[2]}'`);
  const dataSource = await openDatabase(config.database);
  try {
    const result = await resyncCodeClocks(dataSource);
    console.log(
      `Checked ${result.codeContacts} Complaint Handling Code complaints: ${result.stage1ResponseDatesMoved} Stage 1 and ` +
        `${result.stage2RowsMoved} Stage 2 response due dates now count from the acknowledgement.`,
    );
  } finally {
    await dataSource.destroy();
  }
});
