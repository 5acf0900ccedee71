/**
 * createServer builds the HTTP app (GraphQL, health, and the built web app when
 * present) around an open data source. Tests start it in-process.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import { existsSync } from 'fs';
import { join } from 'path';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './config/config';
import { buildAppSchema } from './graphql/build-schema';
import { createContext, type GraphQLContext } from './graphql/context';
import { complexityPlugin, depthLimitRule } from './graphql/query-guards';
import { healthRoute } from './health/health.route';
import { trendCsvRoute } from './trends/trend-export.route';

export interface AppServer {
  app: Express;
  apollo: ApolloServer<GraphQLContext>;
  stop(): Promise<void>;
}

export async function createServer(config: AppConfig, dataSource: DataSource): Promise<AppServer> {
  const schema = await buildAppSchema();
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    validationRules: [depthLimitRule()],
    // CSRF prevention stays on (the default): the web client sends POST with JSON.
    introspection: config.env !== 'production',
    plugins: [complexityPlugin(schema), ...(config.env === 'production' ? [ApolloServerPluginLandingPageDisabled()] : [])],
    includeStacktraceInErrorResponses: config.env === 'development',
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', healthRoute(dataSource, config.database));
  app.get('/export/trend.csv', trendCsvRoute(dataSource));
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => createContext(dataSource) }));

  if (existsSync(join(config.webDistPath, 'index.html'))) {
    app.use(express.static(config.webDistPath, { index: 'index.html' }));
    // Client-side routes fall back to the app shell.
    app.get(/^\/(?!graphql|healthz|export).*/, (_req, res) => res.sendFile(join(config.webDistPath, 'index.html')));
  }

  return { app, apollo, stop: () => apollo.stop() };
}
