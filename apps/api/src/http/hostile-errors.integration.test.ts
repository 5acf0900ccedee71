/**
 * Finding 9 and 10 of issue 8: what errors and headers give away. The server
 * runs in development mode, the loosest, and must still never answer with a
 * stack, a file path, SQL or driver text; bodies it cannot read get JSON; a
 * database outage is SERVICE_UNAVAILABLE with HTTP 503; every answer carries
 * the security headers and a request id.
 */
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Role } from '../auth/role';
import { openDatabase } from '../db/data-source';
import { logger } from '../logging/logger';
import { startTcpProxy, type TcpProxy } from '../test-support/tcp-proxy';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';

let db: TestDatabase;
let api: TestServer;
/** On MySQL the server reaches the database through this relay, so the test can cut it off. */
let proxy: TcpProxy | null = null;
let served: DataSource;

/** Text a response must never contain: stack frames, source paths, SQL, driver messages, host:port. */
const LEAKS = [/\bat .+:\d+:\d+/, /\/work\/|\/home\/|\/app\/|\.ts\b|\.js\b/, /\bSELECT\b|\bFROM\b|information_request/i, /SQLITE_|\bER_[A-Z_]+|ECONN|no such table|doesn't exist/i, /127\.0\.0\.1:\d+|localhost:\d+/];

function expectNoLeaks(body: unknown): void {
  const text = JSON.stringify(body);
  for (const leak of LEAKS) expect(text).not.toMatch(leak);
  expect(text).not.toContain('stacktrace');
}

beforeAll(async () => {
  db = await openTestDatabase();
  served = db.dataSource;
  if (db.config.dialect === 'mysql') {
    const url = new URL(db.config.url);
    proxy = await startTcpProxy(url.hostname, Number(url.port || 3306));
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    served = await openDatabase({ dialect: 'mysql', url: url.toString() });
  }
  api = await startTestServer({ ...db, dataSource: served }, null, { env: 'development' });
});
afterAll(async () => {
  await api?.server.stop();
  if (served !== db?.dataSource && served?.isInitialized) await served.destroy().catch(() => undefined);
  await db?.close();
});

const graphql = (body: string | object, token?: string) => {
  const test = request(api.server.app).post('/graphql').set('content-type', 'application/json');
  return (token ? test.set('Authorization', `Bearer ${token}`) : test).send(body);
};

describe('error posture (development mode)', () => {
  it('gives a GraphQL refusal its code, message and request id, and nothing more', async () => {
    const res = await graphql({ query: '{ contacts { totalCount } }' });
    expect(res.body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED', requestId: res.headers['x-request-id'] });
    expectNoLeaks(res.body);
  });

  it('quotes a 100,000-character refused value only in part', async () => {
    const value = '9'.repeat(100_000);
    const res = await graphql({ query: 'mutation($d: LocalDate!) { acknowledgeContact(id: "1", sentDate: $d) { status } }', variables: { d: value } });
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors[0].message).toContain('(100,000 characters)');
    // Before, the value came back twice: a 200 kB answer.
    expect(res.text.length).toBeLessThan(2_000);
    expectNoLeaks(res.body);
  });

  it('answers a syntax error without a stack', async () => {
    const res = await graphql({ query: '{ contacts {' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expectNoLeaks(res.body);
  });

  it('answers malformed JSON with a JSON 400, never an HTML page', async () => {
    const res = await request(api.server.app).post('/graphql').set('content-type', 'application/json').send('{"query": "{ me { id } }",');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST', requestId: res.headers['x-request-id'] } }],
    });
  });

  it('answers a 2 MB body with a JSON 413', async () => {
    const res = await graphql(JSON.stringify({ query: '{ me { id } }', padding: 'x'.repeat(2 * 1024 * 1024) }));
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers an unknown path with a JSON 404', async () => {
    const res = await request(api.server.app).post('/no-such-thing').send('x');
    expect(res.status).toBe(404);
    expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('request ids', () => {
  it('keeps a caller’s plain X-Request-Id and echoes it', async () => {
    const res = await request(api.server.app).get('/healthz').set('X-Request-Id', 'lb-7f3a.42');
    expect(res.headers['x-request-id']).toBe('lb-7f3a.42');
  });

  it.each(['has spaces in it', 'x'.repeat(65), 'id";drop', '<script>'])('replaces an unsafe X-Request-Id %j with its own', async (id) => {
    const res = await request(api.server.app).get('/healthz').set('X-Request-Id', id);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('security headers', () => {
  function expectSecurityHeaders(res: request.Response) {
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['x-request-id']).toBeTruthy();
  }

  it('are on the app, the API, health and the exports', async () => {
    const analyst = await api.as(Role.ANALYST);
    const officer = await api.as(Role.COMPLAINTS_OFFICER);
    const responses = [
      await request(api.server.app).get('/'),
      await request(api.server.app).get('/sign-in'),
      await graphql({ query: '{ me { id } }' }, analyst.token!),
      await request(api.server.app).get('/healthz'),
      await analyst.get('/export/trend.csv?financialYear=2009/10&groupBy=CHANNEL'),
      await analyst.get('/export/report/2009-10/table1.csv'),
      await officer.get('/import/contacts/template.csv'),
      await request(api.server.app).get('/export/trend.csv'),
    ];
    for (const res of responses) expectSecurityHeaders(res);
    for (const res of responses) expect(res.headers['x-powered-by']).toBeUndefined();
    expect(responses[2].headers['content-security-policy']).toContain("script-src 'self';");
  });

  it('leave GraphQL answers without an ETag (no POST is revalidated), and the exports with theirs', async () => {
    const analyst = await api.as(Role.ANALYST);
    const answer = await graphql({ query: '{ me { id } }' }, analyst.token!);
    expect(answer.status).toBe(200);
    expect(answer.headers.etag).toBeUndefined();
    expect((await analyst.get('/export/report/2009-10/table1.csv')).headers.etag).toBeTruthy();
  });

  it('leave the printable report its own, stricter policy', async () => {
    const analyst = await api.as(Role.ANALYST);
    const res = await analyst.get('/report/2009-10');
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(res.headers['x-frame-options']).toBe('DENY');
  });
});

describe('an unexpected failure', () => {
  it('hides an unexpected failure (here SQL on a missing table) behind the request id, and logs it under that id', async () => {
    const analyst = await api.as(Role.ANALYST);
    // Rename rather than drop: tables pointing at it (its history) would block a DROP on MySQL.
    await db.dataSource.query(
      db.dataSource.options.type === 'mysql'
        ? 'RENAME TABLE information_request TO information_request_gone'
        : 'ALTER TABLE information_request RENAME TO information_request_gone',
    );
    const logged = jest.spyOn(logger, 'error');
    try {
      const res = await graphql({ query: '{ informationRequestSummary(financialYear: "2009/10") { __typename } }' }, analyst.token!);
      const requestId = res.headers['x-request-id'];
      const [error] = res.body.errors;
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId });
      expect(error.message).toBe(`Something went wrong; quote request id ${requestId} if you report it.`);
      expectNoLeaks(res.body);
      expect(logged).toHaveBeenCalledWith(expect.objectContaining({ reqId: requestId, err: expect.any(Error) }), expect.any(String));

      // The same on a REST route: a CSV export whose query fails.
      const csv = await analyst.get('/export/report/2009-10/table8.csv');
      expect(csv.status).toBe(500);
      expect(csv.body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: csv.headers['x-request-id'] });
      expectNoLeaks(csv.body);
    } finally {
      logged.mockRestore();
    }
  });
});

describe('a database outage', () => {
  let token: string;
  beforeAll(async () => {
    token = (await api.as(Role.ANALYST)).token!;
    if (proxy) await proxy.cut();
    else await db.dataSource.destroy();
  });

  it('is SERVICE_UNAVAILABLE with HTTP 503 from GraphQL, without driver text', async () => {
    const res = await graphql({ query: 'mutation { login(email: "someone@test.example", password: "not-the-password") { token } }' });
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(/json/);
    expect(res.body.errors[0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', requestId: res.headers['x-request-id'] });
    expectNoLeaks(res.body);
  });

  it('is the same JSON 503 for a signed-in request, whose session cannot be looked up', async () => {
    const res = await graphql({ query: '{ me { id } }' }, token);
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(/json/);
    expect(res.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expectNoLeaks(res.body);
  });

  it('makes /healthz say only "unavailable"', async () => {
    const res = await request(api.server.app).get('/healthz');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: 'unavailable' });
  });
});
