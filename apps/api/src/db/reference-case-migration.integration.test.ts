/**
 * The migration that makes references case-insensitive upper-cases those already
 * saved, and on SQLite (whose unique index compared case) refuses, naming them,
 * references that differ only by case.
 */
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db?.close());

const MIGRATION = /^AddReferenceSequenceAndRequestAreas\d+$/;

async function insertRequest(reference: string): Promise<void> {
  const q = (name: string) => db.dataSource.driver.escape(name);
  const columns = ['reference', 'kind', 'requesterType', 'receivedDate', 'receivedMonth', 'receivedQuarter', 'receivedFinancialYear', 'dueDate', 'deadlineRuleId'];
  await db.dataSource.query(`INSERT INTO ${q('information_request')} (${columns.map(q).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, [
    reference,
    'FREEDOM_OF_INFORMATION',
    'MEDIA',
    '2009-11-02',
    '2009-11',
    '2009/10 Q3',
    '2009/10',
    '2009-11-30',
    'foi-2005',
  ]);
}

async function references(): Promise<string[]> {
  const q = (name: string) => db.dataSource.driver.escape(name);
  const rows: Array<{ reference: string }> = await db.dataSource.query(`SELECT ${q('reference')} AS reference FROM ${q('information_request')}`);
  return rows.map((r) => r.reference).sort();
}

describe(`reference case migration (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  beforeAll(async () => {
    // Back to just before it: undo it and every later migration (each has a down), newest first.
    const index = db.dataSource.migrations.findIndex((m) => MIGRATION.test(m.name ?? ''));
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = db.dataSource.migrations.length - 1; i >= index; i--) await db.dataSource.undoLastMigration();
  });

  it('upper-cases references saved before it', async () => {
    await insertRequest('foi/old/1');
    await insertRequest('Foi-Old-2');
    if (db.dialect === 'sqlite') {
      await insertRequest('clash/1');
      await insertRequest('CLASH/1');
      await expect(db.dataSource.runMigrations()).rejects.toThrow(/information_request references differ only by letter case.*(clash\/1, CLASH\/1|CLASH\/1, clash\/1)/);
      await db.dataSource.query(`DELETE FROM "information_request" WHERE "reference" = 'clash/1'`);
    }
    await db.dataSource.runMigrations();
    expect(await db.dataSource.driver.createSchemaBuilder().log()).toMatchObject({ upQueries: [] });
    expect(await references()).toEqual(db.dialect === 'sqlite' ? ['CLASH/1', 'FOI-OLD-2', 'FOI/OLD/1'] : ['FOI-OLD-2', 'FOI/OLD/1']);
  });
});
