/**
 * Administrators add, rename, retire and reinstate reference data; codes stay;
 * bad input changes nothing; every change is in the audit log; a renamed value
 * shows its new name at once wherever the shared catalog is read (trends).
 */
import { AdminAuditEntry } from '../admin-audit/admin-audit-entry.entity';
import { Role } from '../auth/role';
import { ContactService } from '../contacts/contact.service';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';

let db: TestDatabase;
let api: TestServer;

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db, Role.ADMIN);
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

const SAVE = 'mutation($i: SaveReferenceItemInput!) { saveReferenceItem(input: $i) }';
const AREAS = '{ serviceAreas { code name division { code } } }';

describe(`reference data administration (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('adds a service area to a division, and renames it without changing its code', async () => {
    const officer = await api.as(Role.COMPLAINTS_OFFICER);
    expect((await api.graphql(SAVE, { i: { kind: 'SERVICE_AREA', code: 'EARLY_HELP', name: 'Early Help', parent: 'SAFEGUARDING_SOCIAL_CARE' } })).errors).toBeUndefined();
    let areas = (await officer.graphql(AREAS)).data.serviceAreas;
    expect(areas.find((a: any) => a.code === 'EARLY_HELP')).toEqual({ code: 'EARLY_HELP', name: 'Early Help', division: { code: 'SAFEGUARDING_SOCIAL_CARE' } });

    expect((await api.graphql(SAVE, { i: { kind: 'SERVICE_AREA', code: 'EARLY_HELP', name: 'Early Help and Prevention', parent: 'SCHOOL_STANDARDS' } })).errors).toBeUndefined();
    areas = (await officer.graphql(AREAS)).data.serviceAreas;
    expect(areas.find((a: any) => a.code === 'EARLY_HELP')).toEqual({ code: 'EARLY_HELP', name: 'Early Help and Prevention', division: { code: 'SCHOOL_STANDARDS' } });
  });

  it.each([
    [{ kind: 'ISSUE', code: 'lower', name: 'X', parent: 'COMMUNICATION' }, 'code'],
    [{ kind: 'ISSUE', code: 'NEW_ISSUE', name: 'X' }, 'parent'],
    [{ kind: 'ISSUE', code: 'NEW_ISSUE', name: 'X', parent: 'NOPE' }, 'parent'],
    [{ kind: 'CHANNEL', code: 'FAX', name: '  ' }, 'name'],
  ])('refuses %j naming the field %s, and writes nothing', async (input, field) => {
    const before = (await api.graphql('{ issueCategories { issues { code } } channels { code } }')).data;
    const { errors } = await api.graphql(SAVE, { i: input });
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0].extensions.field).toBe(field);
    expect((await api.graphql('{ issueCategories { issues { code } } channels { code } }')).data).toEqual(before);
  });

  it('adds a record type only with a group and a statutory timescale, and never changes its group', async () => {
    const noGroup = await api.graphql(SAVE, { i: { kind: 'RECORD_TYPE', code: 'PETITION', name: 'Petition' } });
    expect(noGroup.errors![0].extensions.problems.map((p: any) => p.field)).toEqual(['group', 'code']);
    const noRule = await api.graphql(SAVE, { i: { kind: 'RECORD_TYPE', code: 'PETITION', name: 'Petition', group: 'ENQUIRY' } });
    expect(noRule.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(noRule.errors![0].message).toContain('deadline rule');

    expect((await api.graphql(SAVE, { i: { kind: 'RECORD_TYPE', code: 'COMMENT', name: 'Comment or suggestion' } })).errors).toBeUndefined();
    const regroup = await api.graphql(SAVE, { i: { kind: 'RECORD_TYPE', code: 'COMMENT', name: 'Comment', group: 'FORMAL_COMPLAINT' } });
    expect(regroup.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'group' });
    const types = (await api.graphql('{ recordTypes { code name group } }')).data.recordTypes;
    expect(types.find((t: any) => t.code === 'COMMENT')).toEqual({ code: 'COMMENT', name: 'Comment or suggestion', group: 'REPRESENTATION_OR_COMMENT' });
    expect(types.some((t: any) => t.code === 'PETITION')).toBe(false);
  });

  it('retires a value from a date and reinstates it, keeping it listed, with each change in the audit log', async () => {
    expect((await api.graphql(SAVE, { i: { kind: 'CHANNEL', code: 'FAX', name: 'Fax' } })).errors).toBeUndefined();
    const RETIRE = 'mutation($i: RetireReferenceItemInput!) { retireReferenceItem(input: $i) }';
    expect((await api.graphql(RETIRE, { i: { kind: 'CHANNEL', code: 'FAX', retiredFrom: '2011-04-01' } })).errors).toBeUndefined();
    const listed = (await api.graphql('{ channels { code retiredFrom } }')).data.channels;
    expect(listed.find((c: any) => c.code === 'FAX')).toEqual({ code: 'FAX', retiredFrom: '2011-04-01' });

    const badDate = await api.graphql(RETIRE, { i: { kind: 'CHANNEL', code: 'FAX', retiredFrom: '2011-02-30' } });
    expect(badDate.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'retiredFrom' });
    const unknown = await api.graphql(RETIRE, { i: { kind: 'CHANNEL', code: 'TELEX', retiredFrom: '2011-04-01' } });
    expect(unknown.errors![0].extensions.code).toBe('NOT_FOUND');

    expect((await api.graphql('mutation { reinstateReferenceItem(kind: CHANNEL, code: "FAX") }')).errors).toBeUndefined();
    expect((await api.graphql('{ channels { code retiredFrom } }')).data.channels.find((c: any) => c.code === 'FAX').retiredFrom).toBeNull();

    const log = await db.dataSource.getRepository(AdminAuditEntry).find({ where: { targetType: 'CHANNEL' as never, targetKey: 'FAX' }, order: { id: 'ASC' } });
    expect(log.map((e) => [e.action, e.before && JSON.parse(e.before).retiredFrom, e.after && JSON.parse(e.after).retiredFrom])).toEqual([
      ['REFERENCE_ADDED', null, null],
      ['REFERENCE_RETIRED', null, '2011-04-01'],
      ['REFERENCE_REINSTATED', '2011-04-01', null],
    ]);
    expect(log.every((e) => e.actorEmail?.endsWith('@test.example'))).toBe(true);
  });

  it('retires a division only after its service areas, and adds nothing to a retired parent', async () => {
    expect((await api.graphql(SAVE, { i: { kind: 'DIVISION', code: 'OLD_DIVISION', name: 'Old division' } })).errors).toBeUndefined();
    expect((await api.graphql(SAVE, { i: { kind: 'SERVICE_AREA', code: 'OLD_AREA', name: 'Old area', parent: 'OLD_DIVISION' } })).errors).toBeUndefined();
    const RETIRE = 'mutation($i: RetireReferenceItemInput!) { retireReferenceItem(input: $i) }';
    const early = await api.graphql(RETIRE, { i: { kind: 'DIVISION', code: 'OLD_DIVISION', retiredFrom: '2012-04-01' } });
    expect(early.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'retiredFrom' });
    expect(early.errors![0].message).toContain("'Old area'");

    expect((await api.graphql(RETIRE, { i: { kind: 'SERVICE_AREA', code: 'OLD_AREA', retiredFrom: '2012-01-01' } })).errors).toBeUndefined();
    expect((await api.graphql(RETIRE, { i: { kind: 'DIVISION', code: 'OLD_DIVISION', retiredFrom: '2012-04-01' } })).errors).toBeUndefined();

    const add = await api.graphql(SAVE, { i: { kind: 'SERVICE_AREA', code: 'NEW_AREA', name: 'New area', parent: 'OLD_DIVISION' } });
    expect(add.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parent' });
    const back = await api.graphql('mutation { reinstateReferenceItem(kind: SERVICE_AREA, code: "OLD_AREA") }');
    expect(back.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    // Renaming within a retired division is still allowed: the old records keep the value.
    expect((await api.graphql(SAVE, { i: { kind: 'SERVICE_AREA', code: 'OLD_AREA', name: 'Old area (closed)', parent: 'OLD_DIVISION' } })).errors).toBeUndefined();
  });

  it('adds values that come into force on a restructure date, within their parent’s dates, and never changes that date', async () => {
    const LIST = '{ divisions { code effectiveFrom retiredFrom } serviceAreas { code name effectiveFrom } }';
    const field = (result: any) => [result.errors?.[0]?.extensions.code, result.errors?.[0]?.extensions.field];
    expect((await api.graphql(SAVE, { i: { kind: 'DIVISION', code: 'FAMILY_HELP', name: 'Family Help', effectiveFrom: '2031-04-01' } })).errors).toBeUndefined();
    const before = (await api.graphql(LIST)).data;
    expect(before.divisions.find((d: any) => d.code === 'FAMILY_HELP')).toEqual({ code: 'FAMILY_HELP', effectiveFrom: '2031-04-01', retiredFrom: null });

    // A service area in it may not be in use before the division is.
    const area = { kind: 'SERVICE_AREA', code: 'FAMILY_SUPPORT', name: 'Family Support', parent: 'FAMILY_HELP' };
    const undated = await api.graphql(SAVE, { i: area });
    expect(field(undated)).toEqual(['BAD_USER_INPUT', 'effectiveFrom']);
    expect(undated.errors![0].message).toContain("'Family Help' comes into force on 2031-04-01");
    expect(field(await api.graphql(SAVE, { i: { ...area, effectiveFrom: '2030-04-01' } }))).toEqual(['BAD_USER_INPUT', 'effectiveFrom']);
    expect(field(await api.graphql(SAVE, { i: { ...area, effectiveFrom: '2031-02-30' } }))).toEqual(['BAD_USER_INPUT', 'effectiveFrom']);
    expect((await api.graphql(LIST)).data).toEqual(before);

    expect((await api.graphql(SAVE, { i: { ...area, effectiveFrom: '2031-04-01' } })).errors).toBeUndefined();
    const added = (await api.graphql(LIST)).data.serviceAreas.find((a: any) => a.code === 'FAMILY_SUPPORT');
    expect(added).toEqual({ code: 'FAMILY_SUPPORT', name: 'Family Support', effectiveFrom: '2031-04-01' });
    const [entry] = await db.dataSource.getRepository(AdminAuditEntry).find({ where: { targetType: 'SERVICE_AREA' as never, targetKey: 'FAMILY_SUPPORT' } });
    expect(JSON.parse(entry!.after!)).toMatchObject({ code: 'FAMILY_SUPPORT', parent: 'FAMILY_HELP', effectiveFrom: '2031-04-01', retiredFrom: null });

    // Renaming keeps the date; changing it is refused, naming the field.
    expect(field(await api.graphql(SAVE, { i: { ...area, effectiveFrom: '2032-04-01' } }))).toEqual(['BAD_USER_INPUT', 'effectiveFrom']);
    expect((await api.graphql(SAVE, { i: { ...area, name: 'Family Support Service' } })).errors).toBeUndefined();
    expect((await api.graphql(LIST)).data.serviceAreas.find((a: any) => a.code === 'FAMILY_SUPPORT')).toEqual({ code: 'FAMILY_SUPPORT', name: 'Family Support Service', effectiveFrom: '2031-04-01' });

    // Nor may it come into force on or after the day its parent retires.
    expect((await api.graphql(SAVE, { i: { kind: 'DIVISION', code: 'CLOSING_DIVISION', name: 'Closing division' } })).errors).toBeUndefined();
    const RETIRE = 'mutation($i: RetireReferenceItemInput!) { retireReferenceItem(input: $i) }';
    expect((await api.graphql(RETIRE, { i: { kind: 'DIVISION', code: 'CLOSING_DIVISION', retiredFrom: '2035-04-01' } })).errors).toBeUndefined();
    const late = await api.graphql(SAVE, { i: { kind: 'SERVICE_AREA', code: 'LATE_AREA', name: 'Late area', parent: 'CLOSING_DIVISION', effectiveFrom: '2035-04-01' } });
    expect(field(late)).toEqual(['BAD_USER_INPUT', 'effectiveFrom']);
    expect((await api.graphql(SAVE, { i: { kind: 'SERVICE_AREA', code: 'LATE_AREA', name: 'Late area', parent: 'CLOSING_DIVISION', effectiveFrom: '2034-04-01' } })).errors).toBeUndefined();
  });

  it('shows a renamed issue by its new name in trends at once, on the records made before', async () => {
    const officer = await api.as(Role.COMPLAINTS_OFFICER);
    await new ContactService(db.dataSource).create({
      reference: 'REF-ADMIN-RENAME-1',
      recordType: 'STATUTORY_COMPLAINT',
      channel: 'EMAIL',
      receivedDate: '2010-01-05',
      serviceAreas: ['SOCIAL_CARE'],
      issues: ['POLICY_DISAGREEMENT'],
      complainantType: 'PARENT_OR_CARER',
    });
    const TREND = '{ trend(input: { financialYear: "2009/10", groupBy: ISSUE, granularity: FINANCIAL_YEAR }) { series { key label total } } }';
    const labelOf = async () => {
      const { data, errors } = await officer.graphql(TREND);
      expect(errors).toBeUndefined();
      return data.trend.series.find((s: any) => s.key === 'POLICY_DISAGREEMENT');
    };
    // The first read fills the shared catalog cache; the rename must not be hidden by it.
    const before = await labelOf();
    expect(before.total).toBe(1);
    expect((await api.graphql(SAVE, { i: { kind: 'ISSUE', code: 'POLICY_DISAGREEMENT', name: 'Disagrees with a council policy', parent: 'POLICY' } })).errors).toBeUndefined();
    expect(await labelOf()).toEqual({ key: 'POLICY_DISAGREEMENT', label: 'Disagrees with a council policy', total: 1 });
  });
});
