/** The report's CSV exports and printable HTML page over HTTP, on the seeded demo data, on both dialects. */
import { Role } from '../auth/role';
import { openDemoDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';

let db: TestDatabase;
let api: TestServer;

beforeAll(async () => {
  db = await openDemoDatabase();
  api = await startTestServer(db, Role.ANALYST);
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  return records;
}

async function csv(path: string) {
  const res = await api.get(path).buffer(true).parse((r, done) => {
    let text = '';
    r.setEncoding('utf8');
    r.on('data', (chunk: string) => (text += chunk));
    r.on('end', () => done(null, text));
  });
  return { res, text: res.body as string };
}

describe(`report exports (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('table 3 as CSV: headers, a header row with a blank corner, 22 statutory complaints in October, notes after a blank line', async () => {
    const { res, text } = await csv('/export/report/2009-10/table3.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="annual-report-2009-10-table3.csv"');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const records = parseCsv(text.slice(1));
    const [header, ...rest] = records;
    expect(header[0]).toBe('');
    expect(header.slice(1, 3)).toEqual(['Apr 2009', 'May 2009']);
    expect(header[header.length - 1]).toBe('Total');
    const statutory = rest.find((r) => r[0] === 'Statutory complaint')!;
    expect(statutory[header.indexOf('Oct 2009')]).toBe('22');
    const blank = rest.findIndex((r) => r.length === 1 && r[0] === '');
    expect(rest[blank - 1][0]).toBe('Total');
    expect(rest.slice(blank + 1).length).toBeGreaterThan(0);
    expect(rest.slice(blank + 1).every((r) => r.length === 1 && r[0].length > 0)).toBe(true);
  });

  it('is spreadsheet-safe: quoted text, numbers as numbers, nothing a spreadsheet would run', async () => {
    const { text } = await csv('/export/report/2009-10/table2.csv');
    expect(text).toContain(`"From Ombudsman's office",4,0.9\r\n`);
    expect(text).toContain('Letter,165,37.4\r\n');
    for (const field of parseCsv(text.slice(1)).flat()) expect(field).not.toMatch(/^[=+\-@\t\r]/);
  });

  it.each([
    ['outcomes', 'Not recorded,13,7.2'],
    ['table1', 'Representations/comments,77,24.9,128,29,66.2'],
    ['table7', `Safeguarding: Social Care – Formal Stage 1,97.7,96,89.9,63.3`],
    ['appendix1', 'Alleged breach of confidentiality,9,'],
  ])('exports %s', async (id, line) => {
    const { res, text } = await csv(`/export/report/2009-10/${id}.csv`);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="annual-report-2009-10-${id}.csv"`);
    expect(text).toContain(line);
  });

  it('serves the whole report as a printable, accessible HTML page', async () => {
    const res = await api.get('/report/2009-10');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    const html: string = res.text;
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
    expect(html).toContain('<title>Annual report on comments and complaints, 2009/10</title>');

    // Headings in order: one h1, then h2s, no level skipped.
    const levels = [...html.matchAll(/<h(\d)[\s>]/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    levels.forEach((level, i) => i > 0 && expect(level).toBeLessThanOrEqual(levels[i - 1] + 1));

    // Real tables, each captioned, with scoped header cells, in the report's order, each with its CSV.
    const captions = [...html.matchAll(/<caption id="([\w-]+)-caption">/g)].map((m) => m[1]);
    expect(captions).toEqual(['divisions', 'table1', 'table2', 'table3', 'compliments', 'table4', 'table5', 'table6', 'children-and-young-people', 'table7', 'outcomes', 'progression', 'feedback', 'table8', 'table9', 'lost-information', 'appendix1']);
    expect(html.match(/<table[\s>]/g)).toHaveLength(captions.length);
    expect(html).not.toMatch(/<th(?![^>]*scope="(col|row)")[\s>]/);
    for (const id of captions) expect(html).toContain(`href="../export/report/2009-10/${id}.csv"`);
    expect(html).toContain('<tr><th scope="row">Statutory complaint</th><td class="number">6</td>');
    expect(html).toContain('<th scope="row">Referrals</th><td class="number">3,204</td>');
    expect(html).toContain('<td class="number">41.0</td>');

    // Print: a page per section; and blanks say so, rather than by colour or emptiness.
    expect(html).toMatch(/@media print \{[^]*\.report-section \{ break-before: page;/);
    expect(html).toContain('<span class="visually-hidden">no figure</span>');
  });

  it('escapes every value it interpolates', async () => {
    const html: string = (await api.get('/report/2009-10')).text;
    expect(html).toContain('From Ombudsman&#39;s office');
    expect(html).toContain('Customer Care &amp; Complaints Manager');
    expect(html).not.toContain("Ombudsman's office");
    expect(html).not.toContain('Care & Complaints');
  });

  it.each([
    ['/report/2009-11', 400, "Bad year '2009-11'"],
    ['/report/1066-67', 400, 'outside the years reported on'],
    ['/report/latest', 400, "Bad year 'latest'"],
    ['/report/%0A2009-10%0D', 400, "Bad year '?2009-10?'"],
    ['/export/report/2009-11/table3.csv', 400, "Bad year '2009-11'"],
    ['/export/report/2009-10/table10.csv', 404, "No table 'table10.csv' in the annual report"],
    ['/export/report/2009-10/table3', 404, "No table 'table3'"],
    ['/export/report/2009-10/learningActions.csv', 404, 'ask for one of table1, table2'],
  ])('GET %s is a %i with a one-line message', async (path, status, message) => {
    const res = await api.get(path);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.text).toContain(message);
    expect(res.text.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each(['/report/2009-10', '/export/report/2009-10/table3.csv'])('refuses %s to nobody (401) and to admins (403)', async (path) => {
    expect((await api.anonymous.get(path)).status).toBe(401);
    expect((await (await api.as(Role.ADMIN)).get(path)).status).toBe(403);
  });
});
