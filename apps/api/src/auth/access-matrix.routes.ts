/**
 * The HTTP routes outside GraphQL, for the access-matrix test: how to call each
 * one so that an allowed role's call succeeds. Who may call them is in
 * access-matrix.expected.ts.
 */
import request from 'supertest';
import type { Express } from 'express';
import { unique } from '../test-support/access-operation-fixtures';

export interface AccessRoute {
  /** `METHOD /path`, as in the expected table (parameters as `:name`). */
  name: string;
  send(app: Express, token: string | null): request.Test;
  /** The status of a successful call. */
  ok: number;
}

const withToken = (test: request.Test, token: string | null) => (token ? test.set('Authorization', `Bearer ${token}`) : test);

/** One valid contact, with a reference no other call uses. */
function importFile(): string {
  return [
    'reference,record_type,channel,received_date,service_areas,issues,complainant_type',
    `${unique('AM-IMP-')},COMMENT,EMAIL,2010-01-05,SOCIAL_CARE,POLICY_DISAGREEMENT,PARENT_OR_CARER`,
  ].join('\n');
}

let year = 1960;
/** One year's social care activity figures, for a year no other call uses. */
function serviceActivityFile(): string {
  year += 1;
  return `financial_year,referrals,initial_assessments,looked_after_children\n${year}/${String((year + 1) % 100).padStart(2, '0')},1,2,3\n`;
}

export const ACCESS_ROUTES: AccessRoute[] = [
  { name: 'GET /healthz', send: (app, t) => withToken(request(app).get('/healthz'), t), ok: 200 },
  { name: 'GET /export/trend.csv', send: (app, t) => withToken(request(app).get('/export/trend.csv?financialYear=2009/10'), t), ok: 200 },
  { name: 'GET /report/:year', send: (app, t) => withToken(request(app).get('/report/2009-10'), t), ok: 200 },
  { name: 'GET /export/report/:year/:file', send: (app, t) => withToken(request(app).get('/export/report/2009-10/table3.csv'), t), ok: 200 },
  { name: 'GET /import/contacts/template.csv', send: (app, t) => withToken(request(app).get('/import/contacts/template.csv'), t), ok: 200 },
  {
    name: 'POST /import/contacts',
    send: (app, t) => withToken(request(app).post('/import/contacts').set('content-type', 'text/csv'), t).send(importFile()),
    ok: 201,
  },
  {
    name: 'POST /import/service-activity',
    send: (app, t) => withToken(request(app).post('/import/service-activity').set('content-type', 'text/csv'), t).send(serviceActivityFile()),
    ok: 201,
  },
];

/**
 * `METHOD path` of every route the Express app declares (a mounted router's
 * routes without their mount path, which Express 5 does not keep).
 */
export function declaredRoutes(app: Express): string[] {
  const found: string[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route && typeof layer.route.path === 'string') {
        for (const method of Object.keys(layer.route.methods)) found.push(`${method.toUpperCase()} ${layer.route.path}`);
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return found;
}

/** The parts of Express 5's (undocumented) router layers read above. */
interface Layer {
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}
