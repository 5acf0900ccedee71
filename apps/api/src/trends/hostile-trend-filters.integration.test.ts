/**
 * A misspelt trend filter gets the same refusal from GraphQL and from the CSV
 * export: BAD_USER_INPUT naming the same field (HTTP 400 on the CSV route), never
 * a 200 with zeros. The web's URL parser is the same function (@complaints/domain).
 */
import { parseTrendParams } from '@complaints/domain';
import { Role } from '../auth/role';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';

let db: TestDatabase;
let api: TestServer;

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db, Role.ANALYST);
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

const TREND = /* GraphQL */ `
  query Trend($input: TrendInput!) {
    trend(input: $input) { total }
  }
`;

/** A JSON value as a GraphQL literal: keys bare, upper-case strings as enum values. */
function graphqlLiteral(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(graphqlLiteral).join(', ')}]`;
  if (value && typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${graphqlLiteral(v)}`).join(', ')} }`;
  return typeof value === 'string' && /^[A-Z][A-Z0-9_]*$/.test(value) ? value : JSON.stringify(value);
}

describe(`a misspelt trend filter is refused the same way everywhere (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it.each([
    ['outcomes=UPHELDD', { filter: { outcomes: ['UPHELDD'] } }, 'filter.outcomes'],
    ['stages=STAGE_9', { filter: { stages: ['STAGE_9'] } }, 'filter.stages'],
    ['complainantTypes=ALIEN', { filter: { complainantTypes: ['ALIEN'] } }, 'filter.complainantTypes'],
    ['recordTypeGroups=FORMAL', { filter: { recordTypeGroups: ['FORMAL'] } }, 'filter.recordTypeGroups'],
    ['groupBy=COLOUR', { groupBy: 'COLOUR' }, 'groupBy'],
    ['granularity=WEEK', { granularity: 'WEEK' }, 'granularity'],
    ['measure=SPEED', { measure: 'SPEED' }, 'measure'],
    ['from=2009-02-30&to=2010-01-01', { from: '2009-02-30', to: '2010-01-01' }, 'from'],
    ['financialYear=2009/11', { financialYear: '2009/11' }, 'financialYear'],
    ['from=2010-01-01&to=2009-01-01', { from: '2010-01-01', to: '2009-01-01' }, 'from'],
    ['recordTypes=NOT_A_TYPE', { filter: { recordTypes: ['NOT_A_TYPE'] } }, 'filter.recordTypes'],
  ])('%s', async (query, input, field) => {
    const dated = /from=|financialYear=/.test(query);
    const csv = await api.get(`/export/trend.csv?${dated ? query : `financialYear=2009/10&${query}`}`);
    expect(csv.status).toBe(400);
    expect(csv.headers['content-type']).toMatch(/^application\/json/);
    const csvError = csv.body.errors[0];
    expect(csvError.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(csvError.message).toEqual(expect.any(String));

    const { data, errors } = await api.graphql(TREND, { input: dated ? input : { financialYear: '2009/10', ...input } });
    expect(data?.trend ?? null).toBeNull();
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });

    // Written into the query text instead of sent as a variable: the same code and field.
    const literal = await api.graphql(`{ trend(input: ${graphqlLiteral(dated ? input : { financialYear: '2009/10', ...input })}) { total } }`);
    expect(literal.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });

    // The web's URL parser names the field too (for what it can check without the database).
    if (field !== 'filter.recordTypes' && !/^from=2010|financialYear/.test(query)) {
      expect(parseTrendParams(query).problems.map((p) => p.field)).toEqual([field]);
    }
  });
});
