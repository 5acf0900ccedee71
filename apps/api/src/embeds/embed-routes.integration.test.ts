/**
 * The public embed routes over HTTP on the demo data: every route with every
 * state of token, the headers, one disclosed result behind page and CSV,
 * ETags, view counts, and the embeds' own aggregate budget.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import request from 'supertest';
import { admitEmbedAggregate, EMBED_SLOTS } from './embed-admission';
import { Role } from '../auth/role';
import { ContactService } from '../contacts/contact.service';
import { openDemoDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server';
import { newEmbedToken } from './embed-token';
import { Embed } from './embed.entity';
import { flushEmbedUsage } from './embed-usage';
import { UNAVAILABLE_MESSAGE } from './embed-unavailable';

const ORIGINS = ['https://intranet.example.gov.uk', 'http://127.0.0.1:5001'];

let db: TestDatabase;
let api: TestServer;
let analyst: TestClient;

beforeAll(async () => {
  db = await openDemoDatabase();
  api = await startTestServer(db, null, { embedAllowedOrigins: ORIGINS, publicUrl: 'https://insight.example.gov.uk' });
  analyst = await api.as(Role.ANALYST);
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

interface ChartSpec {
  name: string;
  params: string;
  chartType?: string;
  dataDownload?: string;
  rule?: string;
}

async function publish(spec: ChartSpec): Promise<{ token: string; id: string; chartId: string }> {
  const saved = await analyst.graphql(
    'mutation($input: SaveChartInput!) { saveChart(input: $input) { id } }',
    { input: { name: spec.name, description: `${spec.name}, as bars.`, params: spec.params, chartType: spec.chartType ?? 'BARS', dataDownload: spec.dataDownload ?? 'EMBED_READERS' } },
  );
  expect(saved.errors).toBeUndefined();
  const created = await analyst.graphql('mutation($id: ID!, $rule: DisclosureRule) { createEmbed(chartId: $id, input: { disclosureRule: $rule }) { token embed { id } } }', {
    id: saved.data.saveChart.id,
    rule: spec.rule ?? null,
  });
  expect(created.errors).toBeUndefined();
  return { token: created.data.createEmbed.token, id: created.data.createEmbed.embed.id, chartId: saved.data.saveChart.id };
}

const get = (path: string) => request(api.server.app).get(path);
const ROUTES = ['', '.svg', '.png', '.csv'] as const;
const text = (res: request.Response) => (Buffer.isBuffer(res.body) && res.body.length ? res.body.toString('utf8') : res.text);

/** The visible text of an HTML body. */
const visible = (html: string) => html.replace(/<head>[\s\S]*<\/head>/, '').replace(/<[^>]+>/g, ' ');

