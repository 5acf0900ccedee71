/**
 * Embeds against hostile input and a hostile reader: markup and formulas in
 * what staff type (chart names, descriptions, reference-data names), saved
 * questions that would publish less than a month or a figure twice, charts too
 * large to draw, and readers asking for more drawings than the server should make.
 */
import { todayIso } from '@complaints/domain';
import request from 'supertest';
import { Role } from '../auth/role';
import { openDemoDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server';
import { endOfLastCompleteMonth } from './embed-question';
import { configureRenderBudget, EMBED_RENDER_BUDGET } from './embed-render-budget';
import { UNAVAILABLE_MESSAGE } from './embed-unavailable';

let db: TestDatabase;
let api: TestServer;
let analyst: TestClient;

beforeAll(async () => {
  db = await openDemoDatabase();
  api = await startTestServer(db, null, { publicUrl: 'https://insight.example.gov.uk' });
  analyst = await api.as(Role.ANALYST);
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

const dialect = process.env.TEST_DIALECT ?? 'sqlite';
const get = (path: string) => request(api.server.app).get(path);
const body = (res: request.Response) => (Buffer.isBuffer(res.body) && res.body.length ? res.body.toString('utf8') : res.text);

async function save(params: string, name = 'Hostile', description = 'A chart.'): Promise<string> {
  const saved = await analyst.graphql('mutation($input: SaveChartInput!) { saveChart(input: $input) { id } }', {
    input: { name, description, params, chartType: 'BARS', dataDownload: 'EMBED_READERS' },
  });
  expect(saved.errors).toBeUndefined();
  return saved.data.saveChart.id;
}

function embed(chartId: string) {
  return analyst.graphql('mutation($id: ID!) { createEmbed(chartId: $id) { token embed { id } } }', { id: chartId });
}

async function publish(params: string, name?: string, description?: string): Promise<{ token: string; chartId: string; id: string }> {
  const chartId = await save(params, name, description);
  const created = await embed(chartId);
  expect(created.errors).toBeUndefined();
  return { token: created.data.createEmbed.token, chartId, id: created.data.createEmbed.embed.id };
}

describe(`markup and formulas in what staff type (${dialect})`, () => {
  const NAME = '</title><script>alert(1)</script><img src=x onerror=alert(2)>"\'';
  const LABEL = '=HYPERLINK("http://evil.example","Letter") <b onmouseover=alert(3)>';

  beforeAll(async () => {
    const admin = await api.as(Role.ADMIN);
    const renamed = await admin.graphql('mutation($i: SaveReferenceItemInput!) { saveReferenceItem(input: $i) }', { i: { kind: 'CHANNEL', code: 'LETTER', name: LABEL } });
    expect(renamed.errors).toBeUndefined();
  });

  it('escapes them in the page, the SVG and its titles, and defuses them in the CSV', async () => {
    const { token } = await publish('financialYear=2009/10&groupBy=CHANNEL', NAME, `${NAME} as bars`);
    const page = (await get(`/embed/${token}`)).text;
    const svg = body(await get(`/embed/${token}.svg`));
    for (const markup of [page, svg]) {
      expect(markup).not.toContain('<script>alert');
      expect(markup).not.toContain('<img src=x');
      expect(markup).not.toContain('<b onmouseover');
      expect(markup).not.toMatch(/<[^>]*\son(error|mouseover)=/);
      expect(markup).toContain('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    }
    expect(page).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39; – Complaints Insight</title>');
    expect(page).toContain('&lt;b onmouseover=alert(3)&gt;');

    const csv = (await get(`/embed/${token}.csv`)).text;
    const letter = csv.split('\r\n').find((line) => line.includes('LETTER'))!;
    expect(letter.startsWith(`"'=HYPERLINK(`)).toBe(true);
    expect(csv).not.toMatch(/(^|,)"?[=+@]/m);
    // The file name comes from the chart's name, stripped to letters, digits and hyphens.
    expect((await get(`/embed/${token}.csv`)).headers['content-disposition']).toBe('attachment; filename="title-script-alert-1-script-img-src-x-onerror-alert-2.csv"');
  });
});

describe(`a stopped embed and what browsers or proxies hold of it (${dialect})`, () => {
  it('answers 410 at once to a revalidation with the ETag it had (never 304), and shows again when resumed', async () => {
    const { token, id } = await publish('financialYear=2009/10&groupBy=CHANNEL');
    const before = await Promise.all(['', '.svg', '.png', '.csv'].map((suffix) => get(`/embed/${token}${suffix}`)));
    for (const res of before) expect(res.headers['cache-control']).toBe('public, no-cache');
    expect((await get(`/embed/${token}.svg`).set('If-None-Match', before[1]!.headers.etag!)).status).toBe(304);

    await analyst.graphql('mutation($id: ID!) { pauseEmbed(id: $id) { id } }', { id });
    for (const [i, suffix] of ['', '.svg', '.png', '.csv'].entries()) {
      const res = await get(`/embed/${token}${suffix}`).set('If-None-Match', before[i]!.headers.etag!);
      expect({ suffix, status: res.status, cache: res.headers['cache-control'] }).toEqual({ suffix, status: 410, cache: 'no-store' });
    }
    await analyst.graphql('mutation($id: ID!) { resumeEmbed(id: $id) { id } }', { id });
    expect((await get(`/embed/${token}.svg`).set('If-None-Match', before[1]!.headers.etag!)).status).toBe(304);
    await analyst.graphql('mutation($id: ID!) { revokeEmbed(id: $id) { id } }', { id });
    expect((await get(`/embed/${token}.svg`).set('If-None-Match', before[1]!.headers.etag!)).status).toBe(410);
  });
});

const refusal = (created: { errors?: any[] }) => created.errors?.[0]?.extensions;

describe(`questions an embed may not publish (${dialect})`, () => {
  it.each([
    ['a day, labelled as its month', 'from=2010-03-15&to=2010-03-15&groupBy=CHANNEL', 'part of a month'],
    ['part of a month at either end', 'from=2009-04-10&to=2010-03-31&groupBy=CHANNEL', 'part of a month'],
    ['a month seen twice: two years beside the year before', 'from=2008-04-01&to=2010-03-31&granularity=QUARTER&groupBy=CHANNEL&compareWith=PREVIOUS_YEAR', 'overlaps'],
    ['too many figures to draw', 'from=2008-04-01&to=2010-03-31&groupBy=ISSUE', 'an embed shows at most'],
  ])('refuses %s (BAD_USER_INPUT on chartId), and answers 410 with no figures if the chart is edited to it afterwards', async (_what, params, message) => {
    const refused = refusal(await embed(await save(params)));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'chartId' });
    expect(refused.problems[0].message).toContain(message);

    const { token, chartId } = await publish('financialYear=2009/10&groupBy=CHANNEL');
    expect((await get(`/embed/${token}.csv`)).status).toBe(200);
    const edited = await analyst.graphql('mutation($id: ID!, $params: String!) { updateSavedChart(id: $id, input: { params: $params }) { id } }', { id: chartId, params });
    expect(edited.errors).toBeUndefined();
    for (const suffix of ['', '.svg', '.png', '.csv']) {
      const res = await get(`/embed/${token}${suffix}`);
      expect({ suffix, status: res.status }).toEqual({ suffix, status: 410 });
      expect(body(res)).toContain(UNAVAILABLE_MESSAGE);
      expect(body(res).replace(/<[^>]*>/g, '')).not.toMatch(/\d/);
    }
  });

  it('shows complete months only: the month in progress is cut off, and a chart with none complete is refused', async () => {
    const today = todayIso();
    const lastComplete = endOfLastCompleteMonth(today);
    const from = `${lastComplete.slice(0, 7)}-01`;
    // From the start of last month to the end of this one: only last month is shown.
    const thisMonthEnd = endOfLastCompleteMonth(nextMonthStart(today));
    const { token } = await publish(`from=${from}&to=${thisMonthEnd}&groupBy=CHANNEL`);
    const csv = (await get(`/embed/${token}.csv`)).text;
    expect(csv).toContain(`(received ${from} to ${lastComplete})`);
    expect(csv).toContain(`Query,from=${from}&to=${lastComplete}&groupBy=CHANNEL`);

    const refused = refusal(await embed(await save(`from=${today.slice(0, 7)}-01&to=${thisMonthEnd}&groupBy=CHANNEL`)));
    expect(refused.problems[0].message).toContain('no complete month yet');
  });
});

/** The first day of the month after `date`'s. */
function nextMonthStart(date: string): string {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

describe(`readers asking for more drawings than the server should make (${dialect})`, () => {
  afterEach(() => configureRenderBudget(db.dataSource, EMBED_RENDER_BUDGET));

  it('refuses a drawing beyond the ration at once (429, Retry-After, never cached), keeps serving what is drawn, and /healthz answers', async () => {
    const { token } = await publish('financialYear=2009/10&groupBy=ISSUE_CATEGORY');
    expect((await get(`/embed/${token}.svg?height=300`)).status).toBe(200);
    // The ration spent: one more drawing was just allowed, the next is not.
    configureRenderBudget(db.dataSource, { burstMs: 1, msPerSecond: 0 });
    expect((await get(`/embed/${token}.svg?height=350`)).status).toBe(200);
    const refused = await get(`/embed/${token}.svg?height=400`);
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('5');
    expect(refused.headers['cache-control']).toBe('no-store');
    const page = await get(`/embed/${token}?height=400`);
    expect(page.status).toBe(429);
    expect(page.text).toContain('This chart is busy');
    // Drawn before: served from the cache, whatever the ration.
    expect((await get(`/embed/${token}.svg?height=300`)).status).toBe(200);
    expect((await get('/healthz')).status).toBe(200);
  });

  it('rasterises only so many PNGs at once, and never a new drawing for each pixel of height', async () => {
    const { token } = await publish('financialYear=2009/10&groupBy=CHANNEL');
    configureRenderBudget(db.dataSource, { rasters: 0 });
    expect((await get(`/embed/${token}.png`)).status).toBe(429);
    expect((await get(`/embed/${token}.svg`)).status).toBe(200);
    configureRenderBudget(db.dataSource, EMBED_RENDER_BUDGET);
    const first = await get(`/embed/${token}.png?height=612`);
    expect(first.status).toBe(200);
    // 612 and 588 are both drawn 600 high: one drawing (none more is allowed now), one ETag.
    configureRenderBudget(db.dataSource, { burstMs: 0, msPerSecond: 0 });
    const second = await get(`/embed/${token}.png?height=588`);
    expect(second.status).toBe(200);
    expect(second.headers.etag).toBe(first.headers.etag);
  });
});
