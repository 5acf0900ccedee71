/**
 * Every write path keeps the rollups exact (rollups:check finds nothing) —
 * the demo loader and the migration's fill, CSV imports, simultaneous
 * creates, lifecycle steps, anonymisation — and the check names a cell
 * that differs until a rebuild puts it right. On both dialects.
 */
import request from 'supertest';
import { In, Not } from 'typeorm';
import { Role } from '../auth/role';
import { Contact } from '../contacts/contact.entity';
import { ContactLifecycleService } from '../contacts/contact-lifecycle.service';
import { anonymiseRecords, recordIdOf } from '../retention/anonymise';
import { RetentionRecordKind } from '../retention/retention.enums';
import { openDemoDatabase, openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { checkRollups, rebuildRollups } from './rollup-check';
import { ROLLUPS } from './rollup-definitions';

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
    const response = await request(api.server.app)
      .post('/import/contacts')
      .set('Content-Type', 'text/csv')
      .set('Authorization', `Bearer ${api.token}`)
      .send([header, ...rows].join('\r\n') + '\r\n');
    expect(response.status).toBe(201);
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
