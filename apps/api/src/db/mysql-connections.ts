/**
 * How each MySQL/MariaDB connection the API opens is prepared, once, as the pool opens it. Handed to TypeORM as its
 * `driver`: mysql2's pool constructors, with each pool they create (one, or one per node of a replication cluster)
 * preparing every new connection before it is handed out.
 *
 * - Its session runs in UTC. TypeORM reads and writes DATETIME values as UTC (`timezone: 'Z'`), but a column's
 *   `DEFAULT CURRENT_TIMESTAMP` (every CreateDateColumn) and TypeORM's `CURRENT_TIMESTAMP` on update are the
 *   server's session time: on a server set to Europe/London a record created in summer read an hour later than it
 *   was made, and later than an `updatedAt` the application wrote itself.
 * - It keeps one promise wrapper. TypeORM calls `connection.promise()` for every statement, and mysql2 answers with
 *   a `require()` of its wrapper's module and a new wrapper each time: about 40 µs a statement, 1.6 % of the API's
 *   CPU under bench:load. The wrapper holds nothing but the connection, so one a connection does.
 */
import * as mysql2 from 'mysql2';
import type { Pool, PoolCluster, PoolConnection, PoolOptions } from 'mysql2';
import * as mysql2Promise from 'mysql2/promise';

const UTC_SESSION_STATEMENT = "SET time_zone = '+00:00'";

type PromiseWrapper = ReturnType<PoolConnection['promise']>;
/** mysql2/promise exports its pool connections' wrapper class; its typings name only the wrapper's interface. */
const { PromisePoolConnection } = mysql2Promise as unknown as {
  PromisePoolConnection: new (connection: PoolConnection, promiseImpl?: PromiseConstructor) => PromiseWrapper;
};

function prepare(connection: PoolConnection): void {
  // The pool emits 'connection' before it hands the new connection out, and a connection runs its commands in
  // order, so the SET precedes the caller's first statement. A connection it fails on is not used again.
  connection.query(UTC_SESSION_STATEMENT, (error: unknown) => {
    if (error) connection.destroy();
  });
  let wrapper: PromiseWrapper | undefined;
  connection.promise = (promiseImpl?: PromiseConstructor) =>
    promiseImpl ? new PromisePoolConnection(connection, promiseImpl) : (wrapper ??= new PromisePoolConnection(connection));
}

function preparing(pool: Pool): Pool {
  pool.on('connection', prepare);
  return pool;
}

/** mysql2's PoolCluster builds its pools itself; its nodes are where they are kept. */
interface ClusterNodes {
  _nodes?: Record<string, { pool?: Pool } | undefined>;
}

function preparingCluster(cluster: PoolCluster): PoolCluster {
  const add = cluster.add.bind(cluster) as (id: string, config: PoolOptions) => void;
  cluster.add = ((id: string, config: PoolOptions) => {
    add(id, config);
    const pool = (cluster as unknown as ClusterNodes)._nodes?.[id]?.pool;
    // Fail at start-up, not with wrong times, if a mysql2 upgrade moves the cluster's pools.
    if (!pool || typeof pool.on !== 'function') throw new Error(`mysql2's pool cluster keeps no pool for node ${id}: db/mysql-connections.ts needs updating`);
    preparing(pool);
  }) as PoolCluster['add'];
  return cluster;
}

/** The `driver` for TypeORM's mysql/mariadb data sources: the two functions TypeORM's MysqlDriver calls on it. */
export const mysqlDriver = {
  createPool: (options: PoolOptions) => preparing(mysql2.createPool(options)),
  createPoolCluster: (options?: Parameters<typeof mysql2.createPoolCluster>[0]) => preparingCluster(mysql2.createPoolCluster(options)),
};
