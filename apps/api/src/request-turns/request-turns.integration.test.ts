/**
 * Request turns in the HTTP server: a data route waits for a place (and is told
 * 503 SERVER_BUSY with Retry-After when it waits too long), /healthz never waits,
 * and a request gives its place up while its aggregates wait for the database
 * or its password is checked, so one place still answers many analysts at once
 * on both dialects.
 */
import express from 'express';
import type { AddressInfo } from 'net';
import { connect } from 'net';
import request from 'supertest';
import { Role } from '../auth/role';
import { openDemoDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { awayFromTurn } from './request-turn';
import { BUSY_MESSAGE, requestTurns } from './request-turns.middleware';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the request turns middleware', () => {
  function app(hold: Promise<void>, away: boolean) {
    const a = express();
    a.get('/healthz', (_req, res) => res.json({ status: 'ok' }));
    a.use('/graphql', requestTurns(1, { waitMs: 100 }));
    a.get('/graphql', async (_req, res) => {
      await (away ? awayFromTurn(() => hold) : hold);
      res.json({ data: 'answered' });
    });
    return a;
  }

  it('keeps a new request waiting while the place is busy, then refuses it with 503 and Retry-After; /healthz never waits', async () => {
    const hold = deferred();
    const a = app(hold.promise, false);
    // The held request is let go whatever happens, or its open connection keeps Jest running.
    const first = request(a).get('/graphql').then((r) => r);
    try {
      await new Promise((r) => setTimeout(r, 20));
      const started = Date.now();
      const second = await request(a).get('/graphql');
      expect(Date.now() - started).toBeGreaterThanOrEqual(90);
      expect(second.status).toBe(503);
      expect(second.headers['retry-after']).toBe('1');
      expect(second.body).toEqual({ errors: [{ message: BUSY_MESSAGE, extensions: { code: 'SERVER_BUSY', requestId: expect.any(String) } }] });
      expect((await request(a).get('/healthz')).status).toBe(200);
    } finally {
      hold.resolve();
    }
    expect((await first).body).toEqual({ data: 'answered' });
    expect((await request(a).get('/graphql')).body).toEqual({ data: 'answered' });
  });

  it('lets other requests in while one waits away from its place', async () => {
    const hold = deferred();
    const a = app(hold.promise, true);
    const waiting = request(a).get('/graphql').then((r) => r);
    await new Promise((r) => setTimeout(r, 20));
    const others = request(a).get('/graphql');
    hold.resolve();
    expect((await others).status).toBe(200);
    expect((await waiting).status).toBe(200);
  });
});

describe('a client that is slow to send or to read holds no place', () => {
  it('frees the place when the answer is handed over, however slowly the client reads it', async () => {
    const a = express();
    a.use('/export', requestTurns(1, { waitMs: 200 }));
    a.get('/export/big', (_req, res) => res.type('text/csv').send('x'.repeat(8 * 1024 * 1024)));
    a.get('/export/small', (_req, res) => res.json({ ok: true }));
    const server = a.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as AddressInfo;
    // Asks for 8 MB and never reads it: the answer stays in the socket's buffers.
    const reader = connect(port, '127.0.0.1');
    reader.pause();
    reader.write('GET /export/big HTTP/1.1\r\nHost: x\r\n\r\n');
    try {
      await new Promise((r) => setTimeout(r, 100));
      const small = await request(server).get('/export/small');
      expect(small.status).toBe(200);
    } finally {
      reader.destroy();
      server.close();
    }
  });
});

describe(`one request turn serves many analysts at once (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  let db: TestDatabase;
  let api: TestServer;
  let http: ReturnType<TestServer['server']['app']['listen']> | undefined;

  /** The app on a real port (supertest's own server cannot be reached with a raw socket). */
  async function listening(on: TestServer): Promise<AddressInfo> {
    http ??= on.server.app.listen(0, '127.0.0.1');
    if (!http.listening) await new Promise((r) => http!.once('listening', r));
    return http.address() as AddressInfo;
  }

  beforeAll(async () => {
    db = await openDemoDatabase();
    api = await startTestServer(db, Role.ANALYST, { activeRequests: 1 });
  });
  afterAll(async () => {
    http?.close();
    await api?.server.stop();
    await db?.close();
  });

  it('takes no place for a GraphQL request until its body is in', async () => {
    const { port } = await listening(api);
    // Sends its headers and half its body, then nothing: the one place stays free for everyone else.
    const slow = connect(port, '127.0.0.1');
    slow.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"query":');
    try {
      await new Promise((r) => setTimeout(r, 100));
      const { data, errors } = await api.graphql('{ recordTypes { code } }');
      expect(errors).toBeUndefined();
      expect(data.recordTypes.length).toBeGreaterThan(0);
    } finally {
      slow.destroy();
    }
  });

  it("lets other requests in while a sign-in's password is checked", async () => {
    const finished: string[] = [];
    // A wrong password: the check (argon2, 100 ms or more) runs all the same, and no session is made.
    const signIn = api.anonymous
      .graphql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: 'nobody@demo.example', p: 'not-the-password' })
      .then((r) => {
        finished.push('sign-in');
        return r;
      });
    await new Promise((r) => setTimeout(r, 30));
    const other = api.graphql('{ recordTypes { code } }').then((r) => {
      finished.push('other');
      return r;
    });
    const [signedIn, answered] = await Promise.all([signIn, other]);
    expect(signedIn.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(answered.errors).toBeUndefined();
    // With the one place held through the check, the other request could only have come after it.
    expect(finished).toEqual(['other', 'sign-in']);
  });

  it('answers parallel trends, exports and a report table, each exactly as alone', async () => {
    const TREND = 'query($input: TrendInput!) { trend(input: $input) { total } }';
    const years = ['2005/06', '2006/07', '2007/08', '2008/09', '2009/10', '2010/11'];
    const analysts = await Promise.all([api.as(Role.ANALYST), api.as(Role.ANALYST), api.as(Role.ANALYST)]);
    const asked = await Promise.all([
      ...years.map((financialYear, i) => analysts[i % 3].graphql(TREND, { input: { financialYear, groupBy: 'CHANNEL' } })),
      api.get('/export/trend.csv?financialYear=2009/10&groupBy=RECORD_TYPE'),
      api.get('/export/report/2009-10/table2.csv'),
      api.anonymous.get('/healthz'),
    ]);
    const trends = asked.slice(0, years.length) as { data?: { trend: { total: number } }; errors?: unknown[] }[];
    for (const answer of trends) expect(answer.errors).toBeUndefined();
    const csv = asked[years.length] as request.Response;
    const table = asked[years.length + 1] as request.Response;
    expect([csv.status, table.status, (asked[years.length + 2] as request.Response).status]).toEqual([200, 200, 200]);
    // The same questions one at a time give the same answers.
    for (const [i, financialYear] of years.entries()) {
      const alone = await api.graphql(TREND, { input: { financialYear, groupBy: 'CHANNEL' } });
      expect(alone.data!.trend.total).toBe(trends[i].data!.trend.total);
    }
    expect(trends[4].data!.trend.total).toBeGreaterThan(0);
  });
});
