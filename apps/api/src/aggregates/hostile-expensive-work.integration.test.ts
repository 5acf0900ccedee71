/**
 * Issue 8, findings 3 and 11: expensive work must never stall the process.
 * Aggregates are limited per user and in all, each has a time limit at which
 * its statements are stopped, /healthz answers while they run, and a long
 * import lets other requests in between its chunks. Both dialects.
 */
import { GraphQLError } from 'graphql';
import { createServer as createHttpServer, request as httpRequest, type Server } from 'http';
import type { AddressInfo } from 'net';
import request from 'supertest';
import { Role } from '../auth/role';
import { Contact } from '../contacts/contact.entity';
import { completeContactImport } from '../import/contact-import.service';
import { ContactImport, IMPORT_LIMITS } from '../import/contact-import';
import { loadReferenceCatalog } from '../reference/reference-catalog';
import { openDemoDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server';
import { waitUntil } from '../test-support/wait-until';
import { addCalendarDays } from '../timescales/iso-date';
import { closeAggregates, configureAggregates } from './aggregate-admission';

let db: TestDatabase;
let api: TestServer;
let otherAnalyst: TestClient;

beforeAll(async () => {
  db = await openDemoDatabase();
  api = await startTestServer(db, Role.ANALYST);
  otherAnalyst = await api.as(Role.ANALYST);
});
afterAll(async () => {
  if (db) closeAggregates(db.dataSource);
  await api?.server.stop();
  await db?.close();
});

const sqlite = () => db.dialect === 'sqlite';
const countTo = (n: number) => `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${n}) SELECT COUNT(*) AS c FROM n`;
/**
 * Runs for far longer than any limit used here unless stopped: SQLite ~40 s of CPU; MariaDB 30 s
 * (MySQL 8 ends an interrupted SLEEP without an error, so there a join that would take hours).
 */
const endless = () => {
  if (sqlite()) return countTo(100_000_000);
  if (db.dataSource.options.type === 'mariadb') return 'SELECT SLEEP(30) AS c';
  return 'SELECT COUNT(*) AS c FROM information_schema.columns a, information_schema.columns b, information_schema.columns c';
};
/** Busy for about a second, then finishes by itself. */
const busy = () => (sqlite() ? countTo(2_000_000) : 'SELECT SLEEP(1) AS c');

const TREND = 'query($input: TrendInput!) { trend(input: $input) { total } }';
const TREND_INPUT = { financialYear: '2009/10', groupBy: 'CHANNEL', granularity: 'FINANCIAL_YEAR' };

/** Waits on this process's own counters: polled more often than the server is. */
const until = (condition: () => boolean, what: string) => waitUntil(condition, what, 10);

const healthz = () => request(api.server.app).get('/healthz');

/** Marks this file's endless statements, so the server's process list shows which are still running. */
const GONE_MARK = '/* hostile-client-gone */';

/** MySQL/MariaDB statements of this file's marked work still running on the server (not counting this one). */
async function markedStatementsRunning(): Promise<number> {
  const [row] = await db.dataSource.query(
    `SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID() AND INFO LIKE '%hostile-client-gone%' AND INFO NOT LIKE 'KILL%'`,
  );
  return Number(row.n);
}

/** A promise's outcome without throwing, and whether it has settled yet. */
function watch<T>(promise: Promise<T>) {
  const result = promise.then(
    (value) => ({ value, error: null as unknown }),
    (error: unknown) => ({ value: null, error }),
  );
  const state = { settled: false, result };
  void result.then(() => (state.settled = true));
  return state;
}

describe(`expensive work never stalls the process (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it("queues a user's third and fourth concurrent aggregates behind their first two, refuses a fifth at once, and runs another user's", async () => {
    const runner = configureAggregates(db.dataSource, {});
    // Occupy every aggregate statement place, so the user's first two aggregates stay running.
    const blocker = watch(runner.admit('test:blocker', (run) => Promise.all(Array.from({ length: runner.capacity }, () => run.sql(busy())))));
    expect(runner.load).toEqual({ active: runner.capacity, waiting: 0 });

    const first = api.graphql(TREND, { input: TREND_INPUT });
    const second = api.graphql(TREND, { input: TREND_INPUT });
    await until(() => runner.slots.inUse() === 3, "the user's two aggregates to be admitted");
    // A page that asks again before its first answers has come (its browser abandoned them): it waits for them.
    const third = watch(api.graphql(TREND, { input: { ...TREND_INPUT, groupBy: 'STAGE' } }));
    const fourth = watch(api.get('/export/trend.csv?financialYear=2009/10&groupBy=CHANNEL'));
    await until(() => runner.slots.waitingForOwn === 2, "the user's third and fourth to wait for their own places");

    const fifth = await api.graphql(TREND, { input: TREND_INPUT });
    expect(fifth.data).toBeFalsy();
    expect(fifth.errors![0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', per: 'USER' });
    expect(fifth.errors![0].message).toMatch(/at most 2 may run at once for each user/);
    const reportTable = await api.get('/export/report/2009-10/table2.csv');
    expect(reportTable.status).toBe(429);
    expect(reportTable.text).toMatch(/at most 2 may run at once/);
    const report = await api.get('/report/2009-10');
    expect(report.status).toBe(429);

    const others = otherAnalyst.graphql(TREND, { input: TREND_INPUT });
    await until(() => runner.slots.inUse() === 4, "the other user's aggregate to be admitted");
    expect(third.settled || fourth.settled).toBe(false);
    expect((await blocker.result).error).toBeNull();
    const answers = [...(await Promise.all([first, second, others])), (await third.result).value!];
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data.trend.total).toBeGreaterThan(0);
    }
    expect((await fourth.result).value!.status).toBe(200);
    expect(runner.slots.inUse()).toBe(0);
    expect(runner.slots.waitingForOwn).toBe(0);
    // With the slots free again, the same user is served.
    expect((await api.get('/export/report/2009-10/table2.csv')).status).toBe(200);
  });

  it('queues aggregates once every place is taken: answered in turn, refused after the wait or when the queue is full', async () => {
    // Questions not asked elsewhere in this file: a cached answer would take no place at all.
    const QUEUED = { ...TREND_INPUT, groupBy: 'OUTCOME' };
    const runner = configureAggregates(db.dataSource, { global: 1, queueLength: 1, queueWaitMs: 60_000 });
    let finish = () => {};
    const blocker = runner.admit('test:blocker', () => new Promise<void>((resolve) => (finish = resolve)));
    try {
      // The only place is taken: the analyst's trend waits rather than failing.
      const waiting = watch(api.graphql(TREND, { input: QUEUED }));
      await until(() => runner.slots.waiting === 1, 'the trend to queue');
      // The queue (one place) is full: the next is refused at once.
      const refused = await otherAnalyst.graphql(TREND, { input: QUEUED });
      expect(refused.errors![0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', per: 'SERVER' });
      expect(refused.errors![0].message).toMatch(/as many more are waiting as it queues/);
      expect(waiting.settled).toBe(false);
      finish();
      const { value, error } = await waiting.result;
      expect(error).toBeNull();
      expect(value!.errors).toBeUndefined();
      expect(value!.data.trend.total).toBeGreaterThan(0);
    } finally {
      finish();
      await blocker;
    }

    const impatient = configureAggregates(db.dataSource, { global: 1, queueLength: 4, queueWaitMs: 200 });
    const held = impatient.admit('test:blocker', () => new Promise<void>((resolve) => (finish = resolve)));
    try {
      const started = Date.now();
      const late = await api.get('/export/trend.csv?financialYear=2009/10&groupBy=STAGE');
      expect(late.status).toBe(429);
      expect(late.text).toMatch(/server is busy: this query waited 200 ms/);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(impatient.slots.waiting).toBe(0);
    } finally {
      finish();
      await held;
    }
    expect(impatient.slots.inUse()).toBe(0);
    configureAggregates(db.dataSource, {});
  });

  it('hands the place of a failed, timed-out or abandoned aggregate to the next in the queue, and refuses a flood beyond the queue at once', async () => {
    const runner = configureAggregates(db.dataSource, { global: 1, queueLength: 3, queueWaitMs: 60_000, timeLimitMs: 1500 });
    const code = (error: unknown) => (error as GraphQLError).extensions?.code;
    const ran: string[] = [];
    let fail = () => {};
    const failing = watch(
      runner.admit('test:failing', async (run) => {
        await new Promise<void>((resolve) => (fail = resolve));
        await run.sql('SELECT no_such_column FROM contact');
      }),
    );
    const slow = watch(runner.admit('test:slow', (run) => (ran.push('slow'), run.sql(endless()))));
    const client = new AbortController();
    const gone = watch(runner.admit('test:gone', async () => ran.push('gone'), client.signal));
    const last = watch(runner.admit('test:last', (run) => (ran.push('last'), run.sql('SELECT 1 AS c'))));
    expect(runner.slots.waiting).toBe(3);

    // 50 more people at once: the queue is full, so every one is refused without waiting. A queued one would
    // wait 60 s (queueWaitMs); the bound is far from that and from a loaded CI machine's pauses.
    const started = Date.now();
    const flood = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => runner.admit(`test:flood${i}`, async () => 'ran')));
    expect(flood.map((outcome) => (outcome.status === 'rejected' ? code(outcome.reason) : 'ran'))).toEqual(Array(50).fill('TOO_MANY_REQUESTS'));
    expect(Date.now() - started).toBeLessThan(10_000);

    // A client gone while waiting leaves its place at once.
    client.abort();
    expect(code((await gone.result).error)).toBe('TOO_MANY_REQUESTS');
    expect(runner.slots.waiting).toBe(2);

    fail();
    expect((await failing.result).error).toBeTruthy();
    expect(code((await slow.result).error)).toBe('QUERY_TIMEOUT');
    const { value, error } = await last.result;
    expect(error).toBeNull();
    expect(value).toHaveLength(1);
    expect(ran).toEqual(['slow', 'last']);
    expect({ running: runner.slots.inUse(), waiting: runner.slots.waiting, statements: runner.load }).toEqual({
      running: 0,
      waiting: 0,
      statements: { active: 0, waiting: 0 },
    });
    configureAggregates(db.dataSource, {});
  });

  it('stops the running statements of an aggregate whose client has gone away, frees its places at once, and runs the next', async () => {
    const runner = configureAggregates(db.dataSource, {});
    const client = new AbortController();
    // Every statement place is taken by statements that would run for 30 s or more.
    const gone = watch(runner.admit('test:gone', (run) => Promise.all(Array.from({ length: runner.capacity }, () => run.sql(`${endless()} ${GONE_MARK}`))), client.signal));
    await until(() => runner.load.active === runner.capacity, 'its statements to start');
    if (!sqlite()) await waitUntil(async () => (await markedStatementsRunning()) === runner.capacity, 'the server to run them');

    // An analyst's trend, over a real connection, waits for a statement place; then the analyst's browser hangs up.
    const http: Server = createHttpServer(api.server.app).listen(0, '127.0.0.1');
    try {
      await new Promise((resolve) => http.once('listening', resolve));
      const body = JSON.stringify({ query: TREND, variables: { input: { ...TREND_INPUT, groupBy: 'COMPLAINANT_TYPE' } } });
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${otherAnalyst.token}` };
      const hungUp = httpRequest({ port: (http.address() as AddressInfo).port, host: '127.0.0.1', path: '/graphql', method: 'POST', headers });
      hungUp.on('error', () => undefined);
      hungUp.end(body);
      await until(() => runner.slots.inUse() === 2 && runner.load.waiting >= 1, "the analyst's statement to wait for a place");
      hungUp.destroy();
      await until(() => runner.slots.inUse() === 1 && runner.load.waiting === 0, "the hung-up trend to give its places up");
    } finally {
      http.close();
    }

    // The first aggregate's client goes away: its statements stop now, not at their 15 s limit or their end.
    const stopped = Date.now();
    client.abort();
    const { error } = await gone.result;
    expect((error as GraphQLError).extensions?.code).toBe('CLIENT_CLOSED_REQUEST');
    await until(() => runner.load.active === 0 && runner.slots.inUse() === 0, 'its places to be free');
    if (!sqlite()) await waitUntil(async () => (await markedStatementsRunning()) === 0, 'the server to stop them');
    // Far below the 15 s limit and the statements' own 30 s; only catches a stop that does nothing.
    expect(Date.now() - stopped).toBeLessThan(10_000);

    const next = await api.graphql(TREND, { input: { ...TREND_INPUT, groupBy: 'COMPLAINANT_TYPE' } });
    expect(next.errors).toBeUndefined();
    expect(next.data.trend.total).toBeGreaterThan(0);
    expect(runner.load).toEqual({ active: 0, waiting: 0 });
  });

  it('runs no more aggregate statements at once than its capacity (MySQL: 8, and at most pool size − 2), queuing the rest, and /healthz still answers', async () => {
    const runner = configureAggregates(db.dataSource, {});
    expect(runner.capacity).toEqual(sqlite() ? expect.any(Number) : 8);
    const statements = runner.capacity + 3;
    const work = watch(runner.admit('test:many', (run) => Promise.all(Array.from({ length: statements }, () => run.sql(busy())))));
    expect(runner.load).toEqual({ active: runner.capacity, waiting: 3 });
    const health = await healthz();
    expect(health.status).toBe(200);
    expect(work.settled).toBe(false);
    const { value, error } = await work.result;
    expect(error).toBeNull();
    expect(value).toHaveLength(statements);
    expect(runner.load).toEqual({ active: 0, waiting: 0 });
  });

  it('stops an aggregate statement at its time limit with QUERY_TIMEOUT, keeps /healthz answering meanwhile, and runs the next one', async () => {
    const runner = configureAggregates(db.dataSource, { timeLimitMs: 1500 });
    const started = Date.now();
    const slow = watch(runner.admit('test:slow', (run) => run.sql(endless())));
    await until(() => runner.load.active === 1, 'the statement to start');
    const health = await healthz();
    expect(health.status).toBe(200);
    expect(slow.settled).toBe(false);

    const { error } = await slow.result;
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toMatchObject({ code: 'QUERY_TIMEOUT', limitMs: 1500 });
    expect((error as GraphQLError).message).toMatch(/time limit of 1\.5 s: ask for a narrower range/);
    // Unstopped it would run for 30 s or more; this only catches a limit that does nothing.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(runner.load).toEqual({ active: 0, waiting: 0 });

    const next = await api.graphql(TREND, { input: TREND_INPUT });
    expect(next.errors).toBeUndefined();
    expect(next.data.trend.total).toBeGreaterThan(0);
  });

  it('answers QUERY_TIMEOUT over GraphQL, and 503 on the exports, for an aggregate out of time', async () => {
    // A limit already spent: every aggregate is out of time at its first statement.
    configureAggregates(db.dataSource, { timeLimitMs: 0 });
    const { data, errors } = await api.graphql('{ annualReport(financialYear: "2009/10") { financialYear } }');
    expect(data).toBeFalsy();
    expect(errors![0].extensions.code).toBe('QUERY_TIMEOUT');
    expect(errors![0].message).toMatch(/time limit of 0 ms: ask for a narrower range/);
    // A question not answered before: a cached answer runs no aggregate (result-cache/).
    const csv = await api.get('/export/trend.csv?financialYear=2009/10&groupBy=SERVICE_AREA');
    expect(csv.status).toBe(503);
    expect(csv.text).toMatch(/time limit/);
    expect((await api.get('/report/2009-10')).status).toBe(503);
    configureAggregates(db.dataSource, {});
  });
});

