/**
 * "Have your say" over HTTP, signed out as the public page is: a burst from one
 * address is limited (and fast), the honeypot stores nothing, the size limit
 * names the field, and nothing but what was typed is kept. An officer's triage
 * lists new messages, records one as a contact (web application, from a child
 * or young person, received the day it was sent) in one transaction, or
 * closes one with a reason; a message is handled once.
 */
import request from 'supertest';
import { Complainant } from '../complainants/complainant.entity';
import { Contact } from '../contacts/contact.entity';
import { Channel } from '../reference/channel.entity';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server';
import { Role } from '../auth/role';
import { HaveYourSayItem } from './have-your-say.entity';

let db: TestDatabase;
let api: TestServer;
let officer: TestClient;

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db);
  officer = await api.as(Role.COMPLAINTS_OFFICER);
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

const SUBMIT = 'mutation($input: HaveYourSayInput!) { submitHaveYourSay(input: $input) { reference whatHappensNext ifInDanger } }';

let addressCounter = 0;
/** Each test speaks from an address of its own (the test server trusts X-Forwarded-For from loopback, as behind nginx). */
function newAddress(): string {
  addressCounter += 1;
  return `198.51.100.${addressCounter}`;
}

async function submit(address: string, input: Record<string, unknown>) {
  const res = await request(api.server.app)
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('X-Forwarded-For', address)
    .send({ query: SUBMIT, variables: { input } });
  return res;
}

const items = () => db.dataSource.getRepository(HaveYourSayItem);

