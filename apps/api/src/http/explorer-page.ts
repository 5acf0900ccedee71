/**
 * GET /graphql from a browser, outside production: the GraphQL explorer, a
 * local GraphiQL built by apps/web (src/graphiql → dist/graphiql) and served
 * from this origin with a policy that allows nothing else, so it works on
 * networks that block CDNs. Apollo's own landing page (which loads its
 * explorer from Apollo's CDN) is turned off. Any other request passes on to GraphQL.
 */
import type { RequestHandler } from 'express';
import { existsSync } from 'fs';
import helmet from 'helmet';
import { join } from 'path';
import { explorerContentSecurityPolicy } from './security-headers';

export function explorerPage(webDistPath: string): RequestHandler {
  const page = join(webDistPath, 'graphiql', 'index.html');
  const policy = helmet.contentSecurityPolicy({ useDefaults: false, directives: explorerContentSecurityPolicy() });
  return (req, res, next) => {
    if (req.method !== 'GET' || req.accepts(['json', 'html']) !== 'html') return next();
    if (!existsSync(page)) {
      res.status(404).type('text/plain; charset=utf-8').send('The GraphQL explorer is not built: run `npm run build -w @complaints/web`.\n');
      return;
    }
    policy(req, res, (error?: unknown) => (error ? next(error) : res.set('Cache-Control', 'no-cache').sendFile(page)));
  };
}
