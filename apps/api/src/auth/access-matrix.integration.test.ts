/**
 * Every query, mutation and HTTP route, tried as each role and as nobody, against
 * the hand-written policy in access-matrix.expected.ts (not the ACCESS constants
 * the resolvers use). Allowed means it succeeded: no error at all and an answer.
 * Refused means UNAUTHENTICATED/401 (nobody) or FORBIDDEN/403 (signed in), with
 * nothing written. An operation or route without a row fails the test.
 * Every feature lists its operations in a `*.access.ts` file, collected in
 * test-support/access-operations.ts: add yours there, and its row to the table.
 */
import type { DataSource } from 'typeorm';
import { buildAppSchema } from '../graphql/build-schema';
import type { AccessOperation, Who } from '../test-support/access-operation';
import { OPERATIONS } from '../test-support/access-operations';
import { openDemoDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server';
import { EXPECTED_ACCESS, WHO } from './access-matrix.expected';
import { ACCESS_ROUTES, declaredRoutes, type AccessRoute } from './access-matrix.routes';
import { Role } from './role';

let db: TestDatabase;
let api: TestServer;
const clients = new Map<Role, TestClient>();

beforeAll(async () => {
  db = await openDemoDatabase();
  api = await startTestServer(db);
  for (const role of Object.values(Role)) clients.set(role, await api.as(role));
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

function expected(name: string, who: Who): boolean {
  const row = EXPECTED_ACCESS.get(name);
  if (!row) throw new Error(`'${name}' has no row in auth/access-matrix.expected.ts: add one`);
  return row[who];
}

/** Each table's row count and its newest rows: what a refused call must leave as it was. */
async function snapshot(dataSource: DataSource): Promise<Record<string, unknown>> {
  const state: Record<string, unknown> = {};
  for (const entity of dataSource.entityMetadatas) {
    const repo = dataSource.getRepository(entity.target);
    const order = Object.fromEntries(entity.primaryColumns.map((c) => [c.propertyName, 'DESC' as const]));
    state[entity.tableName] = { count: await repo.count(), newest: await repo.find({ order, take: 5 }) };
  }
  return state;
}

/**
 * What a refused call must leave as it was. SQLite: the connection's count of rows inserted, updated or
 * deleted since it opened (the API and this test share the one connection), exact and one statement.
 * MySQL: the snapshot above.
 */
async function writeMark(dataSource: DataSource): Promise<unknown> {
  if (dataSource.options.type !== 'better-sqlite3') return snapshot(dataSource);
  const [row] = await dataSource.query('SELECT total_changes() AS changes');
  return { rowsChangedSinceOpened: Number(row.changes) };
}

/**
 * Only what can write needs the before/after mark (about 150 statements each time): a refused query or
 * GET never reaches a resolver or handler that writes, and the snapshots were most of this test's time.
 */
const mayWrite = (document: string) => /^\s*mutation\b/.test(document);

const cases = OPERATIONS.flatMap((op) => WHO.map((who) => [op.name, who, op] as [string, Who, AccessOperation]));
const routeCases = ACCESS_ROUTES.flatMap((route) => WHO.map((who) => [route.name, who, route] as [string, Who, AccessRoute]));

describe(`access by role (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('has a row and an operation for every Query and Mutation field, and a row for every route', async () => {
    const schema = await buildAppSchema();
    const fields = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) => Object.keys(type.getFields()));
    const operations = new Set(OPERATIONS.map((op) => op.name));
    expect(fields.filter((field) => !operations.has(field))).toEqual([]);
    expect(OPERATIONS.map((op) => op.name).filter((name) => !EXPECTED_ACCESS.has(name))).toEqual([]);

    const routes = new Set(ACCESS_ROUTES.map((route) => route.name));
    expect([...routes].filter((name) => !EXPECTED_ACCESS.has(name))).toEqual([]);
    // Express 5 forgets a mounted router's path, so its routes match a row by their tail.
    const unlisted = declaredRoutes(api.server.app).filter((route) => {
      const [method, path] = route.split(' ');
      return ![...routes].some((name) => name === route || (name.startsWith(`${method} `) && name.endsWith(path)));
    });
    expect(unlisted).toEqual([]);
    // And no row outlives what it describes.
    expect([...EXPECTED_ACCESS.keys()].filter((name) => !operations.has(name) && !routes.has(name))).toEqual([]);
  });

  it.each(cases)('%s as %s', async (name, who, op) => {
    const allowed = expected(name, who);
    const client = who === 'NOBODY' ? api.anonymous : op.ownSession ? await api.as(who) : clients.get(who)!;
    const variables = await op.variables?.({ dataSource: db.dataSource, who });
    if (allowed) {
      const { data, errors } = await client.graphql(op.document, variables);
      expect(errors).toBeUndefined();
      const answers = Object.values(data ?? {});
      expect(answers.length).toBeGreaterThan(0);
      for (const answer of answers) {
        if (!(answer === null && who === 'NOBODY' && op.nullWhenSignedOut)) expect(answer).not.toBeNull();
        // A result union's other member (e.g. a version conflict) is not success.
        const typename = (answer as { __typename?: string } | null)?.__typename;
        if (typename) expect(typename).not.toMatch(/Conflict|Problem|Error/);
      }
    } else {
      const writes = mayWrite(op.document);
      const before = writes ? await writeMark(db.dataSource) : null;
      const { data, errors } = await client.graphql(op.document, variables);
      expect((errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code)).toEqual([who === 'NOBODY' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
      expect(Object.values(data ?? {}).filter((answer) => answer !== null)).toEqual([]);
      if (writes) expect(await writeMark(db.dataSource)).toEqual(before);
    }
  });

  it.each(routeCases)('%s as %s', async (name, who, route) => {
    const allowed = expected(name, who);
    const token = who === 'NOBODY' ? null : clients.get(who)!.token;
    if (allowed) {
      const res = await route.send(api.server.app, token);
      expect({ status: res.status, body: res.status === route.ok ? 'ok' : res.text }).toEqual({ status: route.ok, body: 'ok' });
      expect(res.text.length).toBeGreaterThan(0);
    } else {
      const writes = !name.startsWith('GET ');
      const before = writes ? await writeMark(db.dataSource) : null;
      const res = await route.send(api.server.app, token);
      expect(res.status).toBe(who === 'NOBODY' ? 401 : 403);
      if (writes) expect(await writeMark(db.dataSource)).toEqual(before);
    }
  });
});
