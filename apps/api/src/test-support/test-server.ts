/**
 * The real HTTP server around a test database, driven with supertest. Clients
 * sign in as a role (a user made for the test) and send the Bearer token.
 */
import argon2 from 'argon2';
import request from 'supertest';
import { Role } from '../auth/role';
import { insertAccount } from '../auth/user.service';
import { inTransaction } from '../db/transaction';
import { ACTIVE_REQUESTS_DEFAULT, loadConfig, type AppConfig } from '../config/config';
import { createServer, type AppServer } from '../server';
import type { TestDatabase } from './test-database';

export const TEST_PASSWORD = 'a-long-test-password';

export interface TestClient {
  token: string | null;
  graphql<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: any[] }>;
  get(path: string): request.Test;
}

export interface TestServer extends TestClient {
  server: AppServer;
  /** A client signed in as a new user with this role (service managers get Safeguarding: Social Care). */
  as(role: Role, options?: { serviceAreas?: string[] }): Promise<TestClient>;
  anonymous: TestClient;
}

let userCounter = 0;

/**
 * TEST_PASSWORD's hash for the accounts `as` makes, computed once per test file with argon2id at its lightest
 * settings. The product's own settings (64 MB, 3 passes) take a quarter of a second a hash or check on a two-core
 * machine, several times that in CI's three lanes, and these accounts are only the way in to what a test is about.
 * Signing in still checks the password with argon2 as the product does (the settings travel in the hash); the tests
 * of creating accounts and of sign-in itself use the product's hashing.
 */
let fixtureHash: Promise<string> | null = null;
const testPasswordHash = () => (fixtureHash ??= argon2.hash(TEST_PASSWORD, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 }));

function client(server: AppServer, token: string | null): TestClient {
  const auth = (test: request.Test) => (token ? test.set('Authorization', `Bearer ${token}`) : test);
  return {
    token,
    async graphql(query, variables) {
      const res = await auth(request(server.app).post('/graphql').set('content-type', 'application/json')).send({ query, variables });
      return res.body;
    },
    get: (path) => auth(request(server.app).get(path)),
  };
}

/** Starts the server; `role` signs the default client in (none: anonymous); `config` overrides settings (e.g. env). */
export async function startTestServer(db: TestDatabase, role: Role | null = null, config: Partial<AppConfig> = {}): Promise<TestServer> {
  // Request turns as the dialect has them by default (the environment parsed here has no DATABASE_URL).
  const activeRequests = ACTIVE_REQUESTS_DEFAULT[db.config.dialect];
  const settings = { ...loadConfig({ NODE_ENV: 'test' }), activeRequests, ...config, database: db.config };
  const server = await createServer(settings, db.dataSource);
  const anonymous = client(server, null);
  const as = async (r: Role, options: { serviceAreas?: string[] } = {}) => {
    userCounter += 1;
    const email = `${r.toLowerCase()}-${process.pid}-${userCounter}@test.example`;
    const serviceAreas = options.serviceAreas ?? (r === Role.SERVICE_MANAGER ? ['SOCIAL_CARE'] : undefined);
    const hash = await testPasswordHash();
    await inTransaction(db.dataSource, (manager) => insertAccount(manager, { email, name: `Test ${r}`, role: r, serviceAreas }, hash));
    const { data, errors } = await anonymous.graphql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
      e: email,
      p: TEST_PASSWORD,
    });
    if (errors) throw new Error(`Test sign-in failed: ${JSON.stringify(errors)}`);
    return client(server, data.login.token);
  };
  const main = role ? await as(role) : anonymous;
  return { ...main, server, as, anonymous };
}