describe(`a long import lets other requests in (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  const HEADER = 'Reference,Record_Type,Channel,Received_Date,Service_Areas,Issues,Complainant_Type,Summary';
  const row = (i: number, prefix: string, received: (i: number) => string) =>
    [
      i % 2 === 0 ? `${prefix}/${String(i).padStart(5, '0')}` : '',
      ['STATUTORY_COMPLAINT', 'Corporate complaint', 'compliment', 'MP/Cllr Enquiry'][i % 4],
      ['LETTER', 'Email', 'telephone'][i % 3],
      received(i),
      i % 3 === 0 ? 'SOCIAL_CARE;Safeguarding: Inclusion' : 'School Standards',
      'COMMUNICATION_LACK_OF',
      'PARENT_OR_CARER',
      `Row ${i}`,
    ].join(',');

  /** A file of `rows` rows checked as of `today` (every row valid), ready to save. */
  async function parsed(rows: number, prefix: string, received: (i: number) => string, today: string): Promise<ContactImport> {
    const session = new ContactImport(await loadReferenceCatalog(db.dataSource.manager), today, { limits: IMPORT_LIMITS, keepInputs: true });
    const lines = Array.from({ length: rows }, (_, i) => row(i, prefix, received));
    session.write(Buffer.from([HEADER, ...lines].join('\r\n') + '\r\n'));
    session.end();
    expect(session.problems).toEqual([]);
    return session;
  }

  const contacts = () => db.dataSource.getRepository(Contact).count();

  it('answers /healthz while a 20,000-row import is being saved, and saves every row', async () => {
    const session = await parsed(20_000, 'HOSTILE', (i) => addCalendarDays('2010-04-01', Math.floor((i * 360) / 20_000)), '2011-06-01');
    const before = await contacts();
    const importing = watch(completeContactImport(db.dataSource, session, { dryRun: false, today: '2011-06-01' }));
    const health = await healthz();
    expect(health.status).toBe(200);
    expect(importing.settled).toBe(false);
    const { value, error } = await importing.result;
    expect(error).toBeNull();
    expect(value).toMatchObject({ kind: 'imported', imported: 20_000 });
    expect((value as { references: string[] }).references[0]).toBe('HOSTILE/00000');
    expect(await contacts()).toBe(before + 20_000);
    // 8 s on a quiet machine; under CI's three lanes on two cores it has taken over a minute.
  }, 240_000);

  it('still imports all or nothing when a late chunk fails, naming the file lines', async () => {
    // Checked as of a later day than it is saved on, so the last rows are "in the future" when saved:
    // rows from 1,152 on, which are saved in the second and third chunks, after the first was written.
    const received = (i: number) => addCalendarDays('2010-06-01', Math.floor(i / 4));
    const savedOn = addCalendarDays('2010-06-01', 287);
    const session = await parsed(1_200, 'LATE', received, '2011-06-01');
    const before = await contacts();
    const outcome = await completeContactImport(db.dataSource, session, { dryRun: false, today: savedOn });
    expect(outcome.kind).toBe('invalid');
    const problems = (outcome as { problems: Array<{ line: number; field: string }> }).problems;
    expect(problems.length).toBeGreaterThan(0);
    // Row i is on line i + 2. Saving stops at the first chunk that fails (the one holding the
    // rows with a reference, 1,000 to 1,198 even): its rows received after the day of saving are named.
    expect(problems.map((p) => p.line - 2)).toEqual(Array.from({ length: 24 }, (_, k) => 1_152 + 2 * k));
    expect(new Set(problems.map((p) => p.field))).toEqual(new Set(['received_date']));
    expect(await contacts()).toBe(before);
  });
});
