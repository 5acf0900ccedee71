/**
 * Creates an administrator: how a production install gets its first user.
 *   npm run create-admin -- --email someone@council.gov.uk --name "Their Name"
 * The password is read from the ADMIN_PASSWORD environment variable or, when
 * that is unset, from the first line of standard input (never from the command line,
 * where it would land in shell history).
 */
import 'reflect-metadata';
import { createInterface } from 'readline';
import { ConfigError, loadConfig } from '../config/config';
import { openDatabase } from '../db/data-source';
import { ensureReferenceData } from '../reference/ensure-reference-data';
import { Role } from './role';
import { createUser } from './user.service';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function readPassword(): Promise<string> {
  // The one place outside config.ts that reads the environment: a secret for this command only.
  const fromEnv = process.env.ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (process.stdin.isTTY) process.stderr.write('Password (at least 12 characters): ');
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

async function main() {
  const email = flag('email');
  const name = flag('name');
  if (!email || !name) {
    console.error('Usage: npm run create-admin -- --email someone@council.gov.uk --name "Their Name"   (password from ADMIN_PASSWORD or stdin)');
    process.exit(2);
  }
  const config = loadConfig();
  const password = await readPassword();
  const dataSource = await openDatabase(config.database);
  try {
    await ensureReferenceData(dataSource);
    // Audited with no actor: nobody is signed in when the first administrator is made.
    const user = await createUser(dataSource, { email, name, password, role: Role.ADMIN }, { actor: null });
    console.log(`Created administrator ${user.email}.`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
