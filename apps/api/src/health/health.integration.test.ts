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
  it('reports the database reachable', async () => {
    const res = await api.get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: { dialect: db.dialect, reachable: true } });
  });

  it('answers 503 when the database is gone', async () => {
    await db.dataSource.destroy();
    const res = await api.get('/healthz');
    expect(res.status).toBe(503);
    expect(res.body.status).toBe('error');
    expect(res.body.database.reachable).toBe(false);
  });
});
