/** Saved charts over GraphQL: saving, listing, opening by link, changing and deleting, who may, and the checks. */
import { Role } from '../auth/role';
import { SavedChart } from './saved-chart.entity';
import { openDemoDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server';

let db: TestDatabase;
let api: TestServer;
let analyst: TestClient;
let otherAnalyst: TestClient;
let officer: TestClient;
let manager: TestClient;
let admin: TestClient;

beforeAll(async () => {
  db = await openDemoDatabase();
  api = await startTestServer(db);
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

const FIELDS = 'id name description params chartType dataDownload version owner { name } viewerCan { edit publish delete }';
const SAVE = `mutation($input: SaveChartInput!) { saveChart(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateSavedChartInput!) { updateSavedChart(id: $id, input: $input) { ${FIELDS} } }`;

function chartInput(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Complaints by channel',
    description: 'Bars of contacts received in 2009/10 by channel, month by month.',
    params: 'financialYear=2009/10&groupBy=CHANNEL',
    chartType: 'BARS',
    ...overrides,
  };
}

async function save(client: TestClient, overrides: Record<string, unknown> = {}) {
  const { data, errors } = await client.graphql(SAVE, { input: chartInput(overrides) });
  expect(errors).toBeUndefined();
  return data.saveChart;
}

const count = () => db.dataSource.getRepository(SavedChart).count();

describe(`saved charts (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('saves a chart with its question in canonical form, owned by whoever saved it', async () => {
    const chart = await save(analyst, { params: '?groupBy=CHANNEL&financialYear=2009/10&granularity=QUARTER&colour=blue', name: '  Channels  ' });
    expect(chart).toMatchObject({
      name: 'Channels',
      params: 'financialYear=2009/10&granularity=QUARTER&groupBy=CHANNEL',
      chartType: 'BARS',
      dataDownload: 'STAFF',
      version: 1,
      owner: { name: 'Test ANALYST' },
      viewerCan: { edit: true, publish: true, delete: true },
    });
  });

  it.each([
    ['a blank name', { name: ' ' }, 'name', 'is required'],
    ['a long name', { name: 'x'.repeat(121) }, 'name', 'at most 120'],
    ['no description', { description: '' }, 'description', 'is required'],
    ['a long description', { description: 'x'.repeat(1001) }, 'description', 'at most 1000'],
    ['an unknown dimension', { params: 'financialYear=2009/10&groupBy=COLOUR' }, 'params', "groupBy: 'COLOUR' is not one of"],
    ['an unknown outcome', { params: 'financialYear=2009/10&outcomes=UPHELDD' }, 'params', "filter.outcomes: 'UPHELDD' is not one of"],
    ['a backwards range', { params: 'from=2010-01-01&to=2009-01-01' }, 'params', 'from: '],
    ['an unknown channel', { params: 'financialYear=2009/10&channels=SMOKE_SIGNAL' }, 'params', "filter.channels: unknown code 'SMOKE_SIGNAL'"],
    ['parameters over 2,000 characters', { params: `financialYear=2009/10&channels=${'LETTER,'.repeat(300)}` }, 'params', 'at most 2000'],
  ])('refuses %s naming the field, and saves nothing', async (_what, overrides, field, message) => {
    const before = await count();
    const { data, errors } = await analyst.graphql(SAVE, { input: chartInput(overrides) });
    expect(data?.saveChart ?? null).toBeNull();
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(errors![0].message).toContain(message);
    expect(await count()).toBe(before);
  });

  it('names every field at fault at once', async () => {
    const { errors } = await analyst.graphql(SAVE, { input: chartInput({ name: '', description: '', params: 'groupBy=COLOUR' }) });
    expect(errors![0].extensions.problems.map((p: { field: string }) => p.field)).toEqual(['name', 'description', 'params']);
  });

  it('lists only your own charts, most recently changed first', async () => {
    const first = await save(otherAnalyst, { name: 'First' });
    const second = await save(otherAnalyst, { name: 'Second' });
    // SQLite keeps whole seconds: set the times apart rather than wait.
    const charts = db.dataSource.getRepository(SavedChart);
    await charts.update({ id: Number(second.id) }, { updatedAt: new Date('2026-01-02T00:00:00Z') });
    await charts.update({ id: Number(first.id) }, { updatedAt: new Date('2026-01-03T00:00:00Z') });
    const { data } = await otherAnalyst.graphql('{ savedCharts { id name } }');
    expect(data.savedCharts.map((c: { name: string }) => c.name)).toEqual(['First', 'Second']);
    const theirs = await analyst.graphql('{ savedCharts { id } }');
    expect(theirs.data.savedCharts.map((c: { id: string }) => c.id)).not.toContain(second.id);
  });

  it('opens any chart by id for staff who read aggregates (sharing by link), with what each may do', async () => {
    const chart = await save(analyst);
    const query = `query($id: ID!) { savedChart(id: $id) { ${FIELDS} } }`;
    expect((await officer.graphql(query, { id: chart.id })).data.savedChart.viewerCan).toEqual({ edit: false, publish: true, delete: false });
    expect((await manager.graphql(query, { id: chart.id })).data.savedChart.viewerCan).toEqual({ edit: false, publish: false, delete: false });
    expect((await manager.graphql(query, { id: '999999' })).data.savedChart).toBeNull();
    expect((await manager.graphql(query, { id: 'not-an-id' })).data.savedChart).toBeNull();
    expect((await admin.graphql(query, { id: chart.id })).errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('lets the owner rename and change a chart, bumping its version; nobody else', async () => {
    const chart = await save(analyst);
    const renamed = await analyst.graphql(UPDATE, { id: chart.id, input: { name: 'Renamed', chartType: 'LINE', dataDownload: 'EMBED_READERS' } });
    expect(renamed.data.updateSavedChart).toMatchObject({ name: 'Renamed', chartType: 'LINE', dataDownload: 'EMBED_READERS', version: 2, params: chart.params });

    for (const [client, code] of [
      [otherAnalyst, 'FORBIDDEN'],
      [officer, 'FORBIDDEN'],
      [admin, 'FORBIDDEN'],
      [api.anonymous, 'UNAUTHENTICATED'],
    ] as const) {
      const { errors } = await client.graphql(UPDATE, { id: chart.id, input: { name: 'Hijacked' } });
      expect(errors![0].extensions.code).toBe(code);
    }
    const bad = await analyst.graphql(UPDATE, { id: chart.id, input: { params: 'granularity=FORTNIGHT' } });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'params' });
    const stored = await db.dataSource.getRepository(SavedChart).findOneByOrFail({ id: Number(chart.id) });
    expect(stored).toMatchObject({ name: 'Renamed', version: 2 });
    expect((await analyst.graphql(UPDATE, { id: '999999', input: { name: 'x' } })).errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it('lets the owner or an administrator delete a chart; nobody else', async () => {
    const mine = await save(analyst);
    const del = 'mutation($id: ID!) { deleteSavedChart(id: $id) }';
    expect((await otherAnalyst.graphql(del, { id: mine.id })).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await analyst.graphql(del, { id: mine.id })).data.deleteSavedChart).toBe(mine.id);
    expect(await db.dataSource.getRepository(SavedChart).existsBy({ id: Number(mine.id) })).toBe(false);

    const theirs = await save(officer);
    expect((await admin.graphql(del, { id: theirs.id })).data.deleteSavedChart).toBe(theirs.id);
    expect((await admin.graphql(del, { id: theirs.id })).errors![0].extensions.code).toBe('NOT_FOUND');
  });
});