describe(`Have your say (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('takes a message without sign-in and answers with a reference and what happens next', async () => {
    const res = await submit(newAddress(), {
      whatHappened: 'My social worker keeps changing and nobody tells me why.',
      name: 'Sam Taylor',
      contactMethod: 'TEXT_MESSAGE',
      contactDetails: '07700 900123',
      wantsAdvocate: true,
      ageGroup: 'AGE_11_TO_15',
    });
    expect(res.body.errors).toBeUndefined();
    const receipt = res.body.data.submitHaveYourSay;
    expect(receipt.reference).toMatch(/^HYS-\d{4}-\d{4}$/);
    expect(receipt.whatHappensNext.length).toBeGreaterThan(1);
    expect(receipt.ifInDanger).toContain('999');
    expect(receipt.ifInDanger).toContain('0800 1111');

    const stored = await items().findOneByOrFail({ reference: receipt.reference });
    expect(stored).toMatchObject({
      whatHappened: 'My social worker keeps changing and nobody tells me why.',
      name: 'Sam Taylor',
      contactMethod: 'TEXT_MESSAGE',
      contactDetails: '07700 900123',
      ageGroup: 'AGE_11_TO_15',
      status: 'NEW',
    });
    expect(Boolean(stored.wantsAdvocate)).toBe(true);
    // Nothing about the sender beyond what they typed: no address, no browser, in any column.
    const row = JSON.stringify(await db.dataSource.query(`SELECT * FROM have_your_say_item WHERE id = ${stored.id}`));
    expect(row).not.toContain('198.51.100');
    expect(row).not.toMatch(/supertest|node-superagent/i);
    const columns = db.dataSource.getMetadata(HaveYourSayItem).columns.map((c) => c.propertyName);
    expect(columns.filter((c) => /ip|address|agent/i.test(c))).toEqual([]);
  });

  it('limits a burst of 50 from one address: at most 5 taken, the rest refused with TOO_MANY_REQUESTS, fast', async () => {
    const address = newAddress();
    const before = await items().count();
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => submit(address, { whatHappened: `Burst message ${i}` })));
    const elapsed = Date.now() - started;
    const codes = answers.map((r) => r.body.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(45);
    const refused = answers.find((r) => r.body.errors)!;
    expect(refused.body.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.body.errors[0].message).toMatch(/wait .* minutes/);
    expect(await items().count()).toBe(before + 5);
    expect(elapsed).toBeLessThan(15_000);
    // Another address is not held up by it.
    expect((await submit(newAddress(), { whatHappened: 'Someone else' })).body.errors).toBeUndefined();
  });

  it('answers a filled honeypot as if accepted, and stores nothing', async () => {
    const before = await items().count();
    const res = await submit(newAddress(), { whatHappened: 'Buy cheap watches', website: 'http://spam.example' });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.submitHaveYourSay.reference).toMatch(/^HYS-\d{4}-\d{4}$/);
    expect(await items().count()).toBe(before);
  });

  it('refuses words over 5,000 characters naming the field, and stores nothing', async () => {
    const before = await items().count();
    const res = await submit(newAddress(), { whatHappened: 'a'.repeat(5_001) });
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'whatHappened' });
    expect(res.body.errors[0].message).toContain('5,000 characters or fewer');
    const blank = await submit(newAddress(), { whatHappened: '  ', contactMethod: 'EMAIL' });
    expect(blank.body.errors[0].extensions.problems.map((p: { field: string }) => p.field)).toEqual(['whatHappened', 'contactDetails']);
    expect(await items().count()).toBe(before);
  });

  it('lists new messages for officers, longest waiting first', async () => {
    const { data, errors } = await officer.graphql('{ haveYourSayTriage { reference status whatHappened } }');
    expect(errors).toBeUndefined();
    expect(data.haveYourSayTriage.length).toBeGreaterThan(5);
    expect(data.haveYourSayTriage.every((i: { status: string }) => i.status === 'NEW')).toBe(true);
    expect(data.haveYourSayTriage[0].whatHappened).toBe('My social worker keeps changing and nobody tells me why.');
  });

  it('records a message as a contact: web application, child or young person, their words, in one go', async () => {
    const res = await submit(newAddress(), {
      whatHappened: 'I was not asked what I wanted at my review.',
      name: 'Alex Morgan',
      contactMethod: 'EMAIL',
      contactDetails: 'alex@example.com',
      wantsAdvocate: true,
    });
    const { reference } = res.body.data.submitHaveYourSay;
    const item = await items().findOneByOrFail({ reference });
    const CONVERT = `mutation($id: ID!, $input: ConvertHaveYourSayInput!) {
      convertHaveYourSay(id: $id, input: $input) { status convertedReference convertedContactId }
    }`;

    // A bad code changes nothing: no contact, and the message is still new.
    const contactsBefore = await db.dataSource.getRepository(Contact).count();
    const bad = await officer.graphql(CONVERT, { id: String(item.id), input: { recordType: 'NO_SUCH_TYPE', serviceAreas: ['SOCIAL_CARE'], issues: ['POLICY_DISAGREEMENT'] } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recordType' });
    expect(await db.dataSource.getRepository(Contact).count()).toBe(contactsBefore);
    expect((await items().findOneByOrFail({ id: item.id })).status).toBe('NEW');

    const { data, errors } = await officer.graphql(CONVERT, {
      id: String(item.id),
      input: { recordType: 'STATUTORY_COMPLAINT', serviceAreas: ['SOCIAL_CARE'], issues: ['POLICY_DISAGREEMENT'] },
    });
    expect(errors).toBeUndefined();
    expect(data.convertHaveYourSay.status).toBe('CONVERTED');
    const contact = await db.dataSource.getRepository(Contact).findOneByOrFail({ id: Number(data.convertHaveYourSay.convertedContactId) });
    expect(contact.reference).toBe(data.convertHaveYourSay.convertedReference);
    const channel = await db.dataSource.getRepository(Channel).findOneByOrFail({ id: contact.channelId });
    expect(channel.code).toBe('WEB_APPLICATION');
    expect(contact).toMatchObject({ complainantType: 'CHILD_OR_YOUNG_PERSON', receivedDate: item.receivedDate, summary: 'I was not asked what I wanted at my review.' });
    const complainant = await db.dataSource.getRepository(Complainant).findOneByOrFail({ contactId: contact.id });
    expect(complainant).toMatchObject({ givenName: 'Alex', familyName: 'Morgan', email: 'alex@example.com', preferredContactMethod: 'EMAIL' });

    // Handled once: a second try is a conflict, and makes no second contact.
    const again = await officer.graphql(CONVERT, { id: String(item.id), input: { recordType: 'COMMENT', serviceAreas: ['SOCIAL_CARE'], issues: ['POLICY_DISAGREEMENT'] } });
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(await db.dataSource.getRepository(Contact).count()).toBe(contactsBefore + 1);
    const listed = await officer.graphql('{ haveYourSayTriage { reference } }');
    expect(listed.data.haveYourSayTriage.map((i: { reference: string }) => i.reference)).not.toContain(reference);
  });

  it('is accepted from the public page in production mode, where CSRF prevention still refuses a simple cross-site POST', async () => {
    const production = await startTestServer(db, null, { env: 'production' });
    try {
      const query = 'mutation { submitHaveYourSay(input: { whatHappened: "Sent in production mode" }) { reference } }';
      const json = await request(production.server.app).post('/graphql').set('content-type', 'application/json').set('X-Forwarded-For', newAddress()).send({ query });
      expect(json.body.errors).toBeUndefined();
      expect(json.body.data.submitHaveYourSay.reference).toMatch(/^HYS-/);
      // A form another site could post without a preflight: refused before anything runs.
      const before = await items().count();
      const simple = await request(production.server.app).post('/graphql').set('content-type', 'text/plain').set('X-Forwarded-For', newAddress()).send(JSON.stringify({ query }));
      expect(simple.status).toBe(400);
      expect(await items().count()).toBe(before);
    } finally {
      await production.server.stop();
    }
  });

  it('closes a message with a reason, and needs one', async () => {
    const { reference } = (await submit(newAddress(), { whatHappened: 'test test' })).body.data.submitHaveYourSay;
    const item = await items().findOneByOrFail({ reference });
    const CLOSE = 'mutation($id: ID!, $reason: String!) { closeHaveYourSay(id: $id, reason: $reason) { status closedReason } }';
    const blank = await officer.graphql(CLOSE, { id: String(item.id), reason: ' ' });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const { data, errors } = await officer.graphql(CLOSE, { id: String(item.id), reason: 'A test message, not from a young person.' });
    expect(errors).toBeUndefined();
    expect(data.closeHaveYourSay).toEqual({ status: 'CLOSED', closedReason: 'A test message, not from a young person.' });
    const all = await officer.graphql('{ haveYourSayTriage(includeHandled: true) { reference status } }');
    expect(all.data.haveYourSayTriage).toContainEqual({ reference, status: 'CLOSED' });
  });
});
