/**
 * The annual report's CSV exports and printable page answer from the result
 * cache, on both dialects (issue 11): a repeated read is a hit, and takes no
 * aggregate slot; each table is keyed on only the kinds of data it reads, so a
 * learning action's update leaves table 2's entry alone but not Appendix 1's,
 * and a new contact is in table 2's very next answer.
 */
import { LearningAction } from '../actions/learning-action.entity';
import { closeAggregates, configureAggregates } from '../aggregates/aggregate-admission';
import { Role } from '../auth/role';
import { ContactService } from '../contacts/contact.service';
import { inTransaction } from '../db/transaction';
import { LEARNING_ACTIONS_2009_10 } from '../demo-data/learning-actions';
import { loadDemoDataset } from '../demo-data/load-demo-dataset';
import type { AppServer } from '../server';
import { complaintInput, unique } from '../test-support/access-operation-fixtures';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server';

let db: TestDatabase;
let api: TestServer;
let officer: TestClient;

function complaint(receivedDate: string, channel: string) {
  return complaintInput(unique('RT-'), receivedDate, channel);
}

/** What answering `ask` did to the server's cache: how many hits and misses. */
async function counted<T>(server: AppServer, ask: () => Promise<T>): Promise<{ answer: T; hits: number; misses: number }> {
  const { hits, misses } = server.resultCache.stats;
  const answer = await ask();
  return { answer, hits: server.resultCache.stats.hits - hits, misses: server.resultCache.stats.misses - misses };
}

async function csvOf(path: string): Promise<string> {
  const res = await api.get(path);
  expect(res.status).toBe(200);
  return res.text;
}

const TABLE2 = '/export/report/2009-10/table2.csv';
const APPENDIX1 = '/export/report/2009-10/appendix1.csv';
const read = (path: string) => counted(api.server, () => csvOf(path));
/** A row's number, from a CSV line such as `Email,2,66.7`. */
const countIn = (csv: string, label: string) => Number(new RegExp(`^${label},(\\d+),`, 'm').exec(csv)?.[1] ?? 'NaN');

beforeAll(async () => {
  db = await openTestDatabase();
  await loadDemoDataset(db.dataSource, { contacts: [], informationRequests: [], serviceActivity: [], learningActions: [...LEARNING_ACTIONS_2009_10] });
  await inTransaction(db.dataSource, (manager) =>
    new ContactService(db.dataSource).createMany(manager, [complaint('2009-05-01', 'LETTER'), complaint('2009-08-12', 'EMAIL'), complaint('2010-01-20', 'TELEPHONE')]),
  );
  api = await startTestServer(db, Role.ANALYST);
  officer = await api.as(Role.COMPLAINTS_OFFICER);
});
afterAll(async () => {
  await api?.server.stop();
  if (db) closeAggregates(db.dataSource);
  await db?.close();
});

describe(`the annual report's exports through the result cache (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('answers a second read of a table from the cache, exactly as first sent', async () => {
    const first = await read(TABLE2);
    expect(first).toMatchObject({ hits: 0, misses: 1 });
    expect(countIn(first.answer, 'Email')).toBe(1);
    const again = await read(TABLE2);
    expect(again).toMatchObject({ hits: 1, misses: 0 });
    expect(again.answer).toBe(first.answer);
  });

  it('serves a hit without an aggregate slot, while a miss is refused for want of one', async () => {
    await csvOf(TABLE2);
    // One slot in all, held until the end: no aggregate can be admitted meanwhile.
    const runner = configureAggregates(db.dataSource, { global: 1, queueLength: 0 });
    let release = () => {};
    const held = runner.admit('test:holder', () => new Promise<void>((resolve) => (release = resolve)));
    try {
      expect(await read(TABLE2)).toMatchObject({ hits: 1, misses: 0 });
      const uncached = await api.get('/export/report/2009-10/table5.csv');
      expect(uncached.status).toBe(429);
    } finally {
      release();
      await held;
      configureAggregates(db.dataSource, {});
    }
  });

  it('keeps table 2 through a learning action’s update, which the next Appendix 1 shows', async () => {
    await csvOf(TABLE2);
    const appendix = await read(APPENDIX1);
    expect(await read(APPENDIX1)).toMatchObject({ hits: 1, misses: 0, answer: appendix.answer });
    expect(appendix.answer).not.toContain('Reviewed by the report cache test');

    const action = await db.dataSource.getRepository(LearningAction).findOneByOrFail({ financialYear: '2009/10' });
    const updated = await officer.graphql(
      'mutation($id: ID!, $v: Int!, $input: UpdateLearningActionInput!) { updateLearningAction(id: $id, expectedVersion: $v, input: $input) { __typename } }',
      { id: String(action.id), v: action.version, input: { furtherAction: 'Reviewed by the report cache test' } },
    );
    expect(updated).toEqual({ data: { updateLearningAction: { __typename: 'LearningAction' } } });

    expect(await read(TABLE2)).toMatchObject({ hits: 1, misses: 0 });
    const appendixAfter = await read(APPENDIX1);
    expect(appendixAfter).toMatchObject({ hits: 0, misses: 1 });
    expect(appendixAfter.answer).toContain('Reviewed by the report cache test');
  });

  it('shows a new contact in table 2’s very next answer, and in Appendix 1’s', async () => {
    const before = await csvOf(TABLE2);
    expect(await read(TABLE2)).toMatchObject({ hits: 1 });
    await csvOf(APPENDIX1);

    await new ContactService(db.dataSource).create(complaint('2009-11-20', 'EMAIL'));
    const after = await read(TABLE2);
    expect(after).toMatchObject({ hits: 0, misses: 1 });
    expect(countIn(after.answer, 'Email')).toBe(countIn(before, 'Email') + 1);
    expect(countIn(after.answer, 'Total')).toBe(countIn(before, 'Total') + 1);
    // Appendix 1 counts the complaints naming each action's issues: a contact may change it.
    expect(await read(APPENDIX1)).toMatchObject({ hits: 0, misses: 1 });
  });

  it('answers a second read of the printable report from the cache, and shares its entry with the annualReport query', async () => {
    const page = await counted(api.server, () => api.get('/report/2009-10'));
    expect(page.answer.status).toBe(200);
    expect(page).toMatchObject({ hits: 0, misses: 1 });
    const again = await counted(api.server, () => api.get('/report/2009-10'));
    expect(again).toMatchObject({ hits: 1, misses: 0 });
    // Dates and entities come out of the cache as the page needs them: the same page.
    expect(again.answer.text).toBe(page.answer.text);
    const query = await counted(api.server, () => api.graphql('{ annualReport(financialYear: "2009/10") { financialYear tables { id } } }'));
    expect(query.answer.errors).toBeUndefined();
    expect(query).toMatchObject({ hits: 1, misses: 0 });

    await new ContactService(db.dataSource).create(complaint('2009-12-01', 'LETTER'));
    expect(await counted(api.server, () => api.get('/report/2009-10'))).toMatchObject({ hits: 0, misses: 1 });
  });
});
