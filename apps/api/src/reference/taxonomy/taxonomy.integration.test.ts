/**
 * Reclassification on the demo data (its 2010/11 restructure), on both
 * dialects: a trend across the restructure as recorded and in the current
 * taxonomy, the splits it reports, the 2010/11 annual report's mapped
 * previous-year column, and an administrator adding a mapping.
 */
import { Role } from '../../auth/role';
import { openDemoDatabase, type TestDatabase } from '../../test-support/test-database';
import { startTestServer, type TestClient, type TestServer } from '../../test-support/test-server';

let db: TestDatabase;
let api: TestServer;
let admin: TestClient;

beforeAll(async () => {
  db = await openDemoDatabase();
  api = await startTestServer(db, Role.ANALYST);
  admin = await api.as(Role.ADMIN);
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

const TREND = /* GraphQL */ `
  query Trend($input: TrendInput!) {
    trend(input: $input) {
      periods total totalCount taxonomy taxonomyDate
      taxonomySplits { dimension fromCode fromLabel toCode toLabel successors rule description }
      periodTotals { period value }
      series { key label total points { period value } }
    }
  }
`;

async function trend(input: Record<string, unknown>) {
  const { data, errors } = await api.graphql(TREND, { input });
  if (errors) throw new Error(JSON.stringify(errors));
  return data.trend;
}

const RANGE = { from: '2008-04-01', to: '2012-03-31', granularity: 'FINANCIAL_YEAR' };
const keys = (result: any): string[] => result.series.map((s: any) => s.key);
const valueIn = (result: any, key: string, period: string): number =>
  result.series.find((s: any) => s.key === key)?.points.find((p: any) => p.period === period)?.value ?? 0;

describe(`reclassification (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('gives different service-area series as recorded and in the current taxonomy, with the same totals', async () => {
    const recorded = await trend({ ...RANGE, groupBy: 'SERVICE_AREA' });
    const current = await trend({ ...RANGE, groupBy: 'SERVICE_AREA', taxonomy: 'CURRENT' });
    expect(recorded.taxonomy).toBe('AS_RECORDED');
    expect(recorded.taxonomySplits).toEqual([]);
    expect(current.taxonomy).toBe('CURRENT');
    expect(current.taxonomyDate).toBe('2012-03-31');

    // As recorded: the old service areas hold the early years, the new ones the later.
    expect(keys(recorded)).toEqual(expect.arrayContaining(['YOUNG_PEOPLE_COMMUNITY', 'COMMISSIONING', 'EARLY_HELP', 'YOUTH_SERVICES']));
    expect(valueIn(recorded, 'YOUNG_PEOPLE_COMMUNITY', '2009/10')).toBeGreaterThan(0);
    expect(valueIn(recorded, 'YOUNG_PEOPLE_COMMUNITY', '2010/11')).toBe(0);
    expect(valueIn(recorded, 'EARLY_HELP', '2009/10')).toBe(0);
    expect(valueIn(recorded, 'EARLY_HELP', '2010/11')).toBeGreaterThan(0);

    // Current: only the service areas in force on 31 March 2012, the old years mapped onto them.
    expect(keys(current)).not.toEqual(expect.arrayContaining(['YOUNG_PEOPLE_COMMUNITY']));
    expect(keys(current)).not.toContain('COMMISSIONING');
    expect(keys(current)).not.toContain('ASSETS_INFRASTRUCTURE');
    for (const year of ['2008/09', '2009/10']) {
      expect(valueIn(current, 'EARLY_HELP', year)).toBe(valueIn(recorded, 'YOUNG_PEOPLE_COMMUNITY', year));
      expect(valueIn(current, 'YOUTH_SERVICES', year)).toBe(0);
      expect(valueIn(current, 'STRATEGY_COMMISSIONING', year)).toBe(valueIn(recorded, 'COMMISSIONING', year) + valueIn(recorded, 'ASSETS_INFRASTRUCTURE', year));
      expect(valueIn(current, 'SOCIAL_CARE', year)).toBe(valueIn(recorded, 'SOCIAL_CARE', year));
    }
    expect(current.series).not.toEqual(recorded.series);
    expect(current.total).toBe(recorded.total);
    expect(current.totalCount).toBe(recorded.totalCount);
    expect(current.periodTotals).toEqual(recorded.periodTotals);
    const sum = (result: any) => result.series.reduce((n: number, s: any) => n + s.total, 0);
    expect(sum(current)).toBe(sum(recorded));
  });

  it('reports each split it applied, with its rule', async () => {
    const current = await trend({ ...RANGE, groupBy: 'SERVICE_AREA', taxonomy: 'CURRENT' });
    const split = current.taxonomySplits.find((s: any) => s.fromCode === 'YOUNG_PEOPLE_COMMUNITY');
    expect(split).toMatchObject({ dimension: 'SERVICE_AREA', toCode: 'EARLY_HELP', toLabel: 'Early Help and Family Support', successors: ['EARLY_HELP', 'YOUTH_SERVICES'] });
    expect(split.rule).toMatch(/all its earlier records count there/);
    expect(split.description).toMatch(/^Young People and Community Support Services was split into Early Help and Family Support, Youth Services/);
    // Many-to-one mappings are not splits.
    expect(current.taxonomySplits.map((s: any) => s.fromCode)).toEqual(['YOUNG_PEOPLE_COMMUNITY']);
  });

  it('merges divisions and issues too, and a filter by a current code takes in the old codes', async () => {
    const recorded = await trend({ ...RANGE, groupBy: 'DIVISION' });
    const current = await trend({ ...RANGE, groupBy: 'DIVISION', taxonomy: 'CURRENT' });
    expect(valueIn(current, 'LEARNING_INCLUSION', '2009/10')).toBe(valueIn(recorded, 'SAFEGUARDING_INCLUSION', '2009/10') + valueIn(recorded, 'SCHOOL_STANDARDS', '2009/10'));
    expect(current.total).toBe(recorded.total);

    const issues = await trend({ ...RANGE, groupBy: 'ISSUE', taxonomy: 'CURRENT' });
    expect(keys(issues)).not.toContain('COMMUNICATION_UNWANTED');
    expect(issues.taxonomySplits.map((s: any) => s.fromCode)).toContain('SAFEGUARDING_ASSESSMENT');

    const filtered = await trend({ ...RANGE, taxonomy: 'CURRENT', filter: { serviceAreas: ['STRATEGY_COMMISSIONING'] } });
    const asRecorded = await trend({ ...RANGE, filter: { serviceAreas: ['STRATEGY_COMMISSIONING', 'COMMISSIONING', 'ASSETS_INFRASTRUCTURE'] } });
    expect(filtered.total).toBe(asRecorded.total);
    expect(filtered.total).toBeGreaterThan((await trend({ ...RANGE, filter: { serviceAreas: ['STRATEGY_COMMISSIONING'] } })).total);
  });

  it('reports a split the current filter relies on, under the filter’s dimension, once', async () => {
    const ypc = { dimension: 'SERVICE_AREA', fromCode: 'YOUNG_PEOPLE_COMMUNITY', toCode: 'EARLY_HELP', successors: ['EARLY_HELP', 'YOUTH_SERVICES'] };
    // Early Help takes in the old code's records by the split's rule: said, and counted.
    const earlyHelp = await trend({ ...RANGE, taxonomy: 'CURRENT', filter: { serviceAreas: ['EARLY_HELP'] } });
    expect(earlyHelp.taxonomySplits).toEqual([expect.objectContaining({ ...ypc, rule: expect.stringMatching(/all its earlier records count there/) })]);
    expect(earlyHelp.taxonomySplits[0].description).toMatch(/^Young People and Community Support Services was split into/);
    expect(earlyHelp.total).toBe((await trend({ ...RANGE, filter: { serviceAreas: ['EARLY_HELP', 'YOUNG_PEOPLE_COMMUNITY'] } })).total);
    // The other successor is left without them: said too, for either service-area filter.
    const youth = await trend({ ...RANGE, taxonomy: 'CURRENT', filter: { anyServiceAreas: ['YOUTH_SERVICES'] } });
    expect(youth.taxonomySplits).toEqual([expect.objectContaining(ypc)]);
    expect(youth.total).toBe((await trend({ ...RANGE, filter: { anyServiceAreas: ['YOUTH_SERVICES'] } })).total);
    // Grouped by another dimension, the filter's split is still reported under its own.
    const byDivision = await trend({ ...RANGE, groupBy: 'DIVISION', taxonomy: 'CURRENT', filter: { serviceAreas: ['EARLY_HELP'] } });
    expect(byDivision.taxonomySplits).toEqual([expect.objectContaining(ypc)]);

    // Group and filter applying the same split: reported once, under the group's dimension.
    const grouped = await trend({ ...RANGE, groupBy: 'SERVICE_AREA', taxonomy: 'CURRENT', filter: { serviceAreas: ['EARLY_HELP', 'SOCIAL_CARE'] } });
    expect(grouped.taxonomySplits).toEqual([expect.objectContaining(ypc)]);
    const linked = await trend({ ...RANGE, groupBy: 'ALL_SERVICE_AREAS', taxonomy: 'CURRENT', filter: { anyServiceAreas: ['EARLY_HELP'] } });
    expect(linked.taxonomySplits).toEqual([expect.objectContaining({ ...ypc, dimension: 'ALL_SERVICE_AREAS' })]);

    // Nothing to report: a filter no split touches, or the same filter as recorded.
    expect((await trend({ ...RANGE, taxonomy: 'CURRENT', filter: { serviceAreas: ['SOCIAL_CARE', 'STRATEGY_COMMISSIONING'] } })).taxonomySplits).toEqual([]);
    expect((await trend({ ...RANGE, filter: { serviceAreas: ['EARLY_HELP'] } })).taxonomySplits).toEqual([]);
  });

  it("maps a comparison's earlier year onto the codes in force at the end of the year asked for", async () => {
    const { data, errors } = await api.graphql(
      'query($input: TrendInput!) { trend(input: $input) { total previousTotal { value } comparison { from to } } }',
      { input: { financialYear: '2010/11', granularity: 'FINANCIAL_YEAR', taxonomy: 'CURRENT', compareWith: 'PREVIOUS_YEAR', filter: { serviceAreas: ['EARLY_HELP'] } } },
    );
    expect(errors).toBeUndefined();
    const earlier = await trend({ financialYear: '2009/10', granularity: 'FINANCIAL_YEAR', filter: { serviceAreas: ['YOUNG_PEOPLE_COMMUNITY', 'EARLY_HELP'] } });
    expect(earlier.total).toBeGreaterThan(0);
    expect(data.trend.previousTotal.value).toBe(earlier.total);
  });

  it('counts a range ending before the restructure as recorded in either mode', async () => {
    const input = { financialYear: '2009/10', granularity: 'FINANCIAL_YEAR', groupBy: 'SERVICE_AREA' };
    const [recorded, current] = [await trend(input), await trend({ ...input, taxonomy: 'CURRENT' })];
    const nonZero = (r: any) => r.series.filter((s: any) => s.total).map((s: any) => [s.key, s.total]);
    expect(nonZero(current)).toEqual(nonZero(recorded));
    expect(current.taxonomySplits).toEqual([]);
  });
});

const REPORT = /* GraphQL */ `
  query Report($year: String!) {
    annualReport(financialYear: $year) { financialYear previousFinancialYear tables { id columns notes rows { label values } } }
  }
`;

describe(`the annual report across the restructure (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  async function report(year: string) {
    const { data, errors } = await api.graphql(REPORT, { year });
    if (errors) throw new Error(JSON.stringify(errors));
    return data.annualReport;
  }
  const table = (r: any, id: string) => r.tables.find((t: any) => t.id === id);
  const row = (t: any, label: string) => t.rows.find((r: any) => r.label === label).values;

  it("maps 2010/11's previous-year column onto the new service areas and says so", async () => {
    const [earlier, later] = [await report('2009/10'), await report('2010/11')];
    const [t1Then, t1Now] = [table(earlier, 'table1'), table(later, 'table1')];
    // The 2009/10 column of the 2010/11 report holds the 2009/10 report's own figures, split the same way.
    for (const label of ['Stage 1 complaints', 'Stage 1 complaints (Social Care)', 'Stage 1 complaints (Inclusion + other)', 'Total']) {
      expect(row(t1Now, label)[0]).toBe(row(t1Then, label)[2]);
    }
    const note = t1Now.notes.find((n: string) => n.startsWith('2009/10 figures are mapped onto the service areas in force on 2011-03-31'));
    expect(note).toMatch(/Young People and Community Support Services → Early Help and Family Support/);
    expect(note).toMatch(/Commissioning, Policy and Performance → Strategy, Commissioning and Resources/);
    expect(t1Now.notes.some((n: string) => n.startsWith('Split: Young People and Community Support Services was split into'))).toBe(true);
    expect(table(later, 'table7').notes.some((n: string) => n.startsWith('2009/10 figures are mapped'))).toBe(true);
    // The 2009/10 report maps nothing and says nothing of it.
    expect(earlier.tables.flatMap((t: any) => t.notes).some((n: string) => n.includes('figures are mapped'))).toBe(false);
  });

  it('counts the 2010/11 tables in the taxonomy in force for the year', async () => {
    const later = await report('2010/11');
    const labels = table(later, 'table5').rows.map((r: any) => r.label);
    expect(labels).toContain('Premises, payments and charges');
    expect(labels).not.toContain('Finance');
  });
});

const ADD = /* GraphQL */ `
  mutation Add($input: AddTaxonomyMappingInput!) { addTaxonomyMapping(input: $input) { fromCode toCode mappingKind designated rule effectiveFrom } }
`;
const SAVE = /* GraphQL */ `mutation Save($input: SaveReferenceItemInput!) { saveReferenceItem(input: $input) }`;

describe(`managing mappings (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('retires the old code and maps it; a split without its rule is refused, naming the field, with nothing changed', async () => {
    for (const code of ['TX_OLD', 'TX_NEW_A', 'TX_NEW_B']) {
      const { errors } = await admin.graphql(SAVE, { input: { kind: 'ISSUE', code, name: `Issue ${code}`, parent: 'POLICY', ...(code === 'TX_OLD' ? {} : { effectiveFrom: '2027-04-01' }) } });
      expect(errors).toBeUndefined();
    }
    const split = { kind: 'ISSUE', fromCode: 'TX_OLD', toCodes: ['TX_NEW_A', 'TX_NEW_B'], effectiveFrom: '2027-04-01', mappingKind: 'SPLIT', designated: 'TX_NEW_A' };
    const refused = await admin.graphql(ADD, { input: split });
    expect(refused.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(refused.errors![0].extensions)).toContain('rule');
    const issues = await admin.graphql('{ issueCategories { code issues { code retiredFrom } } }');
    const old = issues.data.issueCategories.flatMap((c: any) => c.issues).find((i: any) => i.code === 'TX_OLD');
    expect(old.retiredFrom).toBeNull();

    const added = await admin.graphql(ADD, { input: { ...split, rule: 'all to A' } });
    expect(added.errors).toBeUndefined();
    expect(added.data.addTaxonomyMapping).toEqual([
      { fromCode: 'TX_OLD', toCode: 'TX_NEW_A', mappingKind: 'SPLIT', designated: true, rule: 'all to A', effectiveFrom: '2027-04-01' },
      { fromCode: 'TX_OLD', toCode: 'TX_NEW_B', mappingKind: 'SPLIT', designated: false, rule: 'all to A', effectiveFrom: '2027-04-01' },
    ]);
    const listed = await api.graphql('{ taxonomyMappings { kind fromCode toCode } }');
    expect(listed.data.taxonomyMappings).toEqual(expect.arrayContaining([{ kind: 'ISSUE', fromCode: 'TX_OLD', toCode: 'TX_NEW_B' }]));
    const analyst = await api.graphql(ADD, { input: { ...split, fromCode: 'TX_NEW_B', toCodes: ['TX_NEW_A'], mappingKind: 'ONE_TO_ONE', designated: null } });
    expect(analyst.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe(`once-per-value dimensions in the current taxonomy (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  // Last in the file: it adds a link row to the demo copy.
  it('counts a contact naming two codes that merged once under their successor', async () => {
    const ids = async (table: string, codes: string[]) =>
      Object.fromEntries(
        (await db.dataSource.query(`SELECT id, code FROM ${table} WHERE code IN (${codes.map(() => '?').join(', ')})`, codes)).map((r: any) => [r.code, Number(r.id)]),
      );
    const area = await ids('service_area', ['COMMISSIONING', 'ASSETS_INFRASTRUCTURE']);
    const [contact] = await db.dataSource.query(
      `SELECT c.id FROM contact c WHERE c.primaryServiceAreaId = ? AND c.receivedDate BETWEEN '2009-04-01' AND '2010-03-31'
       AND NOT EXISTS (SELECT 1 FROM contact_service_area l WHERE l.contactId = c.id AND l.serviceAreaId = ?) ORDER BY c.id LIMIT 1`,
      [area.COMMISSIONING, area.ASSETS_INFRASTRUCTURE],
    );
    expect(contact).toBeDefined();
    await db.dataSource.query('INSERT INTO contact_service_area (contactId, serviceAreaId, isPrimary) VALUES (?, ?, 0)', [contact.id, area.ASSETS_INFRASTRUCTURE]);

    for (const [groupBy, filter] of [
      ['ALL_SERVICE_AREAS', 'anyServiceAreas'],
      ['ALL_ISSUES', 'anyIssues'],
    ] as const) {
      const current = await trend({ ...RANGE, groupBy, taxonomy: 'CURRENT' });
      // Each successor's series counts the contacts naming it or any code mapped onto it, each once,
      // which is what the filter (an EXISTS over the same codes) counts.
      const mappedOnto = new Set((await api.graphql('{ taxonomyMappings { toCode } }')).data.taxonomyMappings.map((m: any) => m.toCode));
      const checked = current.series.filter((s: any) => mappedOnto.has(s.key) && s.total > 0);
      expect(checked.length).toBeGreaterThan(0);
      for (const series of checked) {
        const filtered = await trend({ ...RANGE, taxonomy: 'CURRENT', filter: { [filter]: [series.key] } });
        expect([groupBy, series.key, series.total]).toEqual([groupBy, series.key, filtered.total]);
      }
    }
  });
});
