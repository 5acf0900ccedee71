/** Importing contacts from a CSV file over HTTP, against a real database. */
import { request as httpRequest, type IncomingMessage } from 'http';
import type { AddressInfo } from 'net';
import request from 'supertest';
import { Role } from '../auth/role';
import { ContactServiceArea } from '../contacts/contact-service-area.entity';
import { Contact } from '../contacts/contact.entity';
import { loadReferenceCatalog } from '../reference/reference-catalog';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { addCalendarDays } from '../timescales/iso-date';
import { IMPORT_LIMITS } from './contact-import';

let db: TestDatabase;
let api: TestServer;

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db, Role.COMPLAINTS_OFFICER);
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

const HEADER = 'Reference,Record_Type,Channel,Received_Date,Service_Areas,Issues,Complainant_Type,Stage,Outcome,Response_Sent_Date,Extended,Summary';

/** Row i of a realistic file: codes and names mixed, ISO and UK dates alternating, half without a reference. */
function row(i: number, prefix = 'IMP'): string {
  const received = addCalendarDays('2009-04-01', i % 300);
  const [y, m, d] = received.split('-');
  return [
    i % 2 === 0 ? `${prefix}/${String(i).padStart(4, '0')}` : '',
    ['STATUTORY_COMPLAINT', 'Corporate complaint', 'compliment', 'MP/Cllr Enquiry'][i % 4],
    ['LETTER', 'Email', 'telephone', '"From Ombudsman\'s office"'][i % 4],
    i % 2 === 0 ? received : `${d}/${m}/${y}`,
    i % 3 === 0 ? 'SOCIAL_CARE;Safeguarding: Inclusion' : 'School Standards',
    i % 5 === 0 ? 'Code of conduct or attitude of staff;SERVICE_DELAYED' : 'COMMUNICATION_LACK_OF',
    i % 2 === 0 ? 'PARENT_OR_CARER' : 'Child or young person',
    i % 4 === 0 ? 'Stage 1' : '',
    i % 8 === 0 ? 'Upheld' : '',
    i % 8 === 0 ? addCalendarDays(received, 5) : '',
    i % 8 === 0 ? 'no' : '',
    `Row ${i}`,
  ].join(',');
}

function csv(rows: string[]): string {
  return [HEADER, ...rows].join('\r\n') + '\r\n';
}

const THOUSAND = Array.from({ length: 1000 }, (_, i) => row(i));

function upload(body: string, options: { query?: string; token?: string | null; type?: string } = {}) {
  const token = options.token === undefined ? api.token : options.token;
  const test = request(api.server.app)
    .post(`/import/contacts${options.query ?? ''}`)
    .set('Content-Type', options.type ?? 'text/csv');
  if (token) test.set('Authorization', `Bearer ${token}`);
  return test.send(body);
}

async function contactCount(): Promise<number> {
  return db.dataSource.getRepository(Contact).count();
}

/** A POST straight over a socket, for what supertest cannot send: a false Content-Length, a chunked body. */
async function rawPost(
  headers: Record<string, string | number>,
  writeBody: (write: (chunk: Buffer) => Promise<void>) => Promise<void>,
): Promise<{ status: number; body: any }> {
  const listener = api.server.app.listen(0);
  await new Promise((resolve) => listener.once('listening', resolve));
  try {
    const { port } = listener.address() as AddressInfo;
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/import/contacts',
      headers: { Authorization: `Bearer ${api.token}`, 'Content-Type': 'text/csv', ...headers },
    });
    req.on('error', () => undefined);
    const response = new Promise<IncomingMessage>((resolve) => req.once('response', resolve));
    const write = (chunk: Buffer) =>
      new Promise<void>((resolve, reject) => (req.destroyed ? reject(new Error('closed')) : req.write(chunk, (e) => (e ? reject(e) : resolve()))));
    const writing = writeBody(write).then(
      () => req.end(),
      () => undefined,
    );
    const res = await response;
    let text = '';
    for await (const chunk of res) text += chunk;
    await Promise.race([writing, new Promise((resolve) => setTimeout(resolve, 100))]);
    req.destroy();
    return { status: res.statusCode!, body: JSON.parse(text) };
  } finally {
    listener.closeAllConnections();
    await new Promise((resolve) => listener.close(resolve));
  }
}

