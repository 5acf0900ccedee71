/**
 * A compiled query answers exactly as graphql-js does: every query in the access matrix, as each role and as
 * nobody, and the errors a client can cause (bad variables, a refused input, an unknown operation), through a server
 * that compiles every query on its first run and one that never compiles.
 */
import { Role } from '../auth/role';
import type { AccessTry, Who } from '../test-support/access-operation';
import { OPERATIONS } from '../test-support/access-operations';
import { openDemoDatabase, testDialect, type TestDatabase } from '../test-support/test-database';
import request from 'supertest';
import { startTestServer, type TestServer } from '../test-support/test-server';

let db: TestDatabase;
let compiled: TestServer;
let interpreted: TestServer;
type Client = (query: string, variables?: Record<string, unknown>) => Promise<{ status: number; body: Body }>;
type Body = { data?: unknown; errors?: Array<{ extensions?: Record<string, unknown> }> };
const clients = new Map<Who, [Client, Client]>();

/** A client of `server` with this session (or none); both servers share the database, so `me` answers alike. */
function session(server: TestServer, token: string | null): Client {
  return async (query, variables) => {
    const post = request(server.server.app).post('/graphql');
    const { status, body } = await (token ? post.set('Authorization', `Bearer ${token}`) : post).send({ query, variables });
    return { status, body };
  };
}

/** Each request's id differs; nothing else may (HTTP status included). */
function comparable({ status, body }: { status: number; body: Body }) {
  return { status, ...body, errors: body.errors?.map((e) => ({ ...e, extensions: { ...e.extensions, requestId: undefined } as Record<string, unknown> })) };
}

async function both(who: Who, query: string, variables?: Record<string, unknown>) {
  const [viaJit, viaGraphqlJs] = clients.get(who)!;
  // Twice through the compiling server: the second run takes the kept compiled query.
  const first = await viaJit(query, variables);
  const second = await viaJit(query, variables);
  const reference = await viaGraphqlJs(query, variables);
  return { first: comparable(first), second: comparable(second), reference: comparable(reference) };
}

/**
 * Which executor answers does not depend on the database, so, like the access matrix, this runs on SQLite only
 * (every feature's own integration tests run on both dialects, with queries compiled from their third run).
 */
const onSqlite = testDialect() === 'sqlite' ? describe : describe.skip;

const WHO: Who[] = ['NOBODY', Role.ADMIN, Role.MEMBER];
const queries = OPERATIONS.filter((op) => !/^\s*mutation\b/.test(op.document) && !op.ownSession);

onSqlite('compiled queries', () => {
  beforeAll(async () => {
    db = await openDemoDatabase();
    compiled = await startTestServer(db, null, { graphqlJit: 0 });
    interpreted = await startTestServer(db, null, { graphqlJit: null });
    clients.set('NOBODY', [session(compiled, null), session(interpreted, null)]);
    for (const role of Object.values(Role)) {
      const { token } = await compiled.as(role);
      clients.set(role, [session(compiled, token), session(interpreted, token)]);
    }
  });
  afterAll(async () => {
    await compiled?.server.stop();
    await interpreted?.server.stop();
    await db?.close();
  });

  it.each(queries.flatMap((op) => WHO.map((who) => [op.name, who, op] as const)))('%s as %s answers as graphql-js does', async (_name, who, op) => {
    const attempt: AccessTry = { dataSource: db.dataSource, who };
    const variables = op.variables ? await op.variables(attempt) : undefined;
    const { first, second, reference } = await both(who, op.document, variables);
    expect(first).toEqual(reference);
    expect(second).toEqual(reference);
  });

  const TREND = /* GraphQL */ `
    query Trend($input: TrendInput!) {
      trend(input: $input) { periods total totalCount series { key label crossKey crossLabel total points { period value count } } }
    }
  `;

  it.each([
    ['a large answer', { from: '2009-04-01', to: '2010-03-31', granularity: 'MONTH', groupBy: 'RECORD_TYPE', crossBy: 'CHANNEL' }],
    ['an enum value that does not exist', { financialYear: '2009/10', granularity: 'FORTNIGHT' }],
    ['a field of the wrong type', { financialYear: 2009, granularity: 'MONTH' }],
    ['a field the input does not have', { financialYear: '2009/10', granularity: 'MONTH', colour: 'red' }],
    ['a required field missing', { financialYear: '2009/10' }],
    ['a value the resolver refuses', { from: '2010-03-31', to: '2009-04-01', granularity: 'MONTH' }],
  ])('a trend with %s answers as graphql-js does', async (_what, input) => {
    const { first, second, reference } = await both(Role.ANALYST, TREND, { input });
    expect(first).toEqual(reference);
    expect(second).toEqual(reference);
  });

  it('answers a missing variable, an unknown operation and a skipped field as graphql-js does', async () => {
    for (const [query, variables] of [
      [TREND, {}],
      ['query A { me { email } } query B { recordTypes { code } }', undefined],
      ['query($s: Boolean!) { me { email role @skip(if: $s) } }', { s: true }],
    ] as const) {
      const { first, reference } = await both(Role.ANALYST, query, variables);
      expect(first).toEqual(reference);
    }
  });

  it("never runs a string literal as code (graphql-jit's date marker, compiled-execution.ts)", async () => {
    const marker = '__MAGIC_DATE__33a9e76d_02e0_4128_8e92_3530ad3da74d';
    const query = `{ annualReport(financialYear: "${marker}0+(globalThis.__compiledQueryServerProbe=1)") { financialYear } }`;
    const { first, second, reference } = await both(Role.ANALYST, query);
    expect((globalThis as Record<string, unknown>).__compiledQueryServerProbe).toBeUndefined();
    expect(first).toEqual(reference);
    expect(second).toEqual(reference);
    expect(reference.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
