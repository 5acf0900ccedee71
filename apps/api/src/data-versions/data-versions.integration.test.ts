/**
 * Each kind of data's version goes up once per committed write to that kind,
 * and for nothing else; readers see only committed versions. Both dialects.
 */
import { LearningAction } from '../actions/learning-action.entity';
import { Role } from '../auth/role';
import { createUser } from '../auth/user.service';
import { ContactService } from '../contacts/contact.service';
import { Contact } from '../contacts/contact.entity';
import { inTransaction } from '../db/transaction';
import { LEARNING_ACTIONS_2009_10 } from '../demo-data/learning-actions';
import { loadDemoDataset } from '../demo-data/load-demo-dataset';
import { InformationRequest } from '../information-requests/information-request.entity';
import { Channel } from '../reference/channel.entity';
import { unique } from '../test-support/access-operation-fixtures';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { catalogForWrites } from './catalog-for-writes';
import { bumpDataVersions, DATA_KINDS, readDataVersions, rolledBackWrites, watchDataVersions, type DataKind } from './data-versions';

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestDatabase();
  // createDataSource already watches; watching again must not bump twice.
  watchDataVersions(db.dataSource);
  await loadDemoDataset(db.dataSource, { contacts: [], informationRequests: [], serviceActivity: [], learningActions: [...LEARNING_ACTIONS_2009_10] });
});
afterAll(() => db?.close());

type Versions = Record<DataKind, number>;

async function versions(): Promise<Versions> {
  const read = await readDataVersions(db.dataSource);
  return Object.fromEntries(DATA_KINDS.map((kind) => [kind, read[kind]!.version])) as Versions;
}

/** What `write` did to each kind's version. */
async function bumps(write: () => Promise<unknown>): Promise<Partial<Versions>> {
  const before = await versions();
  await write();
  const after = await versions();
  return Object.fromEntries(DATA_KINDS.filter((kind) => after[kind] !== before[kind]).map((kind) => [kind, after[kind] - before[kind]]));
}

function complaint() {
  return {
    reference: unique('DV-'),
    recordType: 'STATUTORY_COMPLAINT',
    channel: 'EMAIL',
    receivedDate: '2010-01-05',
    serviceAreas: ['SOCIAL_CARE'],
    issues: ['POLICY_DISAGREEMENT'],
    complainantType: 'PARENT_OR_CARER' as const,
  };
}

describe(`data versions (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('has a row for every kind, from the migrations', async () => {
    const read = await readDataVersions(db.dataSource);
    for (const kind of DATA_KINDS) expect(read[kind]?.version).toBeGreaterThanOrEqual(1);
  });

  it('bumps contacts by one for a saved contact (its links included), with the time it changed', async () => {
    const before = (await readDataVersions(db.dataSource)).contacts!;
    expect(await bumps(() => new ContactService(db.dataSource).create(complaint()))).toEqual({ contacts: 1 });
    const after = (await readDataVersions(db.dataSource)).contacts!;
    expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime() - 1000);
    expect(Math.abs(after.updatedAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('bumps once for many contacts written in one transaction', async () => {
    const write = () => inTransaction(db.dataSource, (manager) => new ContactService(db.dataSource).createMany(manager, [complaint(), complaint(), complaint()]));
    expect(await bumps(write)).toEqual({ contacts: 1 });
  });

  it('stays put when the transaction rolls back, and counts the rollback', async () => {
    const rollbacks = rolledBackWrites(db.dataSource);
    const write = () =>
      inTransaction(db.dataSource, async (manager) => {
        await new ContactService(db.dataSource).createMany(manager, [complaint()]);
        throw new Error('changed my mind');
      }).catch((error: Error) => expect(error.message).toBe('changed my mind'));
    expect(await bumps(write)).toEqual({});
    expect(rolledBackWrites(db.dataSource)).toBe(rollbacks + 1);
  });

  it('bumps only the kind written: contacts outside a transaction, reference data, learning actions, information requests', async () => {
    expect(await bumps(() => db.dataSource.manager.update(Contact, { reference: 'NO-SUCH-REFERENCE' }, { summary: 'x' }))).toEqual({ contacts: 1 });
    expect(await bumps(() => inTransaction(db.dataSource, (m) => m.update(Channel, { code: 'EMAIL' }, { name: 'Email (renamed)' })))).toEqual({ reference_data: 1 });
    const action = await db.dataSource.getRepository(LearningAction).findOneByOrFail({ financialYear: '2009/10' });
    expect(await bumps(() => db.dataSource.getRepository(LearningAction).update({ id: action.id }, { furtherAction: 'Checked again' }))).toEqual({ learning_actions: 1 });
    const requests = db.dataSource.getRepository(InformationRequest);
    const reference = unique('FOI/DV/');
    const request = {
      ...{ reference, referenceKey: reference, kind: 'FREEDOM_OF_INFORMATION' as const, requesterType: 'MEDIA' as const, receivedDate: '2009-11-02' },
      ...{ receivedMonth: '2009-11', receivedQuarter: '2009/10 Q3', receivedFinancialYear: '2009/10', dueDate: '2009-11-30', deadlineRuleId: 'foi-2005' },
    };
    expect(await bumps(() => requests.insert(request))).toEqual({ information_requests: 1 });
    expect(await bumps(() => requests.update({ reference }, { extensionReason: 'Public interest test' }))).toEqual({ information_requests: 1 });
  });

  it('bumps each kind a transaction wrote once, and nothing for writes to unversioned tables (users)', async () => {
    const action = await db.dataSource.getRepository(LearningAction).findOneByOrFail({ financialYear: '2009/10' });
    const both = () =>
      inTransaction(db.dataSource, async (manager) => {
        await new ContactService(db.dataSource).createMany(manager, [complaint(), complaint()]);
        await manager.update(LearningAction, { id: action.id }, { furtherAction: 'Linked to new complaints' });
        await manager.update(LearningAction, { id: action.id }, { furtherAction: 'Linked again' });
      });
    expect(await bumps(both)).toEqual({ contacts: 1, learning_actions: 1 });
    const user = () => createUser(db.dataSource, { email: unique('dv-user-') + '@test.example', name: 'DV', password: 'a-long-test-password', role: Role.ANALYST });
    expect(await bumps(user)).toEqual({});
  });

  it('reads only committed versions: a bump inside an open transaction is not seen until COMMIT', async () => {
    const before = await versions();
    let seenInside: Versions | null = null;
    await inTransaction(db.dataSource, async (manager) => {
      await bumpDataVersions(manager, ['contacts']);
      seenInside = await versions();
    });
    expect(seenInside).toEqual(before);
    expect((await versions()).contacts).toBe(before.contacts + 1);
  });

  it('gives writes the catalog it loaded until the reference data changes, then the new one (catalog-for-writes.ts)', async () => {
    const first = await catalogForWrites(db.dataSource);
    expect(await catalogForWrites(db.dataSource)).toBe(first);
    // Contacts and learning actions changing leave it be.
    await db.dataSource.manager.update(Contact, { reference: 'NO-SUCH-REFERENCE' }, { summary: 'y' });
    expect(await catalogForWrites(db.dataSource)).toBe(first);
    await inTransaction(db.dataSource, (m) => m.update(Channel, { code: 'EMAIL' }, { name: 'Email (catalog test)' }));
    const second = await catalogForWrites(db.dataSource);
    expect(second).not.toBe(first);
    expect(second.channels.byCode.get('EMAIL')!.name).toBe('Email (catalog test)');
    expect(await catalogForWrites(db.dataSource)).toBe(second);
  });
});
