/**
 * GET /graphql in a browser is the local GraphiQL (outside production), with a
 * policy allowing this origin only; Apollo's CDN landing page never appears;
 * GraphQL itself is unaffected.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import request from 'supertest';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';

let db: TestDatabase;
let dist: string;
const servers: TestServer[] = [];

beforeAll(async () => {
  db = await openTestDatabase();
  dist = mkdtempSync(join(tmpdir(), 'complaints-explorer-'));
  mkdirSync(join(dist, 'graphiql'));
  writeFileSync(join(dist, 'graphiql', 'index.html'), '<!doctype html><title>GraphQL explorer</title><div id="graphiql"></div>');
});
afterAll(async () => {
  for (const api of servers) await api.server.stop();
  await db?.close();
  rmSync(dist, { recursive: true, force: true });
});

async function server(env: 'development' | 'production', webDistPath = dist): Promise<TestServer> {
  const api = await startTestServer(db, null, { env, webDistPath });
  servers.push(api);
  return api;
}

const browserGet = (api: TestServer) => request(api.server.app).get('/graphql').set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8');

it('serves the built GraphiQL with a policy that allows this origin only', async () => {
  const res = await browserGet(await server('development'));
  expect(res.status).toBe(200);
  expect(res.text).toContain('<div id="graphiql">');
  const csp = res.headers['content-security-policy'];
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain("connect-src 'self';");
  expect(csp).toContain("worker-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/https?:|apollographql|unsafe-eval/);
});

it('says how to build it when it is not built', async () => {
  const res = await browserGet(await server('development', join(dist, 'nothing-here')));
  expect(res.status).toBe(404);
  expect(res.text).toContain('npm run build -w @complaints/web');
});

it('serves no explorer in production, and never Apollo’s landing page', async () => {
  const res = await browserGet(await server('production'));
  expect(res.text).not.toContain('graphiql');
  expect(res.text).not.toMatch(/apollographql|embeddable-sandbox/);
});

it('leaves GraphQL requests alone', async () => {
  const api = await server('development');
  expect(await api.graphql('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
  const viaGet = await request(api.server.app).get('/graphql?query=%7B__typename%7D').set('Accept', 'application/json').set('apollo-require-preflight', 'true');
  expect(viaGet.body).toEqual({ data: { __typename: 'Query' } });
});