describe(`embed routes and token states (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  let channels: { token: string; id: string; chartId: string };
  let issues: { token: string; id: string; chartId: string };

  beforeAll(async () => {
    channels = await publish({ name: 'Contacts by channel', params: 'financialYear=2009/10&groupBy=CHANNEL' });
    issues = await publish({ name: 'Statutory complaints by issue category', params: 'financialYear=2009/10&groupBy=ISSUE_CATEGORY&recordTypes=STATUTORY_COMPLAINT', rule: 'UNDER_5' });
  });

  it.each(ROUTES)('serves a live token on route "%s"', async (suffix) => {
    const res = await get(`/embed/${channels.token}${suffix}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(
      { '': 'text/html; charset=utf-8', '.svg': 'image/svg+xml; charset=utf-8', '.png': 'image/png', '.csv': 'text/csv; charset=utf-8' }[suffix],
    );
    expect(res.headers['cache-control']).toBe('public, no-cache');
    expect(res.headers.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
  });

  async function states(): Promise<Array<[string, string, number]>> {
    const changed = `${channels.token.slice(0, -1)}${channels.token.endsWith('A') ? 'B' : 'A'}`;
    const expired = await publish({ name: 'Expired chart', params: 'financialYear=2009/10' });
    await db.dataSource.getRepository(Embed).update({ id: Number(expired.id) }, { expiresAt: new Date(Date.now() - 1000) });
    const revoked = await publish({ name: 'Revoked chart', params: 'financialYear=2009/10' });
    await analyst.graphql('mutation($id: ID!) { revokeEmbed(id: $id) { id } }', { id: revoked.id });
    const paused = await publish({ name: 'Paused chart', params: 'financialYear=2009/10' });
    await analyst.graphql('mutation($id: ID!) { pauseEmbed(id: $id) { id } }', { id: paused.id });
    return [
      ['a changed token', changed, 404],
      ['an unknown token', newEmbedToken(), 404],
      ['a malformed token', 'not-a-token', 404],
      ['an expired token', expired.token, 410],
      ['a revoked token', revoked.token, 410],
      ['a paused token', paused.token, 410],
    ];
  }

  it('answers every route for every unavailable token with the same plain message, no figures and no name', async () => {
    for (const [what, token, status] of await states()) {
      for (const suffix of ROUTES) {
        const res = await get(`/embed/${token}${suffix}?theme=dark`);
        const body = text(res);
        expect({ what, suffix, status: res.status }).toEqual({ what, suffix, status });
        expect(res.headers['cache-control']).toBe('no-store');
        expect(res.headers['x-robots-tag']).toBe('noindex, nofollow');
        expect(body).not.toMatch(/chart$|Expired chart|Revoked chart|Paused chart|Contacts by channel/);
        if (suffix === '') {
          expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
          expect(visible(body).trim()).toBe(`${UNAVAILABLE_MESSAGE}.`);
          expect(visible(body)).not.toMatch(/\d/);
          expect(body).toContain('<html lang="en">');
        } else {
          expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
          expect(body).toBe(`${UNAVAILABLE_MESSAGE}.\n`);
        }
      }
    }
  });

  it("never yields another chart's figures: a token is bound to its chart, and the URL's own parameters are ignored", async () => {
    const mine = await get(`/embed/${channels.token}.csv`);
    const tampered = await get(`/embed/${channels.token}.csv?groupBy=ISSUE_CATEGORY&financialYear=2008/09&recordTypes=STATUTORY_COMPLAINT`);
    const theirs = await get(`/embed/${issues.token}.csv`);
    const withoutTime = (csv: string) => csv.replace(/^Generated,.*$/m, '');
    expect(withoutTime(tampered.text)).toBe(withoutTime(mine.text));
    expect(mine.text).toContain('financialYear=2009/10&groupBy=CHANNEL');
    expect(mine.text).not.toContain('ISSUE_CATEGORY');
    expect(theirs.text).toContain('ISSUE_CATEGORY');
    const page = (await get(`/embed/${channels.token}`)).text;
    expect(page).toContain('<h1 class="embed__title">Contacts by channel</h1>');
    expect(page).not.toContain('Statutory complaints by issue category');
  });

  it('serves the CSV only for a chart whose data embed readers may download', async () => {
    const staffOnly = await publish({ name: 'Staff only', params: 'financialYear=2009/10', dataDownload: 'STAFF' });
    const res = await get(`/embed/${staffOnly.token}.csv`);
    expect(res.status).toBe(404);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toBe("This chart's data is not available for download.\n");
    expect((await get(`/embed/${staffOnly.token}`)).text).not.toContain('.csv');
    expect((await get(`/embed/${channels.token}`)).text).toContain(`href="/embed/${channels.token}.csv"`);
  });
});

