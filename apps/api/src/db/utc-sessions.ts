/**
 * Every MySQL/MariaDB connection the API opens runs its session in UTC.
 *
 * TypeORM reads and writes DATETIME values as UTC (`timezone: 'Z'`), but a column's `DEFAULT CURRENT_TIMESTAMP`
 * (every CreateDateColumn) and TypeORM's `CURRENT_TIMESTAMP` on update are the server's session time. On a server
 * set to Europe/London, a record created in summer would read an hour later than it was made, and later than an
 * `updatedAt` the application wrote itself. Setting the session's zone as each connection opens settles both,
 * whatever the server's own zone.
 *
 * Handed to TypeORM as its `driver`: mysql2's pool constructors, with each pool it creates (one, or one per node of a replication
 * cluster) running `SET time_zone` on every new connection before the connection is handed out.
 */
import * as mysql2 from 'mysql2';
import type { Pool, PoolCluster, PoolConnection, PoolOptions } from 'mysql2';

export const UTC_SESSION_STATEMENT = "SET time_zone = '+00:00'";

function utcOnConnect(pool: Pool): Pool {
  // The pool emits 'connection' before it hands the new connection out, and a connection runs its commands in
  // order, so the SET precedes the caller's first statement. A connection it fails on is not used again.
  pool.on('connection', (connection: PoolConnection) => {
    connection.query(UTC_SESSION_STATEMENT, (error: unknown) => {
      if (error) connection.destroy();
    });
  });
  return pool;
}

/** mysql2's PoolCluster builds its pools itself; its nodes are where they are kept. */
interface ClusterNodes {
  _nodes?: Record<string, { pool?: Pool } | undefined>;
}

function utcCluster(cluster: PoolCluster): PoolCluster {
  const add = cluster.add.bind(cluster) as (id: string, config: PoolOptions) => void;
  cluster.add = ((id: string, config: PoolOptions) => {
    add(id, config);
    const pool = (cluster as unknown as ClusterNodes)._nodes?.[id]?.pool;
    // Fail at start-up, not with wrong times, if a mysql2 upgrade moves the cluster's pools.
    if (!pool || typeof pool.on !== 'function') throw new Error(`mysql2's pool cluster keeps no pool for node ${id}: db/utc-sessions.ts needs updating`);
    utcOnConnect(pool);
  }) as PoolCluster['add'];
  return cluster;
}

/** The `driver` for TypeORM's mysql/mariadb data sources: the two functions TypeORM's MysqlDriver calls on it. */
export const utcMysqlDriver = {
  createPool: (options: PoolOptions) => utcOnConnect(mysql2.createPool(options)),
  createPoolCluster: (options?: Parameters<typeof mysql2.createPoolCluster>[0]) => utcCluster(mysql2.createPoolCluster(options)),
};
