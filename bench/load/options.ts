/** Command-line options of `npm run bench:load`. */
import { parseArgs } from 'util';
import type { Dialect } from '../trends/options';
import type { MixName } from './mix';

export interface LoadOptions {
  contacts: number;
  clients: number;
  seconds: number;
  dialect: Dialect;
  mysqlUrl: string;
  /** Run with the API's result cache off (RESULT_CACHE=off), so only the rollups and the database answer. */
  noCache: boolean;
  /** API processes, each on its own port, the clients spread over them (MySQL/MariaDB only; Redis shared). */
  processes: number;
  mix: MixName;
  /** A request unanswered after this long counts as an error (autocannon's timeout). */
  timeoutSeconds: number;
  /** Generate the dataset again even when a complete one of that size is kept. */
  rebuild: boolean;
  /** Extra environment for the API process, e.g. REDIS_URL=redis://127.0.0.1:6379. */
  apiEnv: Record<string, string>;
  /** Contacts the officer records per second beside the mix (0: none), with the rollup lock measured on MySQL. */
  contactWrites: number;
  json: boolean;
  out: string | null;
}

export const USAGE = `npm run bench:load -- [options]      (add -s before run with --json: npm prints a banner on stdout)
  --contacts N           dataset size, shared with bench:trends (default 1000000; built if not kept yet)
  --clients N            concurrent clients, each signed in as its own analyst (default 50)
  --seconds N            length of the measured run (default 60)
  --dialect mysql|sqlite database (default mysql)
  --mysql-url URL        MariaDB/MySQL server (default mysql://root@127.0.0.1:3306/)
  --no-cache             start the API with RESULT_CACHE=off (the result cache off for the run)
  --processes N          API processes, 1–8 (default 1; MySQL/MariaDB only). With more than one they share
                         REDIS_URL (redis://127.0.0.1:6379 unless --api-env sets it), with a key prefix of the run's own
  --mix full|trends      full: the five trend questions, report reads and learning-action updates (default);
                         trends: the five trend questions only (issue 11's "before" measurement)
  --timeout S            seconds before an unanswered request counts as an error (default 30)
  --rebuild              generate the dataset again even if one of that size is kept
  --api-env KEY=VALUE    extra environment for the API process (repeatable)
  --contact-writes N     also record N contacts a second (createContact, beside the mix) and, on MySQL/MariaDB,
                         measure how long each holds the rollup lock (default 0; the contacts stay in the dataset)
  --json                 print one JSON object on stdout and nothing else (progress goes to stderr)
  --out FILE             also write the Markdown result to FILE`;

export class UsageError extends Error {}

/** More API processes than this only compete for the machine's cores with the database and the load generator. */
const MAX_PROCESSES = 8;

function wholeNumber(name: string, text: string | undefined, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number of at least ${min}, not '${text}'`);
  return n;
}

export function parseLoadOptions(argv: string[]): LoadOptions | 'help' {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  if (v.help) return 'help';
  if (v.dialect !== undefined && v.dialect !== 'mysql' && v.dialect !== 'sqlite') throw new UsageError('--dialect must be mysql or sqlite');
  if (v.mix !== undefined && v.mix !== 'full' && v.mix !== 'trends') throw new UsageError('--mix must be full or trends');
  const apiEnv: Record<string, string> = {};
  for (const pair of v['api-env'] ?? []) {
    const match = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(pair);
    if (!match) throw new UsageError(`--api-env takes KEY=VALUE, not '${pair}'`);
    apiEnv[match[1]] = match[2];
  }
  const processes = wholeNumber('processes', v.processes, 1, 1);
  if (processes > MAX_PROCESSES) throw new UsageError(`--processes must be at most ${MAX_PROCESSES}`);
  if (processes > 1 && v.dialect === 'sqlite') {
    throw new UsageError('--processes above 1 needs --dialect mysql: the embedded SQLite default is one API process (docs/scaling.md)');
  }
  return {
    contacts: wholeNumber('contacts', v.contacts, 1_000_000, 1000),
    clients: wholeNumber('clients', v.clients, 50, 1),
    seconds: wholeNumber('seconds', v.seconds, 60, 1),
    dialect: (v.dialect ?? 'mysql') as Dialect,
    mysqlUrl: v['mysql-url'] ?? 'mysql://root@127.0.0.1:3306/',
    noCache: v['no-cache'] ?? false,
    processes,
    mix: (v.mix ?? 'full') as MixName,
    timeoutSeconds: wholeNumber('timeout', v.timeout, 30, 1),
    rebuild: v.rebuild ?? false,
    apiEnv,
    contactWrites: wholeNumber('contact-writes', v['contact-writes'], 0, 0),
    json: v.json ?? false,
    out: v.out ?? null,
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      contacts: { type: 'string' },
      clients: { type: 'string' },
      seconds: { type: 'string' },
      dialect: { type: 'string' },
      'mysql-url': { type: 'string' },
      'no-cache': { type: 'boolean' },
      processes: { type: 'string' },
      mix: { type: 'string' },
      timeout: { type: 'string' },
      rebuild: { type: 'boolean' },
      'api-env': { type: 'string', multiple: true },
      'contact-writes': { type: 'string' },
      json: { type: 'boolean' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
