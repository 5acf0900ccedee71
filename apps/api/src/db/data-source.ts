/**
 * Builds the TypeORM data source for the configured dialect. Schema changes only
 * ever come from the per-dialect migrations; `synchronize` stays off.
 */
import { mkdirSync } from 'fs';
import { dirname } from 'path';
import { createConnection } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { DEFAULT_DATABASE_POOL_SIZE, type DatabaseConfig } from '../config/config';
import { DataVersionSubscriber } from '../data-versions/data-version-subscriber';
import { RollupSubscriber } from '../rollups/rollup-maintenance';
import { rememberReplicaSettings } from '../scaling/replica-settings';
import { ENTITIES } from './entities';
import { MYSQL_MIGRATIONS } from './migrations/mysql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';
import { mysqlDriver } from './mysql-connections';

/**
 * MariaDB reports column metadata differently from MySQL (e.g. a nullable
 * column's default as the string 'NULL'), and TypeORM reads it correctly only
 * when told which server it is talking to; so ask the server.
 */
async function isMariaDb(url: string): Promise<boolean> {
  const connection = await createConnection({ uri: url });
  try {
    const [rows] = await connection.query('SELECT VERSION() AS version');
    return /mariadb/i.test(String((rows as Array<{ version: string }>)[0].version));
  } finally {
    await connection.end();
  }
}

export async function createDataSource(database: DatabaseConfig): Promise<DataSource> {
  if (database.dialect === 'sqlite') {
    if (database.path !== ':memory:') mkdirSync(dirname(database.path), { recursive: true });
    return new DataSource({
      type: 'better-sqlite3',
      database: database.path,
      entities: ENTITIES,
      migrations: SQLITE_MIGRATIONS,
      // Every write bumps the version of the data it changed, in every process (data-versions/).
      subscribers: [DataVersionSubscriber, RollupSubscriber],
      synchronize: false,
      // WAL lets the report read while an officer writes.
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('busy_timeout = 5000');
      },
    });
  }
  const dataSource = new DataSource({
    type: (await isMariaDb(database.url)) ? 'mariadb' : 'mysql',
    // Each connection's session in UTC, as TypeORM reads and writes DATETIMEs, and other preparations (db/mysql-connections.ts).
    driver: mysqlDriver,
    ...(database.replicas
      ? {
          replication: {
            master: { url: database.url },
            slaves: database.replicas.urls.map((url) => ({ url })),
            // Only what asks for a replica reads one (the aggregate path, scaling/replica-reads.ts): sessions,
            // sign-in, writes and every ordinary read stay on the primary, which has every acknowledged write.
            defaultMode: 'master' as const,
            // A replica that fails is left out for a while and then tried again (mysql2 drops it for good by default).
            removeNodeErrorCount: 3,
            restoreNodeTimeout: 5_000,
          },
        }
      : { url: database.url }),
    poolSize: database.poolSize ?? DEFAULT_DATABASE_POOL_SIZE,
    entities: ENTITIES,
    migrations: MYSQL_MIGRATIONS,
    subscribers: [DataVersionSubscriber, RollupSubscriber],
    synchronize: false,
    charset: 'utf8mb4_unicode_ci',
    // DATETIMEs are UTC both ways; the connections' sessions are set to UTC to match (db/mysql-connections.ts).
    timezone: 'Z',
    // DATE columns come back as 'YYYY-MM-DD' strings, as on SQLite.
    dateStrings: ['DATE'],
    // mysql2 returns COUNT/SUM as strings unless told otherwise.
    supportBigNumbers: true,
    bigNumberStrings: false,
    // trace: false — mysql2 otherwise captures a stack trace on every query (tens of µs each) to graft onto a failed
    // query's error; TypeORM raises its own QueryFailedError where the query was awaited, which carries the caller.
    extra: { decimalNumbers: true, trace: false },
  });
  if (database.replicas) rememberReplicaSettings(dataSource, database.replicas);
  return dataSource;
}

/** Connects and brings the schema up to date. */
export async function openDatabase(database: DatabaseConfig): Promise<DataSource> {
  const dataSource = await createDataSource(database);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
