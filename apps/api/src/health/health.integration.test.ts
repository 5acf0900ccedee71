import { Role } from '../auth/role';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';

let db: TestDatabase;
let api: TestServer;

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db);
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

describe('/healthz', () => {
  it('says only "ok" while the database answers, to anyone', async () => {
    const anonymous = await api.get('/healthz');
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toEqual({ status: 'ok' });
    const admin = await (await api.as(Role.ADMIN)).get('/healthz');
    expect(admin.body).toEqual({ status: 'ok' });
  });

  it('answers 503 "unavailable", without the reason, when the database is gone', async () => {
    await db.dataSource.destroy();
    const res = await api.get('/healthz');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: 'unavailable' });
  });
});
