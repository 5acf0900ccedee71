/** Reads the configuration, prepares the database and serves the API. */
import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig, type AppConfig } from './config/config';
import { prepareDatabase } from './db/prepare-database';
import { listen, ListenError } from './http/listen';
import { configureLogging, logger } from './logging/logger';
import { createServer } from './server';

function describeDatabase(config: AppConfig): string {
  return config.database.dialect === 'sqlite'
    ? `embedded SQLite at ${config.database.path}`
    : `MySQL at ${new URL(config.database.url).host}`;
}

/** Set once the database is open, so a failed start can close it (a MySQL pool would keep the process alive). */
let openDataSource: DataSource | null = null;

async function main() {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      // Before the logger knows its level: a plain line for the operator.
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  configureLogging(config);

  const { dataSource, seeded } = await prepareDatabase(config);
  openDataSource = dataSource;
  if (seeded) {
    logger.info({ contacts: seeded.contacts, informationRequests: seeded.informationRequests }, 'loaded the demo dataset');
  }
  const server = await createServer(config, dataSource);
  const http = await listen(server.app, config.port, config.host).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/graphql`;
  logger.info({ url, database: describeDatabase(config) }, `Complaints Insight API on ${url} (${describeDatabase(config)})`);

  const shutdown = async () => {
    http.close();
    await server.stop();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch(async (error) => {
  // A listen failure is the operator's to fix: its message says how. Anything else: the whole error, for the log.
  const reason = `Could not start: ${error instanceof Error ? error.message : String(error)}`;
  if (error instanceof ListenError) logger.fatal(reason);
  else logger.fatal({ err: error }, reason);
  // The same in plain words on standard error, for whoever is watching the terminal.
  console.error(reason);
  await openDataSource?.destroy().catch(() => undefined);
  logger.flush();
  process.exit(1);
});
