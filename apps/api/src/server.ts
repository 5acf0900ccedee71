/**
 * createServer builds the HTTP app (GraphQL, health, and the built web app when
 * present) around an open data source. Tests start it in-process.
 */
import { configureChildrenActStage2Clock } from './complaint-code/children-act-clock';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import { existsSync } from 'fs';
import { join } from 'path';
import type { DataSource } from 'typeorm';
import { AuthService } from './auth/auth.service';
import { authenticate, requireRole, sessionCookie } from './auth/http-auth';
import { SignInLimits } from './auth/sign-in-limits';
import { signInStore } from './auth/sign-in-store';
import { clientAddress } from './auth/request-token';
import { ACCESS } from './auth/role';
import type { AppConfig } from './config/config';
import { buildAppSchema } from './graphql/build-schema';
import { compiledExecutor, localGateway } from './graphql/compiled-execution';
import { createContext, type GraphQLContext } from './graphql/context';
import { literalInputErrorsPlugin } from './graphql/literal-input-errors';
import { queryGuards } from './graphql/query-guards';
import { errorStatusPlugin, formatError } from './graphql/error-posture';
import { embedScriptHeaders } from './embeds/embed-headers';
import { mountEmbedRoutes } from './embeds/embed.routes';
import { haveYourSayLimits } from './have-your-say/have-your-say-limits';
import { healthRoute } from './health/health.route';
import { errorHandler, JSON_BODY_LIMIT, notFoundHandler } from './http/error-responses';
import { requestIdScope } from './http/request-id';
import { serverTimingPlugin, serverTimingScope } from './http/server-timing';
import { requestTurns, TURN_PATHS } from './request-turns/request-turns.middleware';
import { explorerPage } from './http/explorer-page';
import { securityHeaders } from './http/security-headers';
import { importRouter } from './import/contact-import.route';
import { serviceActivityImportRouter } from './import/service-activity-import.route';
import { configureLogging } from './logging/logger';
import { requestLogging } from './logging/request-logging';
import { mountReportRoutes } from './report/report.routes';
import { mountCodeReportRoutes } from './code-report/code-report.routes';
import { ombudsmanImportRouter } from './ombudsman/ombudsman-import.route';
import { createResultCache, type ResultCache } from './result-cache/result-cache';
import { trendCsvRoute, trendImageRoute } from './trends/trend-export.route';

export interface AppServer {
  app: Express;
  apollo: ApolloServer<GraphQLContext>;
  /** Its result cache (tests read its stats). */
  resultCache: ResultCache;
  stop(): Promise<void>;
}

