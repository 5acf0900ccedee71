/** The per-dialect migrations build exactly the schema the entities describe. */
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db?.close());

describe(`migrations (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('leave no difference between the entities and the database (run npm run migration:generate if this fails)', async () => {
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('can be reverted and re-applied', async () => {
    const count = db.dataSource.migrations.length;
    for (let i = 0; i < count; i++) await db.dataSource.undoLastMigration();
    await db.dataSource.runMigrations();
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries).toEqual([]);
  });
});