describe(`POST /import/contacts (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('answers 401 without a session and 403 for a role that may not record cases', async () => {
    expect((await upload(csv([row(0)]), { token: null })).status).toBe(401);
    for (const role of [Role.ANALYST, Role.SERVICE_MANAGER, Role.ADMIN]) {
      const other = await api.as(role);
      expect((await upload(csv([row(0)]), { token: other.token })).status).toBe(403);
    }
    expect(await contactCount()).toBe(0);
  });

  it('answers 415 for a body that is not CSV', async () => {
    const res = await upload(JSON.stringify({ rows: [] }), { type: 'application/json' });
    expect(res.status).toBe(415);
    expect(res.body.error).toContain('Content-Type: text/csv');
  });

  it('dry run: validates 1,000 rows and writes nothing', async () => {
    const res = await upload(csv(THOUSAND), { query: '?dryRun=true' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ valid: 1000 });
    expect(await contactCount()).toBe(0);
  });

  it('refuses the whole file for one bad row, naming line 501 and the column, and writes nothing', async () => {
    const rows = [...THOUSAND];
    rows[499] = rows[499].replace('School Standards', 'School Standards;Parks and Gardens');
    for (const query of ['', '?dryRun=true']) {
      const res = await upload(csv(rows), { query });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        error: '1 problem in the file; nothing was imported.',
        problemCount: 1,
        rowsChecked: 1000,
        problems: [{ line: 501, row: 501, field: 'service_areas', message: expect.stringMatching(/^unknown service area 'Parks and Gardens'; use one of: /) }],
      });
    }
    expect(await contactCount()).toBe(0);
  });

  it('imports 1,000 valid rows in one go, resolving names and UK dates', async () => {
    const res = await upload(csv(THOUSAND));
    expect(res.status).toBe(201);
    expect(res.body.imported).toBe(1000);
    expect(res.body.references.slice(0, 3)).toEqual(['IMP/0000', 'CS/2009/0001', 'IMP/0002']);
    expect(res.body.references).toHaveLength(10);
    expect(await contactCount()).toBe(1000);
    expect(await db.dataSource.getRepository(ContactServiceArea).count()).toBe(1000 + 334);

    const catalog = await loadReferenceCatalog(db.dataSource.manager);
    const [byCode, byName] = await Promise.all(
      ['IMP/0000', 'CS/2009/0001'].map((reference) => db.dataSource.getRepository(Contact).findOneByOrFail({ reference })),
    );
    expect(byCode).toMatchObject({ receivedDate: '2009-04-01', stage: 'STAGE_1', outcome: 'UPHELD', responseSentDate: '2009-04-06', summary: 'Row 0' });
    expect(catalog.recordTypes.byId.get(byCode.recordTypeId)!.code).toBe('STATUTORY_COMPLAINT');
    // Row 1: 'Corporate complaint', 'Email', '02/04/2009', 'School Standards', 'Child or young person'.
    expect(byName).toMatchObject({ receivedDate: '2009-04-02', complainantType: 'CHILD_OR_YOUNG_PERSON', stage: 'STAGE_1', outcome: 'ONGOING' });
    expect(catalog.recordTypes.byId.get(byName.recordTypeId)!.code).toBe('CORPORATE_COMPLAINT');
    expect(catalog.channels.byId.get(byName.channelId)!.code).toBe('EMAIL');
    expect(catalog.serviceAreas.byId.get(byName.primaryServiceAreaId)!.code).toBe('SCHOOL_STANDARDS');
  });

  it('refuses references already saved or given twice in the file', async () => {
    const rows = [row(0), row(1, 'NEW'), row(2, 'NEW'), row(2, 'new')];
    const res = await upload(csv(rows));
    expect(res.status).toBe(400);
    expect(res.body.problems).toEqual([
      { line: 2, row: 2, field: 'reference', message: "'IMP/0000' is already the reference of a saved contact" },
      { line: 5, row: 5, field: 'reference', message: "'new/0002' is also the reference on line 4" },
    ]);
    expect(await contactCount()).toBe(1000);
  });

  it('keeps line numbers right after quoted summaries that span lines', async () => {
    const multi = (i: number) => row(i, 'ML').replace(`Row ${i}`, `"Row ${i}, first line\r\nsecond line\r\n""quoted"" third"`);
    const rows = [multi(0), multi(2), row(4, 'ML'), multi(8).replace('LETTER', 'Carrier pigeon'), row(10, 'ML').replace('2009', '2999')];
    const res = await upload(csv(rows));
    expect(res.status).toBe(400);
    expect(res.body.problems).toEqual([
      { line: 9, row: 5, field: 'channel', message: expect.stringMatching(/^unknown channel 'Carrier pigeon'; use one of: Complaint form, Email/) },
      { line: 12, row: 6, field: 'received_date', message: '2999-04-11 is in the future' },
    ]);

    const fixed = await upload(csv([multi(0), multi(2), row(4, 'ML')]));
    expect(fixed.status).toBe(201);
    const saved = await db.dataSource.getRepository(Contact).findOneByOrFail({ reference: 'ML/0002' });
    expect(saved.summary).toBe('Row 2, first line\nsecond line\n"quoted" third');
  });

  it('reports unknown and missing columns on line 1', async () => {
    const res = await upload('reference,record_type,chanel,received_date,service_areas,issues,complainant_type,notes\nX/1,COMPLIMENT,LETTER,2009-05-01,SOCIAL_CARE,STAFF_CONDUCT,PARENT_OR_CARER,hi\n');
    expect(res.status).toBe(400);
    expect(res.body.problems.map((p: any) => [p.line, p.field])).toEqual([
      [1, 'chanel'],
      [1, 'notes'],
      [1, 'channel'],
    ]);
  });

  it('serves a template whose example rows pass a dry run', async () => {
    const template = await api.get('/import/contacts/template.csv');
    expect(template.status).toBe(200);
    expect(template.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(template.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'reference,record_type,channel,received_date,service_areas,issues,complainant_type,stage,outcome,acknowledgement_sent_date,response_sent_date,extended,premature_ombudsman_referral,summary',
    );
    const examples = await api.get('/import/contacts/template.csv?examples=true');
    const res = await upload(examples.text, { query: '?dryRun=true' });
    expect(res.body).toEqual({ valid: 2 });
    const analyst = await api.as(Role.ANALYST);
    expect((await analyst.get('/import/contacts/template.csv')).status).toBe(403);
  });

  describe('too large', () => {
    it('answers 413 from Content-Length before reading the body', async () => {
      const res = await rawPost({ 'Content-Length': IMPORT_LIMITS.maxBytes + 1 }, async () => undefined);
      expect(res.status).toBe(413);
      expect(res.body.error).toMatch(/^The file is larger than 20 MB/);
    });

    it('answers 413 when a streamed body without Content-Length passes the byte limit', async () => {
      // Long summaries, so the byte limit comes before the row limit.
      const piece = Buffer.from(`${row(1).replace('Row 1', 'x'.repeat(4000))}\r\n`.repeat(16));
      const res = await rawPost({ 'Transfer-Encoding': 'chunked' }, async (write) => {
        await write(Buffer.from(`${HEADER}\r\n`));
        for (let sent = 0; sent <= IMPORT_LIMITS.maxBytes; sent += piece.length) await write(piece);
      });
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ error: expect.stringMatching(/^The file is larger than 20 MB/), limits: IMPORT_LIMITS });
      expect(await contactCount()).toBe(1003);
    });

    it('answers 413 past 50,000 rows', async () => {
      const rows = Array.from({ length: IMPORT_LIMITS.maxRows + 1 }, (_, i) => `R/${i},COMPLIMENT,LETTER,2009-05-01,SOCIAL_CARE,STAFF_CONDUCT,PARENT_OR_CARER`);
      const res = await upload(`reference,record_type,channel,received_date,service_areas,issues,complainant_type\n${rows.join('\n')}\n`);
      expect(res.status).toBe(413);
      expect(res.body.error).toBe('The file has more than 50,000 rows. Split it into smaller files and import them one at a time.');
      expect(await contactCount()).toBe(1003);
    });
  });
});
