/**
 * The migration that adds contact.referenceKey, status and nextDueDate: it
 * refuses, naming them, references that differ only by / and - (web addresses
 * would not tell them apart), and its SQL fills status and next due date as
 * case-state.ts computes them, on every demo contact.
 */
import { referenceKey } from '@complaints/domain';
import { openDemoDatabase, type TestDatabase } from '../test-support/test-database';
import { caseState } from './case-state';
import { Contact } from './contact.entity';
import { Escalation } from './escalation.entity';

let db: TestDatabase;
beforeAll(async () => {
  db = await openDemoDatabase();
});
afterAll(() => db?.close());

const MIGRATION = /^AddCaseFindingAndPeople\d+$/;

describe(`case finding migration (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  beforeAll(async () => {
    // Back to just before it: undo it and every later migration (each has a down), newest first.
    const index = db.dataSource.migrations.findIndex((m) => MIGRATION.test(m.name ?? ''));
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = db.dataSource.migrations.length - 1; i >= index; i--) await db.dataSource.undoLastMigration();
  });

  it('refuses references that differ only by / and -, then fills every contact as the rules do', async () => {
    const q = (name: string) => db.dataSource.driver.escape(name);
    const rename = (from: string, to: string) => db.dataSource.query(`UPDATE ${q('contact')} SET ${q('reference')} = ? WHERE ${q('reference')} = ?`, [to, from]);
    await rename('CS/2009/0002', 'CS-2009-0001');
    await expect(db.dataSource.runMigrations()).rejects.toThrow(/contact references differ only by \/ and -.*(CS\/2009\/0001, CS-2009-0001|CS-2009-0001, CS\/2009\/0001)/);
    await rename('CS-2009-0001', 'CS/2009/0002');

    await db.dataSource.runMigrations();
    expect(await db.dataSource.driver.createSchemaBuilder().log()).toMatchObject({ upQueries: [] });

    const [contacts, escalations] = await Promise.all([db.dataSource.getRepository(Contact).find(), db.dataSource.getRepository(Escalation).find()]);
    expect(contacts.length).toBeGreaterThan(500);
    const byContact = new Map<number, Escalation[]>();
    for (const e of escalations) byContact.set(e.contactId, [...(byContact.get(e.contactId) ?? []), e]);
    const wrong = contacts.filter((c) => {
      const expected = caseState(c, byContact.get(c.id) ?? []);
      return c.status !== expected.status || c.nextDueDate !== expected.nextDueDate || c.referenceKey !== referenceKey(c.reference);
    });
    expect(wrong.map((c) => c.reference)).toEqual([]);
    const statuses = new Set(contacts.map((c) => c.status));
    expect([...statuses].sort()).toEqual(['CLOSED', 'OPEN', 'WITHDRAWN']);
  });
});
