/**
 * The query limits through the real server: refusals are QUERY_TOO_COMPLEX
 * with HTTP 400 and the limit named; normal pages pass; variables that do not
 * coerce are still BAD_USER_INPUT. Hostile shapes: hostile-query-cost.integration.test.ts.
 */
import request from 'supertest';
import { Role } from '../auth/role';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { QUERY_LIMITS } from './query-limits';

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

async function post(query: string, variables?: Record<string, unknown>) {
  const res = await request(api.server.app)
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('Authorization', `Bearer ${api.token}`)
    .send({ query, variables });
  return { status: res.status, errors: res.body.errors as Array<{ message: string; extensions: Record<string, unknown> }> | undefined };
}

const fields = 'id reference receivedDate receivedMonth stage outcome recordType { name } channel { name } division { name } serviceAreas { name } issues { name }';

describe(`query guards (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('refuses a query nested deeper than the limit', async () => {
    expect((await post(`{ contacts { edges { node { serviceAreas { division { name } } } } } }`)).errors).toBeUndefined();
    const deep = `{ contacts { edges { node { issues { category { issues { category { issues { category { issues { category { name } } } } } } } } } } } }`;
    const { status, errors } = await post(deep);
    expect(status).toBe(400);
    expect(errors![0]!.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(errors![0]!.message).toBe(`Query is nested 12 levels deep; the limit is ${QUERY_LIMITS.maxDepth} levels.`);
  });

  it('prices pages by their size, taken from the variables: a normal page passes, four of the largest do not', async () => {
    const page = `query($page: PageInput) { contacts(page: $page) { totalCount edges { node { ${fields} } } } }`;
    expect((await post(page, { page: { first: 50 } })).errors).toBeUndefined();
    const four = `query($page: PageInput) { ${[1, 2, 3, 4].map((i) => `c${i}: contacts(page: $page) { edges { node { ${fields} } } }`).join(' ')} }`;
    const { status, errors } = await post(four, { page: { first: 200 } });
    expect(status).toBe(400);
    expect(errors![0]!.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(errors![0]!.message).toMatch(/^Query is too complex: [\d,]+ points; the limit is 10,000 points\./);
    expect((await post(four, { page: { first: 10 } })).errors).toBeUndefined();
  });

  it('leaves variables that do not coerce to execution: BAD_USER_INPUT naming the variable', async () => {
    const { status, errors } = await post(`query($page: PageInput) { contacts(page: $page) { totalCount } }`, { page: { first: 'many' } });
    expect(status).toBe(400);
    expect(errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toContain('$page');
  });
});