describe(`the embed page (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  let issues: { token: string; id: string; chartId: string };
  beforeAll(async () => {
    issues = await publish({ name: 'Statutory complaints by issue category', params: 'financialYear=2009/10&groupBy=ISSUE_CATEGORY&recordTypes=STATUTORY_COMPLAINT', rule: 'UNDER_5' });
  });

  it('holds the title, the chart, the period, the filters, "Last updated", the note, the toggle and the table', async () => {
    const html = (await get(`/embed/${issues.token}`)).text;
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<title>Statutory complaints by issue category – Complaints Insight</title>');
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toContain('2009/10, by month');
    expect(html).toContain('Statutory complaint (STATUTORY_COMPLAINT)');
    expect(html).toMatch(/Last updated <time datetime="[^"]+">\d{1,2} \w+ \d{4} at \d{2}:\d{2}<\/time>/);
    expect(html).toMatch(/<p class="embed__note">[^<]*suppressed[^<]*<\/p>/);
    expect(html).toContain('<button type="button" class="embed__toggle" data-embed-toggle aria-controls="embed-table" aria-expanded="false">Show the data as a table</button>');
    expect(html).toMatch(/<div class="embed__table" id="embed-table"[^>]* hidden><table>/);
    expect(html).toContain('<noscript>');
    expect(html).toContain('<script src="/embed-page.js" defer></script>');
    expect(html).toMatch(/<link rel="stylesheet" href="\/embed\/static\/embed\.css\?v=[0-9a-f]{12}">/);
    expect(html).toContain('href="/trends?financialYear=2009/10&amp;groupBy=ISSUE_CATEGORY&amp;recordTypes=STATUTORY_COMPLAINT"');
    expect(html).not.toMatch(/<style|<script>|\son[a-z]+="/);
  });

  it('opens each slice of the chart in the app, outside the frame (the app may not be framed)', async () => {
    const html = (await get(`/embed/${issues.token}`)).text;
    const links = [...html.matchAll(/<a ([^>]*)>/g)].map((m) => m[1]!).filter((a) => a.includes('/trends?from='));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/target="_(top|blank)"/);
    expect(links.some((link) => link.includes('href="/trends?from=2009-04-01&amp;to=2009-04-30&amp;groupBy=ISSUE_CATEGORY&amp;recordTypes=STATUTORY_COMPLAINT&amp;issueCategories='))).toBe(true);
  });

  it('takes theme and height from the URL, and falls back on the defaults for bad values', async () => {
    const svgHeight = (html: string) => Number(/<svg[^>]* height="(\d+)"/.exec(html)![1]);
    const plain = (await get(`/embed/${issues.token}`)).text;
    const dark = (await get(`/embed/${issues.token}?theme=dark&height=800`)).text;
    expect(dark).toContain('<body class="theme-dark">');
    expect(svgHeight(dark)).toBeGreaterThan(svgHeight(plain));
    const bad = (await get(`/embed/${issues.token}?theme=neon&height=99999`)).text;
    expect(bad).toContain('<body class="theme-light">');
    expect(svgHeight(bad)).toBe(svgHeight(plain));
    expect((await get(`/embed/${issues.token}?theme=high-contrast`)).text).toContain('<body class="theme-high-contrast">');
  });

  it('shows a table-only chart as its table, with no chart and no toggle', async () => {
    const table = await publish({ name: 'Just the table', params: 'financialYear=2009/10&groupBy=CHANNEL', chartType: 'TABLE' });
    const html = (await get(`/embed/${table.token}`)).text;
    expect(html).not.toContain('<svg');
    expect(html).not.toContain('data-embed-toggle');
    expect(html).toMatch(/<div class="embed__table" id="embed-table"[^>]*><table>/);
    expect(html).not.toMatch(/id="embed-table"[^>]* hidden/);
    expect((await get(`/embed/${table.token}.svg`)).status).toBe(200);
  });

  it('puts exactly the page table\'s figures, suppressed alike, in the CSV', async () => {
    const html = (await get(`/embed/${issues.token}`)).text;
    const table = /<div class="embed__table" id="embed-table"[^>]*>([\s\S]*?)<\/table>/.exec(html)![1]!;
    const pageRows = [...table.matchAll(/<tr><th scope="row">([^<]*)<\/th>(.*?)<\/tr>/g)].map((m) => ({
      label: m[1]!.replace(/&amp;/g, '&'),
      cells: [...m[2]!.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((c) => c[1]!.replace(/&lt;/g, '<').replace(/,/g, '')),
    }));
    const csv = (await get(`/embed/${issues.token}.csv`)).text.replace(/^\uFEFF/, '');
    const csvRows = csv.split('\r\n').map((line) => line.split(','));
    expect(pageRows.length).toBeGreaterThan(2);
    let symbols = 0;
    for (const row of pageRows) {
      const match = csvRows.find((r) => r[0]!.replace(/^"|"$/g, '') === row.label);
      expect({ label: row.label, cells: match?.slice(2) }).toEqual({ label: row.label, cells: row.cells });
      symbols += row.cells.filter((c) => c === '<5' || c === 'c').length;
    }
    // Small numbers are there to hide: the page and the CSV hide the same ones.
    expect(symbols).toBeGreaterThan(0);
  });
});

describe(`embed headers (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('lets only the configured origins frame embeds, and keeps them out of search engines and referrers', async () => {
    const { token } = await publish({ name: 'Headers', params: 'financialYear=2009/10' });
    for (const suffix of ROUTES) {
      const res = await get(`/embed/${token}${suffix}`);
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain(`frame-ancestors ${ORIGINS.join(' ')}`);
      expect(csp).not.toMatch(/frame-ancestors[^;]*\*/);
      // The page allows the chart's own style attributes by hash, never inline code or <style>.
      if (suffix === '') expect(csp).not.toContain("'unsafe-inline'");
      expect(res.headers['x-frame-options']).toBeUndefined();
      expect(res.headers['x-robots-tag']).toBe('noindex, nofollow');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    }
    const unavailable = await get(`/embed/${newEmbedToken()}`);
    expect(unavailable.headers['content-security-policy']).toContain(`frame-ancestors ${ORIGINS.join(' ')}`);
  });

  it('keeps the rest of the app unframeable', async () => {
    const res = await get('/healthz');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
  });

  it("serves the stylesheet for a day, and lets only this site frame embeds when no origin is configured", async () => {
    const css = await get('/embed/static/embed.css');
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['cache-control']).toBe('public, max-age=86400');
    const plain = await startTestServer(db);
    try {
      const res = await request(plain.server.app).get(`/embed/${newEmbedToken()}`);
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'");
      expect(res.headers['x-frame-options']).toBeUndefined();
    } finally {
      await plain.server.stop();
    }
  });
});

