/**
 * The HTTP routes outside GraphQL, for the access-matrix test: how to call each
 * one so that an allowed role's call succeeds. Who may call them is in
 * access-matrix.expected.ts.
 */
import request from 'supertest';
import type { Express } from 'express';
import { DEMO_PASSWORD } from '../demo-data/demo-users';
import { unique } from '../test-support/access-operation-fixtures';

export interface AccessRoute {
  /** `METHOD /path`, as in the expected table (parameters as `:name`). */
  name: string;
  send(app: Express, token: string | null): request.Test | Promise<request.Response>;
  /** The status of a successful call. */
  ok: number;
}

const withToken = (test: request.Test, token: string | null) => (token ? test.set('Authorization', `Bearer ${token}`) : test);

/** An image answer read as text (supertest leaves image bodies out of `text`), so the matrix sees that something was sent. */
const asText = (test: request.Test) =>
  test.buffer(true).parse((res, done) => {
    const answer = res as typeof res & { text: string };
    answer.text = '';
    answer.setEncoding('latin1');
    answer.on('data', (chunk: string) => (answer.text += chunk));
    answer.on('end', () => done(null, answer.text));
  });

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

/**
 * A live embed's token, made once per app through its own API (the demo analyst saves a chart that
 * lets embed readers download its data, and publishes it): the embed routes answer anyone holding one.
 */
const embedTokens = new WeakMap<Express, Promise<string>>();
function embedToken(app: Express): Promise<string> {
  let token = embedTokens.get(app);
  if (!token) {
    token = (async () => {
      const call = async (query: string, bearer?: string) => {
        const res = await withToken(request(app).post('/graphql').set('content-type', 'application/json'), bearer ?? null).send({ query });
        if (res.body.errors) throw new Error(`embed fixture: ${JSON.stringify(res.body.errors)}`);
        return res.body.data;
      };
      const { login } = await call(`mutation { login(email: "analyst@demo.example", password: "${DEMO_PASSWORD}") { token } }`);
      const { saveChart } = await call(
        'mutation { saveChart(input: { name: "Access matrix", description: "Contacts by channel.", params: "financialYear=2009/10&groupBy=CHANNEL", chartType: BARS, dataDownload: EMBED_READERS }) { id } }',
        login.token,
      );
      const { createEmbed } = await call(`mutation { createEmbed(chartId: "${saveChart.id}") { token } }`, login.token);
      return createEmbed.token as string;
    })();
    embedTokens.set(app, token);
  }
  return token;
}

/** A GET of the embed route `suffix` names, with a live token (and the caller's session, if any, which changes nothing). */
function embedRoute(suffix: string): AccessRoute['send'] {
  return async (app, t) => asText(withToken(request(app).get(`/embed/${await embedToken(app)}${suffix}`), t));
}

let ombudsmanYear = 1960;
/** One council's year of the Ombudsman's statistics, for a year no other call uses. */
function ombudsmanFile(): string {
  ombudsmanYear += 1;
  return `council,financial_year,complaints_received,decided,upheld\nAccess Matrix Council,${ombudsmanYear}/${String((ombudsmanYear + 1) % 100).padStart(2, '0')},5,4,1\n`;
}

export const ACCESS_ROUTES: AccessRoute[] = [
  { name: 'GET /healthz', send: (app, t) => withToken(request(app).get('/healthz'), t), ok: 200 },
  { name: 'GET /export/trend.csv', send: (app, t) => withToken(request(app).get('/export/trend.csv?financialYear=2009/10'), t), ok: 200 },
  { name: 'GET /export/trend.svg', send: (app, t) => asText(withToken(request(app).get('/export/trend.svg?financialYear=2009/10'), t)), ok: 200 },
  { name: 'GET /export/trend.png', send: (app, t) => asText(withToken(request(app).get('/export/trend.png?financialYear=2009/10'), t)), ok: 200 },
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
  // The Code's report and the self-assessment (the demo data holds an approved version; 'latest' is the newest).
  { name: 'GET /code-report/:year', send: (app, t) => withToken(request(app).get('/code-report/2009-10'), t), ok: 200 },
  { name: 'GET /export/code-report/:year/:file', send: (app, t) => withToken(request(app).get('/export/code-report/2009-10/volume.csv'), t), ok: 200 },
  { name: 'GET /self-assessment/:id', send: (app, t) => withToken(request(app).get('/self-assessment/latest'), t), ok: 200 },
  { name: 'GET /export/self-assessment/:file', send: (app, t) => withToken(request(app).get('/export/self-assessment/latest.csv'), t), ok: 200 },
  {
    name: 'POST /import/ombudsman-statistics',
    send: (app, t) => withToken(request(app).post('/import/ombudsman-statistics').set('content-type', 'text/csv'), t).send(ombudsmanFile()),
    ok: 201,
  },
  // Last: an embed's view count is written a second later, and no refused call (which checks that nothing changed) may come after.
  { name: 'GET /embed/:token', send: embedRoute(''), ok: 200 },
  { name: 'GET /embed/:token.svg', send: embedRoute('.svg'), ok: 200 },
  { name: 'GET /embed/:token.png', send: embedRoute('.png'), ok: 200 },
  { name: 'GET /embed/:token.csv', send: embedRoute('.csv'), ok: 200 },
  { name: 'GET /embed/static/embed.css', send: (app, t) => withToken(request(app).get('/embed/static/embed.css'), t), ok: 200 },
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
