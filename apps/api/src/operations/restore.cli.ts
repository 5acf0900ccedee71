/**
 * npm run db:restore -- FILE [--to sqlite:PATH|mysql://…]
 * Restores a backup into the configured database (or --to), which must have
 * no tables: it runs the migrations itself. BACKUP_KEY must be set for an
 * encrypted file. In the container: node apps/api/dist/operations/restore.cli.js FILE
 */
import 'reflect-metadata';
import { resolve } from 'path';
import { databaseFromArgument, parseArguments, runCommand, UsageError } from './cli';
import { describeDatabase } from './database-tables';
import { restoreDatabase } from './restore';

const USAGE = 'npm run db:restore -- FILE [--to sqlite:PATH|mysql://…]   (the target must have no tables; BACKUP_KEY for an encrypted file)';

runCommand('db:restore', USAGE, async (config) => {
  const args = parseArguments(process.argv.slice(2), ['to']);
  if (args.positional.length !== 1) throw new UsageError(args.positional.length ? 'name one backup file' : 'name the backup file to restore');
  const to = args.flags.has('to') ? databaseFromArgument(args.flags.get('to')!) : config.database;
  const path = resolve(args.positional[0]!);
  console.log(`Restoring ${path} into ${describeDatabase(to)}.`);
  const header = await restoreDatabase(path, to, config.backupKey, (line) => console.log(`  ${line}`));
  const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`Restored ${rows} rows in ${header.tables.length} tables, backed up from ${header.source.dialect} at ${header.createdAt}. Everyone signs in again.`);
});
