/**
 * npm run db:backup -- --out FILE [--from sqlite:PATH|mysql://…]
 * Backs up the configured database (or --from) while the API keeps serving.
 * Encrypted when BACKUP_KEY is set. In the container:
 *   node apps/api/dist/operations/backup.cli.js --out /backups/complaints-$(date +%F).backup
 */
import 'reflect-metadata';
import { resolve } from 'path';
import { backupDatabase } from './backup';
import { fileSize } from './backup-file';
import { databaseFromArgument, parseArguments, runCommand, UsageError } from './cli';
import { describeDatabase } from './database-tables';

const USAGE = 'npm run db:backup -- --out FILE [--from sqlite:PATH|mysql://…]   (encrypted when BACKUP_KEY is set)';

runCommand('db:backup', USAGE, async (config) => {
  const args = parseArguments(process.argv.slice(2), ['out', 'from']);
  if (args.positional.length) throw new UsageError(`unexpected argument '${args.positional[0]}'`);
  const out = args.flags.get('out');
  if (!out) throw new UsageError('name the file to write with --out');
  const from = args.flags.has('from') ? databaseFromArgument(args.flags.get('from')!) : config.database;
  const path = resolve(out);
  if (!config.backupKey) console.error('db:backup: BACKUP_KEY is not set, so this backup is not encrypted; it holds personal data: keep it somewhere only the team can read.');
  console.log(`Backing up ${describeDatabase(from)} (sessions are not kept: everyone signs in again after a restore).`);
  const header = await backupDatabase(from, path, config.backupKey, (line) => console.log(`  ${line}`));
  const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`Wrote ${path}: ${rows} rows in ${header.tables.length} tables, ${(await fileSize(path)).toLocaleString('en-GB')} bytes, schema ${header.migration}${header.encryption ? `, encrypted (key id ${header.encryption.keyId})` : ''}.`);
});
