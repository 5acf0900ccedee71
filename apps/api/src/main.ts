/** Reads the configuration, prepares the database and serves the API. */
import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig, type AppConfig } from './config/config';
import { prepareDatabase } from './db/prepare-database';
import { listen, ListenError } from './http/listen';
import { configureLogging, logger } from './logging/logger';
import { gracefulShutdown } from './operations/graceful-shutdown';
import { createServer } from './server';

function describeDatabase(config: AppConfig): string {
  return config.database.dialect === 'sqlite'
    ? `embedded SQLite at ${config.database.path}`
    : `MySQL at ${new URL(config.database.url).host}${config.database.replicas ? ` with ${config.database.replicas.urls.length} read replica(s)` : ''}`;
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

  // SIGTERM (docker stop, an upgrade): finish the requests in flight, close the pool, exit 0.
  const shutdown = gracefulShutdown(
    http,
    async () => {
      await server.stop();
      await dataSource.destroy();
    },
    { log: (message, details) => logger.info(details ?? {}, message) },
  );
  const stop = () =>
    shutdown().then(
      () => (logger.flush(), process.exit(0)),
      (error: unknown) => (logger.error({ err: error }, 'shutting down failed'), logger.flush(), process.exit(1)),
    );
  // on, not once: a second signal during the shutdown must not fall through to Node's default (exit at once).
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
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
