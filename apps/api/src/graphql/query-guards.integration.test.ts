/** Depth and complexity limits refuse expensive queries before they run. */
import { Role } from '../auth/role';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { MAX_QUERY_DEPTH } from './query-guards';

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

describe('query guards', () => {
  it('refuses a query nested deeper than the limit', async () => {
    // serviceAreas { division } nested inside repeated fragments cannot go deep, so use the contact graph.
    const deep = 'contacts { edges { node { serviceAreas { division { name } } } } }';
    let query = `{ ${deep} }`;
    expect((await api.graphql(query)).errors).toBeUndefined();
    query = `{ contacts { edges { node { issues { category { issues { category { issues { category { issues { category { name } } } } } } } } } } } }`;
    const { errors } = await api.graphql(query);
    // Apollo reports every validation-rule failure under one code; the message says which.
    expect(errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors![0].message).toContain('Query is nested');
    expect(errors![0].message).toContain(`the limit is ${MAX_QUERY_DEPTH}`);
  });

  it('refuses a query whose page size makes it too complex, and allows a normal page', async () => {
    const fields = 'id reference receivedDate receivedMonth stage outcome recordType { name } channel { name } division { name } serviceAreas { name } issues { name }';
    const ok = await api.graphql(`query($page: PageInput) { contacts(page: $page) { totalCount edges { node { ${fields} } } } }`, { page: { first: 50 } });
    expect(ok.errors).toBeUndefined();
    // Aliases let a client ask for the same field many times over: each one still costs.
    const aliases = Array.from({ length: 60 }, (_, i) => `r${i}: reference`).join(' ');
    const heavy = `query($page: PageInput) { contacts(page: $page) { edges { node { ${aliases} } } } }`;
    const { errors } = await api.graphql(heavy, { page: { first: 200 } });
    expect(errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(errors![0].message).toContain('the limit is');
  });
});
