/**
 * npm run db:copy -- --from sqlite:data/complaints.sqlite --to mysql://user:password@host:3306/complaints
 * Either side left out is the configured database (DATABASE_URL, else SQLITE_PATH).
 * In the container: node apps/api/dist/operations/db-copy.cli.js --from … --to …
 */
import 'reflect-metadata';
import { databaseFromArgument, parseArguments, runCommand, UsageError } from './cli';
import { copyDatabase } from './db-copy';
import { describeDatabase } from './database-tables';

const USAGE = 'npm run db:copy -- [--from sqlite:PATH|mysql://…] [--to sqlite:PATH|mysql://…]   (a side left out is the configured database)';

runCommand('db:copy', USAGE, async (config) => {
  const args = parseArguments(process.argv.slice(2), ['from', 'to']);
  if (args.positional.length) throw new UsageError(`unexpected argument '${args.positional[0]}'`);
  if (!args.flags.has('from') && !args.flags.has('to')) throw new UsageError('name the database to copy to (--to) or from (--from)');
  const from = args.flags.has('from') ? databaseFromArgument(args.flags.get('from')!) : config.database;
  const to = args.flags.has('to') ? databaseFromArgument(args.flags.get('to')!) : config.database;
  console.log(`Copying ${describeDatabase(from)} into ${describeDatabase(to)} (sessions are not copied: everyone signs in again).`);
  const tables = await copyDatabase(from, to, (line) => console.log(`  ${line}`));
  const rows = tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`Copied ${rows} rows in ${tables.length} tables.`);
});
