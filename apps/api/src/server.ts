/**
 * createServer builds the HTTP app (GraphQL, health, and the built web app when
 * present) around an open data source. Tests start it in-process.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import { existsSync } from 'fs';
import { join } from 'path';
import type { DataSource } from 'typeorm';
import { AuthService } from './auth/auth.service';
import { authenticate, requireRole, sessionCookie } from './auth/http-auth';
import { LoginRateLimiter } from './auth/login-rate-limiter';
import { clientAddress } from './auth/request-token';
import { ACCESS } from './auth/role';
import type { AppConfig } from './config/config';
import { buildAppSchema } from './graphql/build-schema';
import { createContext, type GraphQLContext } from './graphql/context';
import { complexityPlugin, depthLimitRule } from './graphql/query-guards';
import { healthRoute } from './health/health.route';
import { importRouter } from './import/contact-import.route';
import { mountReportRoutes } from './report/report.routes';
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

  const auth = new AuthService(dataSource, new LoginRateLimiter());
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.get('/healthz', healthRoute(dataSource, config.database));
  const webApp = existsSync(join(config.webDistPath, 'index.html'));
  // Static files first: they need no session lookup.
  if (webApp) app.use(express.static(config.webDistPath, { index: false }));
  app.use(cookieParser(), authenticate(dataSource));
  app.get('/export/trend.csv', requireRole(ACCESS.AGGREGATES), trendCsvRoute(dataSource));
  app.use('/import', importRouter(dataSource));
  mountReportRoutes(app, dataSource);
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext(dataSource, auth, {
          user: req.user ?? null,
          token: req.sessionToken ?? null,
          address: clientAddress(req),
          sessionCookie: sessionCookie(res, config.env === 'production'),
        }),
    }),
  );

  if (webApp) {
    // Every other GET is a client-side route: serve the app shell.
    app.get(/^\/(?!graphql|healthz|export|import|report\/).*/, (_req, res) => res.sendFile(join(config.webDistPath, 'index.html')));
  }

  return { app, apollo, stop: () => apollo.stop() };
}
