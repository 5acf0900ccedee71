/** Command-line options of `npm run bench:trends`. */
import { tmpdir } from 'os';
import { join } from 'path';

export type Dialect = 'mysql' | 'sqlite';

export interface BenchOptions {
  contacts: number;
  dialects: Dialect[];
  /** Use an already-generated dataset of the same size when there is one. */
  reuse: boolean;
  /** Drop the kept datasets (MariaDB database and SQLite directory) and stop. */
  clean: boolean;
  /** Also time every query with the AddTrendIndexes migration reverted ("before"). */
  compareIndexes: boolean;
  /** Time GraphQL against the built API in a child process (the default), or against the bench's own in-process server. */
  inProcess: boolean;
  /** Print the query plans of the engine's SQL and the raw SQL before timing. */
  explain: boolean;
  warmups: number;
  runs: number;
  /** Only the queries whose id contains one of these. */
  only: string[];
  /** Server URL (no database); the bench creates `bench_trends_<contacts>` on it. */
  mysqlUrl: string;
  /** Where the SQLite datasets and their metadata live. */
  workDir: string;
  /** Write the result tables (Markdown) here as well as to stdout. */
  out: string | null;
  /** Profile the child API's CPU (node --cpu-prof) into this directory; the profile is written when it stops. */
  cpuProfDir: string | null;
  /** Time the build under this root (its apps/api/dist/main.js) instead of this checkout's: before/after on one dataset. */
  apiRoot: string | null;
  /** Extra environment for the child API (--api-env KEY=VALUE, repeatable), e.g. GRAPHQL_JIT=off. */
  apiEnv: Record<string, string>;
}

const USAGE = `npm run bench:trends -- [options]
  --contacts N           dataset size (default 1000000; e.g. 100000 for a quick run)
  --dialect mysql|sqlite one dialect only (default: both)
  --reuse                reuse the kept dataset of that size if it is complete
  --compare-indexes      also time the queries with the AddTrendIndexes migration reverted
  --explain              print the query plans (engine SQL and raw SQL) first
  --in-process           time GraphQL on the bench's own in-process server (sharing its event loop with the
                         client) instead of the built API in a child process
  --runs N               timed runs per query and path (default 7)
  --warmups N            untimed runs first (default 2)
  --only a,b             only queries whose id contains a or b
  --mysql-url URL        MariaDB/MySQL server (default mysql://root@127.0.0.1:3306/)
  --out FILE             also write the result tables to FILE
  --cpu-prof DIR         profile the child API (node --cpu-prof) into DIR, written when the bench stops it
  --api-root DIR         time the built API under DIR (DIR/apps/api/dist/main.js, e.g. a copy of an earlier
                         build) instead of this checkout's; it loads its packages from this checkout
  --api-env KEY=VALUE    extra environment for the child API (repeatable), e.g. GRAPHQL_JIT=off
  --clean                drop the kept datasets and exit`;

export function parseOptions(argv: string[]): BenchOptions {
  const options: BenchOptions = {
    contacts: 1_000_000,
    dialects: ['mysql', 'sqlite'],
    reuse: false,
    clean: false,
    compareIndexes: false,
    inProcess: false,
    explain: false,
    warmups: 2,
    runs: 7,
    only: [],
    mysqlUrl: 'mysql://root@127.0.0.1:3306/',
    workDir: join(tmpdir(), 'complaints-bench-trends'),
    out: null,
    cpuProfDir: null,
    apiRoot: null,
    apiEnv: {},
  };
  const value = (i: number) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) fail(`${argv[i]} needs a value`);
    return v;
  };
  const count = (i: number, min: number) => {
    const n = Number(value(i));
    if (!Number.isInteger(n) || n < min) fail(`${argv[i]} must be a whole number of at least ${min}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    switch (argv[i]) {
      case '--contacts': options.contacts = count(i++, 1000); break;
      case '--dialect': {
        const d = value(i++);
        if (d !== 'mysql' && d !== 'sqlite') fail('--dialect must be mysql or sqlite');
        options.dialects = [d];
        break;
      }
      case '--reuse': options.reuse = true; break;
      case '--clean': options.clean = true; break;
      case '--compare-indexes': options.compareIndexes = true; break;
      case '--in-process': options.inProcess = true; break;
      case '--explain': options.explain = true; break;
      case '--runs': options.runs = count(i++, 1); break;
      case '--warmups': options.warmups = count(i++, 0); break;
      case '--only': options.only = value(i++).split(',').filter(Boolean); break;
      case '--mysql-url': options.mysqlUrl = value(i++); break;
      case '--out': options.out = value(i++); break;
      case '--cpu-prof': options.cpuProfDir = value(i++); break;
      case '--api-root': options.apiRoot = value(i++); break;
      case '--api-env': {
        const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(value(i++));
        if (!match) fail('--api-env takes KEY=VALUE');
        options.apiEnv[match[1]] = match[2];
        break;
      }
      case '--help': case '-h': console.log(USAGE); process.exit(0);
      // eslint-disable-next-line no-fallthrough
      default: fail(`unknown option ${argv[i]}`);
    }
  }
  return options;
}

function fail(message: string): never {
  console.error(`bench:trends: ${message}\n\n${USAGE}`);
  process.exit(2);
}
