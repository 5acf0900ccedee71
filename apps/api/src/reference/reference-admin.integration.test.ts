/** Administrators add and rename reference data; codes stay; bad input changes nothing. */
import { Role } from '../auth/role';
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
});
