/** The audit log reads newest first, one keyset page at a time, filtered to one item; bad paging names its field. */
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

const LOG = `query($f: AdminAuditFilter, $p: PageInput) {
  adminAuditLog(filter: $f, page: $p) { entries { id at actorEmail action targetType targetKey targetLabel changes { field before after } } pageInfo { hasNextPage endCursor } }
}`;
const SAVE = 'mutation($i: SaveReferenceItemInput!) { saveReferenceItem(input: $i) }';

describe(`the administrative audit log (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('pages through every change, newest first, and filters to one item', async () => {
    for (const name of ['Pager one', 'Pager two', 'Pager three']) {
      expect((await api.graphql(SAVE, { i: { kind: 'CHANNEL', code: 'PAGER', name } })).errors).toBeUndefined();
    }
    expect((await api.graphql(SAVE, { i: { kind: 'CHANNEL', code: 'OTHER_PAGER', name: 'Other' } })).errors).toBeUndefined();

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const { data, errors }: { data?: any; errors?: any[] } = await api.graphql(LOG, { f: { targetType: 'CHANNEL', targetKey: 'PAGER' }, p: { first: 2, after } });
      expect(errors).toBeUndefined();
      seen.push(...data.adminAuditLog.entries.map((e: any) => `${e.action} ${e.targetLabel}`));
      after = data.adminAuditLog.pageInfo.endCursor;
      if (!data.adminAuditLog.pageInfo.hasNextPage) break;
    }
    expect(seen).toEqual(['REFERENCE_UPDATED Pager three', 'REFERENCE_UPDATED Pager two', 'REFERENCE_ADDED Pager one']);

    const all = (await api.graphql(LOG, { p: { first: 10 } })).data.adminAuditLog.entries;
    expect(all[0]).toMatchObject({ action: 'REFERENCE_ADDED', targetType: 'CHANNEL', targetKey: 'OTHER_PAGER', changes: [{ field: 'code', before: null, after: 'OTHER_PAGER' }, { field: 'name', before: null, after: 'Other' }] });
    expect(all[0].actorEmail).toMatch(/@test\.example$/);
    expect(all[1].changes).toEqual([{ field: 'name', before: 'Pager two', after: 'Pager three' }]);
    expect(Date.parse(all[0].at)).toBeGreaterThan(Date.now() - 5 * 60_000);
  });

  it('names the field of a bad page or filter', async () => {
    for (const [variables, field] of [
      [{ p: { first: 0 } }, 'page.first'],
      [{ p: { after: 'not-a-cursor' } }, 'page.after'],
      [{ f: { targetKey: 'PAGER' } }, 'filter.targetKey'],
    ] as const) {
      const { errors } = await api.graphql(LOG, variables);
      expect({ variables, code: errors![0].extensions.code, field: errors![0].extensions.field }).toEqual({ variables, code: 'BAD_USER_INPUT', field });
    }
  });
});
