/**
 * What the operations commands share: flags, naming a database on the command
 * line, and how a command ends (one plain line on failure, a non-zero exit).
 */
import { resolve } from 'path';
import { ConfigError, loadConfig, type AppConfig, type DatabaseConfig } from '../config/config';
import { OperationError } from './operation-error';

export class UsageError extends Error {}

/** `--name value` pairs and the remaining positional arguments; an unknown flag is a UsageError. */
export function parseArguments(argv: readonly string[], flags: readonly string[]): { flags: Map<string, string>; positional: string[] } {
  const found = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!flags.includes(name)) throw new UsageError(`unknown option --${name}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
    found.set(name, value);
  }
  return { flags: found, positional };
}

/**
 * A database named on the command line: `sqlite:PATH` (relative to the
 * current directory) or a `mysql://user:password@host:3306/database` URL,
 * checked as DATABASE_URL is.
 */
export function databaseFromArgument(spec: string, cwd = process.cwd()): DatabaseConfig {
  if (spec.startsWith('sqlite:')) {
    const path = spec.slice('sqlite:'.length);
    if (!path) throw new UsageError("a SQLite database is named 'sqlite:PATH', e.g. sqlite:data/complaints.sqlite");
    return { dialect: 'sqlite', path: resolve(cwd, path) };
  }
  if (!/^(mysql|mariadb):\/\//.test(spec)) throw new UsageError(`'${spec.slice(0, 60)}' is not a database: use sqlite:PATH or mysql://user:password@host:3306/database`);
  try {
    return loadConfig({ DATABASE_URL: spec }).database;
  } catch (error) {
    throw new UsageError(error instanceof ConfigError ? error.message.replace('DATABASE_URL', 'the database URL') : String(error));
  }
}

/** Runs a command's main: a refusal, a bad setting or a failure ends it with one line on standard error. */
export function runCommand(name: string, usage: string, main: (config: AppConfig) => Promise<void>): void {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  main(config).then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof UsageError) {
        console.error(`${name}: ${error.message}\nUsage: ${usage}`);
        process.exit(2);
      }
      const known = error instanceof OperationError || error instanceof ConfigError;
      // Anything else is unexpected: still one line (the driver's text), never a stack for the operator to read.
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      console.error(`${name}: ${known ? message : `failed: ${message}`}`);
      process.exit(1);
    },
  );
}
