/**
 * Issue 8, findings 1–3 (the cost side): the requests that froze the API are
 * refused before anything runs, signed in and signed out, with
 * QUERY_TOO_COMPLEX, HTTP 400 and the limit named. Timings are in
 * `npm run bench:hostile`, not here.
 */
import request from 'supertest';
import { Role } from '../auth/role';
import { Contact } from '../contacts/contact.entity';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { QUERY_LIMITS } from './query-limits';

let db: TestDatabase;
let api: TestServer;
let analyst: string;
let officer: string;

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db);
  analyst = (await api.as(Role.ANALYST)).token!;
  officer = (await api.as(Role.COMPLAINTS_OFFICER)).token!;
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

async function post(token: string | null, query: string, variables?: Record<string, unknown>) {
  const test = request(api.server.app).post('/graphql').set('content-type', 'application/json');
  const res = await (token ? test.set('Authorization', `Bearer ${token}`) : test).send({ query, variables });
  return { status: res.status, body: res.body as { data?: unknown; errors?: Array<{ message: string; extensions: Record<string, unknown> }> } };
}

const repeat = (n: number, field: (i: number) => string) => Array.from({ length: n }, (_, i) => field(i)).join(' ');
const report = (i: number) => `r${i}: annualReport(financialYear: "2009/10") { financialYear tables { id rows { label values } } }`;
const trend = (i: number) => `t${i}: trend(input: { financialYear: "2009/10", groupBy: CHANNEL }) { total series { label total } }`;
const me = (i: number) => `m${i}: me { id email name role }`;
const doubling = (levels: number, leaf: string) =>
  `query { ...F0 } ${repeat(levels, (i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`)} fragment F${levels} on Query { ${leaf} }`;

/** Each hostile request, and what its refusal names. */
const HOSTILE: Array<[name: string, query: string, names: RegExp]> = [
  // Finding 1: 919 bytes, fragments each spreading the next twice (7 s at 20 levels, 33 s at 24).
  ['doubling fragments, 24 levels', doubling(24, 'me { id email }'), /expands to more than [\d,]+ fields.*the limit is/],
  ['doubling fragments, 40 levels, nested', `query { issueCategories { ...G0 } } ${repeat(40, (i) => `fragment G${i} on IssueCategory { issues { category { ...G${i + 1} ...G${i + 1} } } }`)} fragment G40 on IssueCategory { name }`, /nested [\d,]+ levels deep; the limit is 10 levels/],
  ['doubling fragments of an aliased trend', doubling(20, trend(0)), /aliases; the limit is 30|annualReport [\d,]+ times/],
  // Finding 2: 5,000 aliases of `me` switched the complexity check off.
  ['5,000 aliases of me', `{ ${repeat(5000, me)} }`, /the limit is 1,000 tokens/],
  ['31 aliases of me', `{ ${repeat(31, me)} }`, /31 aliases; the limit is 30/],
  // Finding 3: repeating an expensive field.
  ['2,000 aliases of annualReport', `{ ${repeat(2000, report)} }`, /the limit is 1,000 tokens/],
  ['500 aliases of trend', `{ ${repeat(500, trend)} }`, /the limit is 1,000 tokens/],
  ['3,000 aliases of trend', `{ ${repeat(3000, trend)} }`, /the limit is 1,000 tokens/],
  ['3 annualReports', `{ ${repeat(3, report)} }`, /aggregate fields \(trend, annualReport, disclosedTrend, complaintCodeReport\) 3 times; the limit is 2 per query/],
  ['2 trends and an annualReport', `{ ${repeat(2, trend)} ${report(9)} }`, /aggregate fields \(trend, annualReport, disclosedTrend, complaintCodeReport\) 3 times; the limit is 2 per query/],
  ['6 trends', `{ ${repeat(6, trend)} }`, /aggregate fields \(trend, annualReport, disclosedTrend, complaintCodeReport\) 6 times; the limit is 2 per query/],
  ['annualReport through fragments, without aliases', `{ ...R ...R } fragment R on Query { ...S ...S } fragment S on Query { annualReport(financialYear: "2009/10") { financialYear } }`, /aggregate fields \(trend, annualReport, disclosedTrend, complaintCodeReport\) 4 times; the limit is 2 per query/],
  // And the other shapes the limits bound.
  ['20,000 tokens', `{ ${repeat(20000, () => '__typename')} }`, /the limit is 1,000 tokens/],
  // Within the token limit, graphql's field-merging rule gives up on its own budget: refused the same way.
  ['30 copies of me { id ×28 }', `{ ${repeat(30, () => `me { ${repeat(28, () => 'id')} }`)} }`, /same fields too often.*the limit is/],
  ['21 directives', `{ ${repeat(21, () => '__typename @include(if: true)')} }`, /21 directives; the limit is 20/],
  ['directives multiplied by fragments', doubling(12, '__typename @skip(if: false)'), /directives; the limit is 20/],
];

describe(`hostile query cost (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  describe.each([
    ['signed out', () => null],
    ['signed in as an analyst', () => analyst],
  ])('%s', (_who, token) => {
    it.each(HOSTILE)('refuses %s before running anything', async (_name, query, names) => {
      const { status, body } = await post(token(), query);
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      // Several limits may be over at once; each is reported, all with the same code.
      expect(body.errors!.map((e) => e.extensions.code)).toEqual(body.errors!.map(() => 'QUERY_TOO_COMPLEX'));
      expect(body.errors!.map((e) => e.message)).toContainEqual(expect.stringMatching(names));
    });
  });

  it('writes nothing when a flood of createContact is refused', async () => {
    const input = `{ recordType: "STATUTORY_COMPLAINT", channel: "LETTER", receivedDate: "2009-12-23", serviceAreas: ["SOCIAL_CARE"], issues: ["STAFF_CONDUCT"], complainantType: PARENT_OR_CARER }`;
    const flood = `mutation { ${repeat(40, (i) => `c${i}: createContact(input: ${input}) { id }`)} }`;
    const before = await db.dataSource.getRepository(Contact).count();
    for (const token of [officer, null]) {
      const { status, body } = await post(token, flood);
      expect(status).toBe(400);
      expect(body.errors![0]!.extensions.code).toBe('QUERY_TOO_COMPLEX');
    }
    expect(await db.dataSource.getRepository(Contact).count()).toBe(before);
  });

  it('still answers the heaviest allowed query: an annual report and a trend', async () => {
    expect(QUERY_LIMITS.maxAggregatesPerQuery).toBe(2);
    const { status, body } = await post(analyst, `{ ${report(0)} ${trend(1)} }`);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(Object.keys(body.data as object)).toEqual(['r0', 't1']);
  });

  it('refuses a query within the limits for want of sign-in, as before', async () => {
    const { body } = await post(null, `{ ${repeat(2, report)} }`);
    expect(body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
  });
});