describe(`the embed scripts from the web build (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('serves them cacheable and loadable by other origins, and never answers /embed/… with the app shell', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'embed-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(dist, 'embed.js'), '/* sizes frames */');
    writeFileSync(join(dist, 'embed-page.js'), '/* toggles the table */');
    const web = await startTestServer(db, null, { webDistPath: dist });
    try {
      for (const script of ['/embed.js', '/embed-page.js']) {
        const res = await request(web.server.app).get(script);
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toMatch(/javascript/);
        expect(res.headers['cache-control']).toBe('public, max-age=3600');
        expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
        expect(res.headers['access-control-allow-origin']).toBeUndefined();
      }
      expect((await request(web.server.app).get('/embeds')).text).toContain('<title>app</title>');
      const stray = await request(web.server.app).get('/embed/a/b');
      expect(stray.status).toBe(404);
      expect(stray.text).not.toContain('<title>app</title>');
    } finally {
      await web.server.stop();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe(`embed caching and counting (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('answers If-None-Match with 304, and changes its ETag with the data, the chart and the theme', async () => {
    const embed = await publish({ name: 'Cached', params: 'financialYear=2009/10&groupBy=CHANNEL' });
    const path = `/embed/${embed.token}.svg`;
    const first = await get(path);
    const etag = first.headers.etag!;
    const again = await get(path).set('If-None-Match', etag);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect((await get(`${path}?theme=dark`)).headers.etag).not.toBe(etag);

    await new ContactService(db.dataSource).create({
      reference: `EMBED-${Date.now()}`,
      recordType: 'COMMENT',
      channel: 'EMAIL',
      receivedDate: '2009-06-10',
      serviceAreas: ['SOCIAL_CARE'],
      issues: ['POLICY_DISAGREEMENT'],
      complainantType: 'PARENT_OR_CARER',
    });
    const afterWrite = await get(path).set('If-None-Match', etag);
    expect(afterWrite.status).toBe(200);
    expect(afterWrite.headers.etag).not.toBe(etag);

    await analyst.graphql('mutation($id: ID!) { updateSavedChart(id: $id, input: { name: "Cached, renamed" }) { id } }', { id: embed.chartId });
    const afterEdit = await get(path).set('If-None-Match', afterWrite.headers.etag!);
    expect(afterEdit.status).toBe(200);
    expect(text(afterEdit)).toContain('Cached, renamed');
  });

  it('counts page loads (not images) and notes when it was last used', async () => {
    const embed = await publish({ name: 'Counted', params: 'financialYear=2009/10' });
    await get(`/embed/${embed.token}`);
    await get(`/embed/${embed.token}`);
    await get(`/embed/${embed.token}.svg`);
    await get(`/embed/${embed.token}.png`);
    await flushEmbedUsage(db.dataSource);
    const stored = await db.dataSource.getRepository(Embed).findOneByOrFail({ id: Number(embed.id) });
    expect(stored.viewCount).toBe(2);
    expect(stored.lastUsedAt).not.toBeNull();
  });

  it('runs embeds within their own aggregate budget: over it they wait their turn (429), and staff are not starved', async () => {
    const embed = await publish({ name: 'Busy', params: 'financialYear=2008/09&groupBy=RECORD_TYPE' });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const holders = Array.from({ length: EMBED_SLOTS.global }, () => admitEmbedAggregate(db.dataSource, () => held));
    try {
      const refused = await get(`/embed/${embed.token}.csv`);
      expect(refused.status).toBe(429);
      expect(refused.headers['cache-control']).toBe('no-store');
      expect(refused.headers['retry-after']).toBe('5');
      const staff = await analyst.graphql('{ trend(input: { financialYear: "2009/10" }) { total } }');
      expect(staff.errors).toBeUndefined();
    } finally {
      release();
      await Promise.all(holders);
    }
    expect((await get(`/embed/${embed.token}.csv`)).status).toBe(200);
  });
});
