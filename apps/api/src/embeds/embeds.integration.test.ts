/** Publishing embeds over GraphQL, the register, and revoking, pausing and resuming, with who may. */
import { Role } from '../auth/role';
import { SavedChart } from '../saved-charts/saved-chart.entity';
import { openDemoDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server';
import { hashEmbedToken } from './embed-token';
import { Embed } from './embed.entity';

const PUBLIC_URL = 'https://insight.example.gov.uk';

let db: TestDatabase;
let api: TestServer;
let analyst: TestClient;
let otherAnalyst: TestClient;
let officer: TestClient;
let manager: TestClient;
let admin: TestClient;

beforeAll(async () => {
  db = await openDemoDatabase();
  api = await startTestServer(db, null, { publicUrl: PUBLIC_URL, disclosureRule: 'DFE_C' });
  [analyst, otherAnalyst, officer, manager, admin] = await Promise.all([
    api.as(Role.ANALYST),
    api.as(Role.ANALYST),
    api.as(Role.COMPLAINTS_OFFICER),
    api.as(Role.SERVICE_MANAGER),
    api.as(Role.ADMIN),
  ]);
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

const EMBED = 'id state disclosureRule note expiresAt createdAt lastUsedAt viewCount revokedAt chart { id name } createdBy { name } revokedBy { name } viewerCan { revoke pause resume }';
const CREATE = `mutation($chart: ID!, $input: CreateEmbedInput) { createEmbed(chartId: $chart, input: $input) { url snippet token embed { ${EMBED} } } }`;

async function chartOf(client: TestClient, name = 'Contacts by channel'): Promise<string> {
  const { data, errors } = await client.graphql(
    'mutation($name: String!) { saveChart(input: { name: $name, description: "Contacts by channel, 2009/10.", params: "financialYear=2009/10&groupBy=CHANNEL", chartType: BARS }) { id } }',
    { name },
  );
  expect(errors).toBeUndefined();
  return data.saveChart.id;
}

async function publish(client: TestClient, chart: string, input: Record<string, unknown> = {}) {
  const { data, errors } = await client.graphql(CREATE, { chart, input });
  expect(errors).toBeUndefined();
  return data.createEmbed;
}

const embedCount = () => db.dataSource.getRepository(Embed).count();

describe(`publishing embeds (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('answers the URL, the snippet and the token once, and keeps only its hash', async () => {
    const chart = await chartOf(officer, 'Channels "2009/10" <all>');
    const created = await publish(analyst, chart, { note: '  Intranet news page  ' });
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.url).toBe(`${PUBLIC_URL}/embed/${created.token}`);
    expect(created.snippet).toBe(
      `<iframe src="${created.url}" title="Channels &quot;2009/10&quot; &lt;all&gt;" data-complaints-insight-embed style="width:100%;border:0" height="420" loading="lazy"></iframe>\n` +
        `<script src="${PUBLIC_URL}/embed.js" async></script>`,
    );
    expect(created.embed).toMatchObject({
      state: 'ACTIVE',
      disclosureRule: 'DFE_C', // the configured default
      note: 'Intranet news page',
      expiresAt: null,
      lastUsedAt: null,
      viewCount: 0,
      chart: { id: chart, name: 'Channels "2009/10" <all>' },
      createdBy: { name: 'Test ANALYST' },
      revokedBy: null,
      viewerCan: { revoke: true, pause: true, resume: false },
    });
    const stored = await db.dataSource.getRepository(Embed).findOneByOrFail({ id: Number(created.embed.id) });
    expect(stored.tokenHash).toBe(hashEmbedToken(created.token));
    expect(JSON.stringify(await db.dataSource.getRepository(Embed).find())).not.toContain(created.token);
  });

  it('publishes with a chosen rule and expiry; officers publish too', async () => {
    const expiresAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const created = await publish(officer, await chartOf(analyst), { disclosureRule: 'ONS_UNDER_10', expiresAt });
    expect(created.embed).toMatchObject({ disclosureRule: 'ONS_UNDER_10', state: 'ACTIVE' });
    // MySQL keeps whole seconds.
    expect(Math.abs(new Date(created.embed.expiresAt).getTime() - new Date(expiresAt).getTime())).toBeLessThan(1000);
  });

  it.each([
    ['an expiry in the past', { expiresAt: '2020-01-01T00:00:00Z' }, 'expiresAt', 'must be in the future'],
    ['a note over 500 characters', { note: 'x'.repeat(501) }, 'note', 'at most 500'],
  ])('refuses %s, naming the field, and publishes nothing', async (_what, input, field, message) => {
    const chart = await chartOf(analyst);
    const before = await embedCount();
    const { data, errors } = await analyst.graphql(CREATE, { chart, input });
    expect(data?.createEmbed ?? null).toBeNull();
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(errors![0].message).toContain(message);
    expect(await embedCount()).toBe(before);
  });

  it('refuses an unknown rule, or no disclosure control at all, naming the field', async () => {
    const chart = await chartOf(analyst);
    for (const rule of ['SOMETHING_ELSE', 'NONE']) {
      const { errors } = await analyst.graphql(CREATE, { chart, input: { disclosureRule: rule } });
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'disclosureRule' });
    }
    const literal = await analyst.graphql(`mutation { createEmbed(chartId: "${chart}", input: { disclosureRule: NONE }) { token } }`);
    expect(literal.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('refuses a chart whose question no longer reads or is by periods shorter than a month', async () => {
    const chart = await db.dataSource.getRepository(SavedChart).save({
      name: 'Weekly',
      description: 'Contacts by week.',
      params: 'financialYear=2009/10&granularity=WEEK',
      chartType: 'LINE',
      dataDownload: 'STAFF',
      ownerId: (await db.dataSource.getRepository(SavedChart).findOneByOrFail({ name: 'Contacts by channel' })).ownerId,
    });
    const { errors } = await analyst.graphql(CREATE, { chart: String(chart.id) });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'chartId' });
  });

  it('publishes only for analysts and complaints officers, and only charts that exist', async () => {
    const chart = await chartOf(manager);
    for (const [client, code] of [
      [manager, 'FORBIDDEN'],
      [admin, 'FORBIDDEN'],
      [api.anonymous, 'UNAUTHENTICATED'],
    ] as const) {
      expect((await client.graphql(CREATE, { chart })).errors![0].extensions.code).toBe(code);
    }
    expect((await analyst.graphql(CREATE, { chart: '999999' })).errors![0].extensions.code).toBe('NOT_FOUND');
  });
});

describe(`the embed register (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  const REGISTER = '{ embeds { id state chart { name } createdBy { name } viewCount viewerCan { revoke pause resume } } }';

  it('shows administrators every embed, newest first; others what they published or of charts they own', async () => {
    const managersChart = await chartOf(manager, 'Manager chart');
    const a = await publish(otherAnalyst, managersChart);
    const b = await publish(officer, await chartOf(officer, 'Officer chart'));

    const all = (await admin.graphql(REGISTER)).data.embeds.map((e: { id: string }) => e.id);
    expect(all.indexOf(b.embed.id)).toBeLessThan(all.indexOf(a.embed.id));
    expect(all).toEqual(expect.arrayContaining([a.embed.id, b.embed.id]));
    const ids = async (client: TestClient) => (await client.graphql(REGISTER)).data.embeds.map((e: { id: string }) => e.id);
    expect(await ids(otherAnalyst)).toEqual([a.embed.id]);
    expect(await ids(manager)).toEqual([a.embed.id]);
    expect(await ids(officer)).toContain(b.embed.id);
    expect(await ids(officer)).not.toContain(a.embed.id);
    expect((await admin.graphql(REGISTER)).data.embeds.find((e: { id: string }) => e.id === a.embed.id)).toMatchObject({
      chart: { name: 'Manager chart' },
      createdBy: { name: 'Test ANALYST' },
      viewCount: 0,
      viewerCan: { revoke: true, pause: true, resume: false },
    });
  });

  it('shows no figures: an embed has no field that could hold one but its view count', async () => {
    const { data } = await admin.graphql('{ __type(name: "Embed") { fields { name type { name ofType { name } } } } }');
    const numeric = data.__type.fields.filter((f: { type: { name: string | null; ofType: { name: string } | null } }) =>
      ['Int', 'Float'].includes(f.type.name ?? f.type.ofType?.name ?? ''),
    );
    expect(numeric.map((f: { name: string }) => f.name)).toEqual(['viewCount']);
  });
});

describe(`revoking, pausing and resuming (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  const mutate = (client: TestClient, op: 'revokeEmbed' | 'pauseEmbed' | 'resumeEmbed', id: string) =>
    client.graphql(`mutation($id: ID!) { ${op}(id: $id) { ${EMBED} } }`, { id });

  it('pauses and resumes; revoking is for good', async () => {
    const { embed } = await publish(analyst, await chartOf(analyst));
    expect((await mutate(analyst, 'pauseEmbed', embed.id)).data.pauseEmbed).toMatchObject({ state: 'PAUSED', viewerCan: { pause: false, resume: true } });
    expect((await mutate(analyst, 'pauseEmbed', embed.id)).data.pauseEmbed.state).toBe('PAUSED');
    expect((await mutate(analyst, 'resumeEmbed', embed.id)).data.resumeEmbed.state).toBe('ACTIVE');
    const revoked = (await mutate(analyst, 'revokeEmbed', embed.id)).data.revokeEmbed;
    expect(revoked).toMatchObject({ state: 'REVOKED', revokedBy: { name: 'Test ANALYST' }, viewerCan: { revoke: false, pause: false, resume: false } });
    expect(revoked.revokedAt).not.toBeNull();
    expect((await mutate(analyst, 'revokeEmbed', embed.id)).data.revokeEmbed.revokedAt).toBe(revoked.revokedAt);
    for (const op of ['resumeEmbed', 'pauseEmbed'] as const) {
      expect((await mutate(analyst, op, embed.id)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    }
  });

  it("lets the embed's publisher, its chart's owner and administrators manage it; nobody else", async () => {
    const managersChart = await chartOf(manager);
    const one = () => publish(officer, managersChart).then((c) => c.embed.id as string);
    expect((await mutate(otherAnalyst, 'pauseEmbed', await one())).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await mutate(analyst, 'revokeEmbed', await one())).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await mutate(api.anonymous, 'revokeEmbed', await one())).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await mutate(officer, 'pauseEmbed', await one())).data.pauseEmbed.state).toBe('PAUSED');
    expect((await mutate(manager, 'revokeEmbed', await one())).data.revokeEmbed.state).toBe('REVOKED');
    expect((await mutate(admin, 'revokeEmbed', await one())).data.revokeEmbed).toMatchObject({ state: 'REVOKED', revokedBy: { name: 'Test ADMIN' } });
    expect((await mutate(admin, 'pauseEmbed', '999999')).errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it('shows an embed past its expiry as EXPIRED, whatever its stored status', async () => {
    const { embed } = await publish(analyst, await chartOf(analyst), { expiresAt: new Date(Date.now() + 60_000).toISOString() });
    await db.dataSource.getRepository(Embed).update({ id: Number(embed.id) }, { expiresAt: new Date(Date.now() - 1000) });
    const row = (await admin.graphql('{ embeds { id state } }')).data.embeds.find((e: { id: string }) => e.id === embed.id);
    expect(row.state).toBe('EXPIRED');
  });

  it('deletes its embeds with a chart', async () => {
    const chart = await chartOf(analyst);
    const { embed } = await publish(analyst, chart);
    await analyst.graphql('mutation($id: ID!) { deleteSavedChart(id: $id) }', { id: chart });
    expect(await db.dataSource.getRepository(Embed).existsBy({ id: Number(embed.id) })).toBe(false);
  });
});
