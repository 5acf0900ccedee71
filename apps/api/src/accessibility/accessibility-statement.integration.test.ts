/**
 * The accessibility statement's configured parts over HTTP: anyone reads them
 * without signing in (the statement must be public), and they are exactly what
 * the council configured, or null so the page can say whom else to ask.
 */
import { loadConfig } from '../config/config';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';

const QUERY = '{ accessibilityStatement { councilName contactEmail contactPhone } }';

let db: TestDatabase;
let configured: TestServer;
let unconfigured: TestServer;

beforeAll(async () => {
  db = await openTestDatabase();
  const env = { NODE_ENV: 'test', COUNCIL_NAME: 'Southampton City Council', ACCESSIBILITY_CONTACT_EMAIL: 'access@southampton.gov.uk', ACCESSIBILITY_CONTACT_PHONE: '023 8083 2222' };
  const { councilName, accessibilityContact } = loadConfig(env);
  configured = await startTestServer(db, null, { councilName, accessibilityContact });
  unconfigured = await startTestServer(db);
});
afterAll(async () => {
  await configured?.server.stop();
  await unconfigured?.server.stop();
  await db?.close();
});

describe('accessibilityStatement', () => {
  it('tells anyone, signed out, who runs the site and whom to tell about a problem', async () => {
    expect(await configured.anonymous.graphql(QUERY)).toEqual({
      data: { accessibilityStatement: { councilName: 'Southampton City Council', contactEmail: 'access@southampton.gov.uk', contactPhone: '023 8083 2222' } },
    });
  });

  it('answers null for what the council has not configured', async () => {
    expect(await unconfigured.anonymous.graphql(QUERY)).toEqual({ data: { accessibilityStatement: { councilName: null, contactEmail: null, contactPhone: null } } });
  });
});
