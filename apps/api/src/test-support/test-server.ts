/** The real HTTP server around a test database, driven with supertest. */
import request from 'supertest';
import { loadConfig } from '../config/config';
import { createServer, type AppServer } from '../server';
import type { TestDatabase } from './test-database';

export interface TestServer {
  server: AppServer;
  graphql<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: any[] }>;
  get(path: string): request.Test;
}

export async function startTestServer(db: TestDatabase): Promise<TestServer> {
  const config = { ...loadConfig({ NODE_ENV: 'test' }), database: db.config };
  const server = await createServer(config, db.dataSource);
  return {
    server,
    async graphql(query, variables) {
      const res = await request(server.app).post('/graphql').set('content-type', 'application/json').send({ query, variables });
      return res.body;
    },
    get: (path) => request(server.app).get(path),
  };
}
