/**
 * MySQL/MariaDB connections as the pool prepares them (db/mysql-connections.ts): their sessions run in UTC, so the
 * database's own CURRENT_TIMESTAMP (CreateDateColumn defaults) agrees with the UTC DATETIMEs TypeORM writes whatever
 * the server's time zone, and each keeps one promise wrapper instead of loading and building one per statement.
 */
import type { PoolCluster, RowDataPacket } from 'mysql2';
import type { MysqlQueryRunner } from 'typeorm/driver/mysql/MysqlQueryRunner';
import { DatasetMarker } from '../demo-data/dataset-marker.entity';
import { openTestDatabase, testDialect, type TestDatabase } from '../test-support/test-database';
import { mysqlDriver } from './mysql-connections';

const onMysql = testDialect() === 'mysql';

(onMysql ? describe : describe.skip)(`MySQL/MariaDB connections${onMysql ? '' : ' (skipped: TEST_DIALECT=sqlite)'}`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('sets every pooled connection, the first one TypeORM opened included, to UTC', async () => {
    const poolSize = db.dataSource.driver.options.poolSize ?? 10;
    // Hold the whole pool at once, so that each connection it has (or opens) answers once.
    const runners = Array.from({ length: poolSize }, () => db.dataSource.createQueryRunner());
    try {
      await Promise.all(runners.map((runner) => runner.connect()));
      const answers = await Promise.all(
        runners.map(async (runner) => (await runner.query('SELECT @@session.time_zone AS zone, TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(), NOW()) AS secondsFromUtc'))[0]),
      );
      expect(answers).toHaveLength(poolSize);
      for (const answer of answers) expect({ zone: answer.zone, secondsFromUtc: Number(answer.secondsFromUtc) }).toEqual({ zone: '+00:00', secondsFromUtc: 0 });
    } finally {
      await Promise.all(runners.map((runner) => runner.release()));
    }
  });

  it('sets the connections of every node of a replication cluster to UTC, as TypeORM builds one', async () => {
    const cluster: PoolCluster = mysqlDriver.createPoolCluster();
    const url = db.config.dialect === 'mysql' ? db.config.url : '';
    // TypeORM's replication option adds its nodes by these names; the same server stands in for the replica.
    for (const node of ['SLAVE0', 'MASTER']) cluster.add(node, { uri: url });
    try {
      for (const node of ['SLAVE0', 'MASTER']) {
        const zone = await new Promise<unknown>((resolve, reject) =>
          cluster.getConnection(node, (error, connection) => {
            if (error) return reject(error);
            connection.query<RowDataPacket[]>('SELECT @@session.time_zone AS zone', (queryError, rows) => {
              connection.release();
              return queryError ? reject(queryError) : resolve(rows[0].zone);
            });
          }),
        );
        expect({ node, zone }).toEqual({ node, zone: '+00:00' });
      }
    } finally {
      await new Promise<void>((resolve) => cluster.end(() => resolve()));
    }
  });

  it('gives each connection one promise wrapper, which its statements go through', async () => {
    const runner = db.dataSource.createQueryRunner() as MysqlQueryRunner;
    try {
      const connection = (await runner.connect()) as { promise(): unknown };
      const wrapper = connection.promise();
      // The same object every time (mysql2 loads its module and builds a new one per call, and TypeORM calls it per statement).
      expect(connection.promise()).toBe(wrapper);
      expect(await runner.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
      expect(connection.promise()).toBe(wrapper);
    } finally {
      await runner.release();
    }
  });

  it("reads a CreateDateColumn's database default as the moment it was written", async () => {
    const name = `utc-sessions-${Date.now()}`;
    const before = Date.now();
    await db.dataSource.getRepository(DatasetMarker).insert({ name });
    const after = Date.now();
    const { loadedAt } = await db.dataSource.getRepository(DatasetMarker).findOneByOrFail({ name });
    // Whole seconds on the server's clock; an hour out (a non-UTC session) is far outside this.
    expect(loadedAt.getTime()).toBeGreaterThanOrEqual(before - 2_000);
    expect(loadedAt.getTime()).toBeLessThanOrEqual(after + 2_000);
  });
});
