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
import { DataVersion } from './data-version.entity';
import { kindOfRow, slotRowName, VERSION_SLOTS } from './version-slots';
import { bumpDataVersions, DATA_KINDS, readDataVersions, rolledBackWrites, VERSIONED_KINDS, watchDataVersions, type DataKind } from './data-versions';
import { createSession } from '../auth/session.service';

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
    for (const kind of VERSIONED_KINDS) expect(read[kind]?.version).toBeGreaterThanOrEqual(1);
  });

  it('bumps the accounts version, and no figure kind, for a new account, a sign-in and an account change', async () => {
    const accounts = async () => (await readDataVersions(db.dataSource)).accounts!.version;
    const before = await accounts();
    let user: Awaited<ReturnType<typeof createUser>> | undefined;
    expect(await bumps(async () => (user = await createUser(db.dataSource, { email: 'dv-account@test.example', name: 'A', password: 'a-long-test-password', role: Role.ANALYST })))).toEqual({});
    expect(await bumps(() => createSession(db.dataSource, user!.id))).toEqual({});
    expect(await accounts()).toBe(before + 2);
  });

  it('keeps each kind in VERSION_SLOTS rows (version-slots.ts): a bump of any slot moves the sum by one', async () => {
    const rows = await db.dataSource.getRepository(DataVersion).find();
    for (const kind of VERSIONED_KINDS) expect(rows.filter((r) => kindOfRow(r.name) === kind)).toHaveLength(VERSION_SLOTS);
    const before = await readDataVersions(db.dataSource);
    await inTransaction(db.dataSource, (m) => bumpDataVersions(m, ['learning_actions', 'contacts'], 3));
    await inTransaction(db.dataSource, (m) => bumpDataVersions(m, ['learning_actions'], 0));
    await inTransaction(db.dataSource, (m) => bumpDataVersions(m, ['learning_actions'], VERSION_SLOTS - 1));
    const after = await readDataVersions(db.dataSource);
    expect(after.learning_actions!.version).toBe(before.learning_actions!.version + 3);
    expect(after.contacts!.version).toBe(before.contacts!.version + 1);
    expect(after.reference_data).toEqual(before.reference_data);
    // The latest slot's time is the kind's.
    const latest = Math.max(...(await db.dataSource.getRepository(DataVersion).find()).filter((r) => kindOfRow(r.name) === 'learning_actions').map((r) => new Date(r.updatedAt).getTime()));
    expect(after.learning_actions!.updatedAt.getTime()).toBe(latest);
  });

  it("bumps the kind's own row when the slot's row is missing", async () => {
    const slotRow = slotRowName('information_requests', 5);
    const kept = await db.dataSource.getRepository(DataVersion).findOneByOrFail({ name: slotRow });
    await db.dataSource.getRepository(DataVersion).delete({ name: slotRow });
    try {
      const before = (await readDataVersions(db.dataSource)).information_requests!.version;
      await inTransaction(db.dataSource, (m) => bumpDataVersions(m, ['information_requests'], 5));
      expect((await readDataVersions(db.dataSource)).information_requests!.version).toBe(before + 1);
    } finally {
      await db.dataSource.getRepository(DataVersion).insert(kept);
    }
  });

  it('lets two writers of one kind on different slots commit without waiting for each other (MySQL/MariaDB)', async () => {
    if (db.dataSource.options.type === 'better-sqlite3') return; // One writer at a time there anyway.
    const first = db.dataSource.createQueryRunner();
    const second = db.dataSource.createQueryRunner();
    try {
      await first.startTransaction();
      await bumpDataVersions(first.manager, ['learning_actions'], 1);
      // Before slots, this waited for the first's COMMIT (and here would time out after 2 s).
      await second.query('SET SESSION innodb_lock_wait_timeout = 2');
      await second.startTransaction();
      await bumpDataVersions(second.manager, ['learning_actions'], 2);
      await second.commitTransaction();
      await first.commitTransaction();
    } finally {
      if (first.isTransactionActive) await first.rollbackTransaction();
      if (second.isTransactionActive) await second.rollbackTransaction();
      await second.query('SET SESSION innodb_lock_wait_timeout = DEFAULT');
      await first.release();
      await second.release();
    }
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

  it('loads the catalog for writes again after a rolled-back write (on SQLite it may have seen its rows)', async () => {
    const kept = await catalogForWrites(db.dataSource);
    await inTransaction(db.dataSource, async (m) => {
      await m.update(Channel, { code: 'EMAIL' }, { name: 'Email (never committed)' });
      throw new Error('rolled back');
    }).catch((error: Error) => expect(error.message).toBe('rolled back'));
    const after = await catalogForWrites(db.dataSource);
    expect(after).not.toBe(kept);
    expect(after.channels.byCode.get('EMAIL')!.name).not.toBe('Email (never committed)');
    expect(await catalogForWrites(db.dataSource)).toBe(after);
  });

  it("takes the versions a request already read with its session instead of reading them again", async () => {
    const read = await readDataVersions(db.dataSource);
    const kept = await catalogForWrites(db.dataSource, read);
    const statements = jest.spyOn(db.dataSource, 'query');
    try {
      expect(await catalogForWrites(db.dataSource, read)).toBe(kept);
      expect(statements).not.toHaveBeenCalled();
    } finally {
      statements.mockRestore();
    }
    // Versions from after a reference change load the new catalog.
    await inTransaction(db.dataSource, (m) => m.update(Channel, { code: 'EMAIL' }, { name: 'Email (known versions)' }));
    const fresh = await catalogForWrites(db.dataSource, await readDataVersions(db.dataSource));
    expect(fresh).not.toBe(kept);
    expect(fresh.channels.byCode.get('EMAIL')!.name).toBe('Email (known versions)');
  });
});