export async function createServer(config: AppConfig, dataSource: DataSource): Promise<AppServer> {
  configureChildrenActStage2Clock(config.childrenActStage2Clock);
  configureLogging(config);
  const schema = await buildAppSchema();
  const guards = queryGuards(schema);
  const apollo = new ApolloServer<GraphQLContext>({
    // Hot queries run compiled (graphql/compiled-execution.ts), through Apollo's gateway interface, its one hook for
    // the executor; off, Apollo runs graphql-js itself.
    ...(config.graphqlJit === null ? { schema } : { gateway: localGateway(schema, compiledExecutor(schema, config.graphqlJit)) }),
    // Query limits (graphql/query-limits.ts), the same in every mode.
    parseOptions: guards.parseOptions,
    validationRules: guards.validationRules,
    // CSRF prevention stays on (the default): the web client sends POST with JSON.
    introspection: config.env !== 'production',
    // Without introspection, "Did you mean …?" suggestions would leak the schema instead.
    hideSchemaDetailsFromClientErrors: config.env === 'production',
    // Apollo's landing page loads its explorer from a CDN: never. Outside production GET /graphql serves a local GraphiQL (http/explorer-page.ts).
    // No cache hints are set anywhere (answers are cached by result-cache/, by data version), and the default
    // cache-control plugin wraps every field's resolver to collect them: thousands of trend points a request.
    plugins: [errorStatusPlugin(), serverTimingPlugin(), ...guards.plugins, literalInputErrorsPlugin(), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()],
    // One error posture in every mode (graphql/error-posture.ts): no stacks, paths, SQL or driver text.
    includeStacktraceInErrorResponses: false,
    // main.ts stops the server on SIGTERM once the requests in flight are answered (operations/graceful-shutdown.ts).
    stopOnTerminationSignals: false,
    formatError,
  });
  await apollo.start();

  const auth = new AuthService(dataSource, new SignInLimits(await signInStore(config.redisUrl)));
  const resultCache = await createResultCache(config);
  const youngPeoplesLimits = await haveYourSayLimits(config.redisUrl);
  // The accessibility statement's configured parts: read once, the same answer for everyone.
  const { councilName, accessibilityContact } = config;
  const statementDetails = { councilName, contactEmail: accessibilityContact.email, contactPhone: accessibilityContact.phone };
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  // Every answer carries a request id (logged, echoed as X-Request-Id) and the security headers.
  app.use(requestLogging(), securityHeaders());
  app.get('/healthz', healthRoute(dataSource));
  // At most a few requests run their JavaScript at once (SQLite's default): /healthz and static files, above and
  // outside, and each new request wait behind a few requests' work, not tens of them (request-turns/).
  const turns = requestTurns(config.activeRequests, {
    // Only on SQLite can a request run from arrival to answer within one callback (request-turns.ts).
    takenPerLoopTurn: config.database.dialect === 'sqlite' ? undefined : Infinity,
  });
  app.use(TURN_PATHS, turns);
  // Published charts: public (their token is the key), so before any session lookup.
  const embeds = mountEmbedRoutes(app, dataSource, config, resultCache);
  app.use(embedScriptHeaders());
  const webApp = existsSync(join(config.webDistPath, 'index.html'));
  // Static files first: they need no session lookup.
  if (webApp) app.use(express.static(config.webDistPath, { index: false }));
  app.use(cookieParser(), authenticate(dataSource));
  app.get('/export/trend.csv', requireRole(ACCESS.AGGREGATES), trendCsvRoute(dataSource, resultCache));
  app.get('/export/trend.svg', requireRole(ACCESS.AGGREGATES), trendImageRoute(dataSource, 'svg', config.councilName, resultCache));
  app.get('/export/trend.png', requireRole(ACCESS.AGGREGATES), trendImageRoute(dataSource, 'png', config.councilName, resultCache));
  app.use('/import', importRouter(dataSource));
  app.use('/import', serviceActivityImportRouter(dataSource));
  mountReportRoutes(app, dataSource, resultCache);
  mountCodeReportRoutes(app, dataSource);
  app.use('/import', ombudsmanImportRouter(dataSource));
  // Its own app only so that its answers carry no ETag: Express would hash every answer (50 kB for a large trend)
  // for a header no POST is revalidated with. Settings such as 'trust proxy' are inherited from the parent app.
  const graphqlApp = express();
  graphqlApp.set('etag', false);
  graphqlApp.disable('x-powered-by'); // a new app's own default, not inherited

  app.use('/graphql', graphqlApp);
  graphqlApp.use(
    ...(config.env === 'production' ? [] : [explorerPage(config.webDistPath)]),
    express.json({ limit: JSON_BODY_LIMIT }),
    requestIdScope,
    serverTimingScope,
    // Its place is taken once the body is in: a slow sender holds none.
    turns,
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext(dataSource, auth, {
          user: req.user ?? null,
          token: req.sessionToken ?? null,
          dataVersions: req.dataVersions,
          address: clientAddress(req),
          sessionCookie: sessionCookie(res, config.env === 'production'),
          haveYourSayLimits: youngPeoplesLimits,
          accessibilityStatement: statementDetails,
        }, resultCache),
    }),
  );

  if (webApp) {
    // Every other GET is a client-side route: serve the app shell.
    app.get(/^\/(?!graphql|healthz|export|import|report\/|embed\/|embed(?:-page)?\.js$).*/, (_req, res) => res.sendFile(join(config.webDistPath, 'index.html')));
  }

  // Whatever no route answered or a route threw: JSON, never Express's HTML page.
  app.use(notFoundHandler(), errorHandler());

  return {
    app,
    apollo,
    resultCache,
    stop: () =>
      apollo
        .stop()
        .finally(() => auth.close())
        .finally(() => embeds.flushUsage())
        .finally(() => resultCache.close())
        .finally(() => youngPeoplesLimits.close()),
  };
}
