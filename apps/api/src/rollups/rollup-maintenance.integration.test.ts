/**
 * Every write path keeps the rollups exact (rollups:check finds nothing) —
 * the demo loader and the migration's fill, CSV imports, simultaneous
 * creates, lifecycle steps, anonymisation — and the check names a cell
 * that differs until a rebuild puts it right. A single contact's write
 * rewrites only its cells, never a whole month. On both dialects.
 */
import request from 'supertest';
import { In, Not, type DataSource } from 'typeorm';
import { Role } from '../auth/role';
import { Contact } from '../contacts/contact.entity';
import { ContactLifecycleService } from '../contacts/contact-lifecycle.service';
import { ContactService } from '../contacts/contact.service';
import type { CreateContactInput } from '../contacts/contact.inputs';
import { inTransaction } from '../db/transaction';
import { anonymiseRecords, recordIdOf } from '../retention/anonymise';
import { RetentionRecordKind } from '../retention/retention.enums';
import { loggedStatements } from '../test-support/statement-log';
import { openDemoDatabase, openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { checkRollups, rebuildRollups } from './rollup-check';
import { ROLLUPS } from './rollup-definitions';
import { noteContactRows } from './rollup-maintenance';

const dialect = process.env.TEST_DIALECT ?? 'sqlite';

describe(`rollup maintenance on the demo data (${dialect})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openDemoDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('the demo loader leaves the rollups exact, and anonymisation and lifecycle steps keep them so', async () => {
    expect(await checkRollups(db.dataSource)).toEqual([]);
    const closed = await db.dataSource.getRepository(Contact).find({ where: { receivedFinancialYear: '2008/09', status: In(['CLOSED']) as never }, take: 3 });
    expect(closed.length).toBeGreaterThan(0);
    await anonymiseRecords(db.dataSource, closed.map((c) => recordIdOf(RetentionRecordKind.CONTACT, c.id)), true, null).catch((error: Error) => {
      // The retention rules may refuse one of these; the rollups must be exact either way.
      if (!/anonymis/i.test(error.message)) throw error;
    });
    const open = await db.dataSource.getRepository(Contact).findOne({ where: { status: 'OPEN' as never }, order: { id: 'DESC' } });
    if (open) await new ContactLifecycleService(db.dataSource, () => '2010-06-30').withdraw(String(open.id), '2010-06-30').catch(() => undefined);
    expect(await checkRollups(db.dataSource)).toEqual([]);
  });

  it('the check names a cell that differs, and the rebuild puts it right', async () => {
    await db.dataSource.query(`UPDATE rollup_month_area SET contacts = contacts + 1 WHERE receivedMonth = '2009-10' AND rowInMonth = 1`);
    const differences = await checkRollups(db.dataSource);
    expect(differences).toHaveLength(1);
    expect(differences[0].table).toBe('rollup_month_area');
    expect(differences[0].cell).toMatch(/^receivedMonth=2009-10 /);
    expect(differences[0].actual!.contacts).toBe(differences[0].expected!.contacts + 1);
    await rebuildRollups(db.dataSource);
    expect(await checkRollups(db.dataSource)).toEqual([]);
  });
});

describe(`rollup maintenance through the API (${dialect})`, () => {
  let db: TestDatabase;
  let api: TestServer;
  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startTestServer(db, Role.COMPLAINTS_OFFICER);
  });
  afterAll(async () => {
    await api?.server.stop();
    await db?.close();
  });

  it('a CSV import and 20 simultaneous createContact keep the rollups exact', async () => {
    const header = 'Reference,Record_Type,Channel,Received_Date,Service_Areas,Issues,Complainant_Type,Stage,Outcome,Response_Sent_Date,Extended,Summary';
    const rows = Array.from({ length: 60 }, (_, i) =>
      [`RU/${i}`, 'STATUTORY_COMPLAINT', 'LETTER', `2009-${String(4 + (i % 9)).padStart(2, '0')}-1${i % 9}`, 'SOCIAL_CARE', 'COMMUNICATION_LACK_OF', 'PARENT_OR_CARER', 'Stage 1', i % 3 ? '' : 'Upheld', i % 3 ? '' : `2009-${String(4 + (i % 9)).padStart(2, '0')}-2${i % 9}`, 'no', `Row ${i}`].join(','),
    );
    let response!: request.Response;
    const imported = await rollupWrites(db.dataSource, async () => {
      response = await request(api.server.app)
        .post('/import/contacts')
        .set('Content-Type', 'text/csv')
        .set('Authorization', `Bearer ${api.token}`)
        .send([header, ...rows].join('\r\n') + '\r\n');
    });
    expect(response.status).toBe(201);
    // A few cells a month: rewritten one by one.
    expect(wholeMonths(imported)).toEqual([]);
    const create = 'mutation($input: CreateContactInput!) { createContact(input: $input) { id } }';
    const input = (i: number) => ({
      recordType: 'CORPORATE_COMPLAINT',
      channel: 'EMAIL',
      receivedDate: `2009-1${i % 3}-0${1 + (i % 9)}`,
      serviceAreas: ['SCHOOL_STANDARDS'],
      issues: ['COMMUNICATION_LACK_OF'],
      complainantType: 'PARENT_OR_CARER',
    });
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => api.graphql(create, { input: input(i) })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(await db.dataSource.getRepository(Contact).count()).toBe(80);
    expect(await checkRollups(db.dataSource)).toEqual([]);
  });

  it('recomputes only the cells a save or removal changes, exactly, and nothing for a save that changes no counted column', async () => {
    const contacts = db.dataSource.getRepository(Contact);
    const rollupRows = async () => {
      const rows: unknown[] = [];
      for (const table of ROLLUPS.map((d) => d.table)) rows.push(table, await db.dataSource.query(`SELECT * FROM ${table} ORDER BY receivedMonth, rowInMonth`));
      return JSON.stringify(rows);
    };
    const [first, second, third] = await contacts.find({ order: { id: 'ASC' }, take: 3 });
    const other = await contacts.findOneOrFail({ where: { primaryServiceAreaId: Not(first.primaryServiceAreaId) } as never });

    // A summary is not counted: the rollups are left exactly as they were, row numbers included.
    const before = await rollupRows();
    await contacts.save({ ...first, summary: 'Only the summary changes' });
    expect(await rollupRows()).toBe(before);

    // Moved to another division and service area, given a stage of none and a response: old and new cells both right.
    await db.dataSource.transaction(async (manager) => {
      await manager.save(Contact, {
        ...first,
        divisionId: other.divisionId,
        primaryServiceAreaId: other.primaryServiceAreaId,
        stage: null,
        outcome: 'UPHELD' as never,
        responseSentDate: first.receivedDate,
        workingDaysToResponse: 0,
      });
      // Two writes to one cell in one transaction.
      await manager.save(Contact, { ...second, outcome: 'NOT_UPHELD' as never });
      await manager.save(Contact, { ...second, outcome: 'PARTIALLY_UPHELD' as never, stage: null });
    });
    expect(await checkRollups(db.dataSource)).toEqual([]);

    // Removed: its cells lose it (a cell left empty is gone: the check names a row that should not be there).
    await contacts.remove(third);
    expect(await checkRollups(db.dataSource)).toEqual([]);
  });
});

/** The statements writing rollup rows that `work` runs (read from the data source's query log). */
async function rollupWrites(dataSource: DataSource, work: () => Promise<unknown>): Promise<string[]> {
  return (await loggedStatements(dataSource, work)).filter((query) => /^(DELETE FROM|INSERT INTO) rollup_/.test(query));
}

/** A whole month (or every month) rewritten, rather than cells. */
const wholeMonths = (statements: string[]) => statements.filter((sql) => /^DELETE FROM \w+( WHERE receivedMonth IN \(|$)/.test(sql));

describe(`rollup cells (${dialect})`, () => {
  let db: TestDatabase;
  let contacts: ContactService;
  let lifecycle: ContactLifecycleService;
  beforeAll(async () => {
    db = await openTestDatabase();
    contacts = new ContactService(db.dataSource);
    lifecycle = new ContactLifecycleService(db.dataSource, () => '2010-12-31');
  });
  afterAll(async () => {
    await db?.close();
  });

  const create = (input: Partial<CreateContactInput>) =>
    contacts.create({
      recordType: 'CORPORATE_COMPLAINT',
      channel: 'EMAIL',
      receivedDate: '2010-02-03',
      serviceAreas: ['SCHOOL_STANDARDS'],
      issues: ['COMMUNICATION_LACK_OF'],
      complainantType: 'PARENT_OR_CARER',
      ...input,
    } as CreateContactInput, '2010-12-31');
  /** The cell's count in a rollup, summed over its rows (0 when it has none); `null` keys match NULL. */
  const count = async (table: string, cell: Record<string, string | number | null>) => {
    const keys = Object.entries(cell);
    const sql = keys.map(([k, v]) => (v === null ? `${k} IS NULL` : `${k} = ?`)).join(' AND ');
    const [row] = (await db.dataSource.query(`SELECT SUM(contacts) AS n FROM ${table} WHERE ${sql}`, keys.flatMap(([, v]) => (v === null ? [] : [v])))) as Array<{ n: unknown }>;
    return Number(row.n ?? 0);
  };

  it('a create, lifecycle steps and a removal rewrite only their cells, never a whole month', async () => {
    let contact!: Contact;
    const created = await rollupWrites(db.dataSource, async () => (contact = await create({})));
    // One cell in each count rollup (no response yet: no histogram cell), each deleted and inserted.
    expect(created.filter((sql) => sql.startsWith('INSERT'))).toHaveLength(4);
    expect(wholeMonths(created)).toEqual([]);

    const steps = await rollupWrites(db.dataSource, async () => {
      await lifecycle.acknowledge(String(contact.id), '2010-02-04');
      await lifecycle.recordResponse(String(contact.id), '2010-02-10', 'UPHELD');
    });
    expect(steps.length).toBeGreaterThan(0);
    expect(wholeMonths(steps)).toEqual([]);
    expect(await count('rollup_days_area', { receivedMonth: '2010-02', primaryServiceAreaId: contact.primaryServiceAreaId, workingDaysToResponse: 5 })).toBe(1);
    expect(await checkRollups(db.dataSource)).toEqual([]);

    const removed = await rollupWrites(db.dataSource, () => db.dataSource.getRepository(Contact).remove(contact));
    expect(wholeMonths(removed)).toEqual([]);
    expect(await count('rollup_days_area', { receivedMonth: '2010-02' })).toBe(0);
    expect(await checkRollups(db.dataSource)).toEqual([]);
  });

  it('a save that changes only a column no rollup reads writes no rollup row', async () => {
    const contact = await create({ receivedDate: '2010-03-03' });
    const writes = await rollupWrites(db.dataSource, () => db.dataSource.getRepository(Contact).save({ ...contact, summary: 'Only the summary changes' }));
    expect(writes).toEqual([]);
    expect(await checkRollups(db.dataSource)).toEqual([]);
  });

  it('a save moving a contact to another month and service area empties its old cells and fills the new ones', async () => {
    const contact = await create({ receivedDate: '2010-04-05', serviceAreas: ['SOCIAL_CARE'] });
    const target = await create({ receivedDate: '2010-05-05', serviceAreas: ['INCLUSION'] });
    const area = (c: Contact) => ({ divisionId: c.divisionId, primaryServiceAreaId: c.primaryServiceAreaId });
    expect(await count('rollup_month_area', { receivedMonth: '2010-04', ...area(contact) })).toBe(1);
    const writes = await rollupWrites(db.dataSource, () =>
      db.dataSource.getRepository(Contact).save({ ...contact, receivedDate: '2010-05-06', receivedMonth: '2010-05', ...area(target) }),
    );
    expect(wholeMonths(writes)).toEqual([]);
    expect(await count('rollup_month_area', { receivedMonth: '2010-04', ...area(contact) })).toBe(0);
    expect(await count('rollup_month_area', { receivedMonth: '2010-05', ...area(target) })).toBe(2);
    expect(await count('rollup_month_type', { receivedMonth: '2010-04' })).toBe(0);
    expect(await count('rollup_month_type', { receivedMonth: '2010-05' })).toBe(2);
    expect(await checkRollups(db.dataSource)).toEqual([]);
  });

  it('a bulk UPDATE of named contacts follows them to their new cells; one nobody named rewrites every month', async () => {
    const contact = await create({ receivedDate: '2010-07-05' });
    const named = await rollupWrites(db.dataSource, () =>
      inTransaction(db.dataSource, async (manager) => {
        await noteContactRows(manager, { id: contact.id });
        await manager.update(Contact, { id: contact.id }, { receivedDate: '2010-08-05', receivedMonth: '2010-08' });
      }),
    );
    expect(wholeMonths(named)).toEqual([]);
    expect(await count('rollup_month_national', { receivedMonth: '2010-07' })).toBe(0);
    expect(await count('rollup_month_national', { receivedMonth: '2010-08' })).toBe(1);
    expect(await checkRollups(db.dataSource)).toEqual([]);

    const unnamed = await rollupWrites(db.dataSource, () =>
      inTransaction(db.dataSource, (manager) => manager.update(Contact, { id: contact.id }, { complainantType: 'OTHER' as never })),
    );
    expect(wholeMonths(unnamed).length).toBeGreaterThan(0);
    expect(await checkRollups(db.dataSource)).toEqual([]);
  });

  it('a batch with more cells in a month than the month has contacts to count rewrites the month whole', async () => {
    // Moduli prime to each other: 25 contacts in about 50 cells of a month that had none.
    const recordTypes = ['CORPORATE_COMPLAINT', 'COMPLIMENT', 'CORRESPONDENCE_ENQUIRY'];
    const channels = ['COMPLAINT_FORM', 'EMAIL', 'IN_PERSON', 'LETTER', 'TELEPHONE'];
    const areas = ['SOCIAL_CARE', 'INCLUSION', 'SCHOOL_STANDARDS', 'COMMISSIONING'];
    const issues = ['COMMUNICATION_UNWANTED', 'COMMUNICATION_INACCURATE', 'COMMUNICATION_DELAY', 'ENVIRONMENT_ACCESS', 'FINANCE_CHARGES', 'STAFF_CONDUCT', 'ELIGIBILITY_DECISION'];
    const inputs = Array.from({ length: 25 }, (_, i) => ({
      recordType: recordTypes[i % recordTypes.length],
      channel: channels[i % channels.length],
      receivedDate: `2010-10-${String(1 + i).padStart(2, '0')}`,
      serviceAreas: [areas[i % areas.length]],
      issues: [issues[i % issues.length]],
      complainantType: 'PARENT_OR_CARER',
    }));
    const writes = await rollupWrites(db.dataSource, () => inTransaction(db.dataSource, (manager) => contacts.createMany(manager, inputs as CreateContactInput[], '2010-12-31')));
    expect(wholeMonths(writes).filter((sql) => sql.startsWith('DELETE FROM rollup_month_type'))).toHaveLength(1);
    expect(writes.filter((sql) => /^DELETE FROM \w+ WHERE receivedMonth = \?/.test(sql))).toEqual([]);
    expect(await count('rollup_month_type', { receivedMonth: '2010-10' })).toBe(25);
    expect(await checkRollups(db.dataSource)).toEqual([]);
  });

  it('two contacts in one cell (stage null), one removed: the cell counts the other; both removed: it is gone', async () => {
    // A compliment has no stage: its national cell is keyed by a null stage.
    const [first, second] = [await create({ recordType: 'COMPLIMENT', receivedDate: '2010-09-01' }), await create({ recordType: 'COMPLIMENT', receivedDate: '2010-09-20' })];
    expect(first.stage).toBeNull();
    const cell = { receivedMonth: '2010-09', recordTypeId: first.recordTypeId, stage: null };
    expect(await count('rollup_month_national', cell)).toBe(2);
    const removed = await rollupWrites(db.dataSource, () => db.dataSource.getRepository(Contact).remove(first));
    expect(removed.some((sql) => sql.startsWith('DELETE FROM rollup_month_national') && sql.includes('stage IS NULL'))).toBe(true);
    expect(await count('rollup_month_national', cell)).toBe(1);
    expect(await count('rollup_month_type', { receivedMonth: '2010-09', recordTypeId: first.recordTypeId })).toBe(1);
    expect(await checkRollups(db.dataSource)).toEqual([]);
    await db.dataSource.getRepository(Contact).remove(second);
    expect(await db.dataSource.query(`SELECT * FROM rollup_month_national WHERE receivedMonth = '2010-09'`)).toEqual([]);
    expect(await db.dataSource.query(`SELECT * FROM rollup_month_type WHERE receivedMonth = '2010-09'`)).toEqual([]);
    expect(await checkRollups(db.dataSource)).toEqual([]);
  });
});
