/** Reads the configuration, prepares the database and serves the API. */
import 'reflect-metadata';
import { ConfigError, loadConfig, type AppConfig } from './config/config';
import { prepareDatabase } from './db/prepare-database';
import { createServer } from './server';

function describeDatabase(config: AppConfig): string {
  return config.database.dialect === 'sqlite'
    ? `embedded SQLite at ${config.database.path}`
    : `MySQL at ${new URL(config.database.url).host}`;
}

async function main() {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const { dataSource, seeded } = await prepareDatabase(config);
  if (seeded) {
    console.log(`Loaded the demo dataset: ${seeded.contacts} contacts, ${seeded.informationRequests} information requests.`);
  }
  const server = await createServer(config, dataSource);
  const http = server.app.listen(config.port, config.host, () => {
    console.log(`Complaints Insight API on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/graphql (${describeDatabase(config)})`);
  });

  const shutdown = async () => {
    http.close();
    await server.stop();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error) => {
  console.error(`Could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
