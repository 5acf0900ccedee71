/**
 * Every query and mutation, tried as each role and as nobody: allowed, or
 * refused with FORBIDDEN (signed in, wrong role) / UNAUTHENTICATED (nobody).
 * Every feature lists its operations in a `*.access.ts` file, collected in
 * test-support/access-operations.ts: add yours there.
 */
import { openDemoDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server';
import { Role } from './role';
import { OPERATIONS } from '../test-support/access-operations';

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

const REFUSALS = ['FORBIDDEN', 'UNAUTHENTICATED'];

describe(`access by role (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  const cases = OPERATIONS.flatMap((op) => [...Object.values(Role), 'NOBODY' as const].map((who) => [op.name, who, op] as const));

  it.each(cases)('%s as %s', async (_name, who, op) => {
    const client = who === 'NOBODY' ? api.anonymous : op.ownSession ? await api.as(who) : clients.get(who)!;
    const { errors } = await client.graphql(op.document, op.variables?.());
    const code = errors?.[0]?.extensions?.code;
    const allowed = op.allowed === 'ANYONE' || (who !== 'NOBODY' && op.allowed.includes(who));
    if (allowed) expect(REFUSALS).not.toContain(code);
    else expect(code).toBe(who === 'NOBODY' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
  });

  it('refuses the CSV export to nobody (401) and to admins (403), and serves analysts', async () => {
    const path = '/export/trend.csv?financialYear=2009/10';
    expect((await api.anonymous.get(path)).status).toBe(401);
    expect((await clients.get(Role.ADMIN)!.get(path)).status).toBe(403);
    expect((await clients.get(Role.ANALYST)!.get(path)).status).toBe(200);
  });
});
