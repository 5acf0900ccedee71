/**
 * A version-checked change answers the action without reading it again after
 * its UPDATE (and reads the action with its issues in one statement), so its
 * transaction holds the row for fewer turns of a busy event loop. What it
 * answers must still be exactly what a fresh read finds.
 */
import { Role } from '../auth/role';
import { loggedStatements } from '../test-support/statement-log';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { LearningAction } from './learning-action.entity';
import { LearningActionService } from './learning-action.service';

let db: TestDatabase;
const writer = { email: 'officer@example.invalid', name: 'An Officer', role: Role.COMPLAINTS_OFFICER, serviceAreaIds: [] };

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const fresh = (id: number) => db.dataSource.getRepository(LearningAction).findOneByOrFail({ id });

describe(`a learning action's change answers the row as stored (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('after an update, a close and a reopen, and with its issues replaced', async () => {
    const service = new LearningActionService(db.dataSource);
    const created = await service.create(
      {
        financialYear: '2009/10',
        issueIdentified: 'Answer as stored',
        issueCategory: 'COMMUNICATION',
        serviceArea: 'SOCIAL_CARE',
        actionNeeded: 'Check the answer',
        byWhom: 'Service Manager',
        issues: ['COMMUNICATION_LACK_OF'],
      },
      writer,
    );
    const updated = await service.update(String(created.id), 1, { count: 4, dueDate: '2010-03-31', issues: ['COMMUNICATION_UNWANTED'] }, writer);
    expect(updated).toBeInstanceOf(LearningAction);
    expect(updated).toEqual(await fresh(created.id));
    expect(updated).toMatchObject({ version: 2, count: 4, dueDate: '2010-03-31' });

    const closed = await service.close(String(created.id), 2, 'Done', writer);
    expect(closed).toEqual(await fresh(created.id));
    const reopened = await service.reopen(String(created.id), 3, null, writer);
    expect(reopened).toEqual(await fresh(created.id));
    expect(reopened).toMatchObject({ version: 4, status: 'ONGOING' });
    expect((reopened as LearningAction).updatedAt.getTime()).toBeGreaterThanOrEqual(Math.floor(created.createdAt.getTime() / 1000) * 1000);
  });

  it('in one read, one UPDATE of the action, one INSERT of its audit and one version bump', async () => {
    const service = new LearningActionService(db.dataSource);
    const created = await service.create(
      { financialYear: '2009/10', issueIdentified: 'Few statements', serviceArea: 'SOCIAL_CARE', actionNeeded: 'Count', byWhom: 'Service Manager' },
      writer,
    );
    const sent = await loggedStatements(db.dataSource, () => service.update(String(created.id), 1, { count: 2, byWhom: 'Head of Service' }, writer));
    const verbs = sent.map((sql) => sql.trim().split(/\s+/)[0].toUpperCase());
    // The transaction's own statements (on MySQL the catalog's version check comes before it, with no session here).
    const kinds = verbs.slice(verbs.findIndex((v) => v === 'START' || v === 'BEGIN') + 1, verbs.lastIndexOf('COMMIT'));
    expect(kinds).toEqual(['SELECT', 'UPDATE', 'INSERT', 'UPDATE']);
  });
});
