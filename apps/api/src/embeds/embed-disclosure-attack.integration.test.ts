/**
 * An attacker against what the embed routes actually serve, on the demo data:
 * the CSV (the same disclosed figures as the page's table and the images) is
 * read back as a reader would read it, every relation a reader knows is
 * written down (rows and columns adding up to their totals, a figure repeated
 * in the previous-year columns, a percentage times its base giving the count
 * behind it), and every figure's interval is narrowed until nothing changes.
 * No small count may come out exact. The domain's own attacker
 * (attackDisclosedTable) is run over the count tables as served too.
 */
import { attackDisclosedTable, DISCLOSURE_RULES, previousYearPeriod, type DisclosedCell, type DisclosureRuleId } from '@complaints/domain';
import request from 'supertest';
import { Role } from '../auth/role';
import { openDemoDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server';

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

async function publish(params: string, rule: DisclosureRuleId): Promise<string> {
  const saved = await analyst.graphql('mutation($input: SaveChartInput!) { saveChart(input: $input) { id } }', {
    input: { name: 'Attacked', description: 'A chart under attack.', params, chartType: 'BARS', dataDownload: 'EMBED_READERS' },
  });
  expect(saved.errors).toBeUndefined();
  const created = await analyst.graphql('mutation($id: ID!, $rule: DisclosureRule) { createEmbed(chartId: $id, input: { disclosureRule: $rule }) { token } }', {
    id: saved.data.saveChart.id,
    rule,
  });
  expect(created.errors).toBeUndefined();
  return created.data.createEmbed.token;
}

/** RFC 4180 rows (quotes doubled), BOM and the defusing apostrophe dropped. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    }
    else if (c === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

/** What the CSV serves, by series and period: each figure's display text. */
interface Served {
  rule: DisclosureRuleId;
  crossed: boolean;
  onceLabel: boolean;
  periods: string[];
  series: string[];
  /** display of column `name` for series (or 'ALL') */
  get(series: string, column: string): string;
}

function served(csv: string, rule: DisclosureRuleId): Served {
  const rows = parseCsv(csv);
  const blank = rows.findIndex((r) => r.length === 1 && r[0] === '');
  const header = rows[blank + 1]!;
  const data = rows.slice(blank + 2);
  const crossed = header[3]?.endsWith(' code') ?? false;
  const first = crossed ? 4 : 2;
  const key = (r: string[]) => (crossed && r[1] !== 'ALL' ? `${r[1]}|${r[3]}` : r[1]!);
  const byKey = new Map(data.map((r) => [key(r), r]));
  const columns = header.slice(first);
  const periods = columns
    .filter((c) => !/ (previous year|change|change %|of contacts|contacts)$/.test(c) && !/ previous year /.test(c))
    .map((c) => c.replace(/ (%|median working days)$/, ''))
    .filter((c) => c !== 'Total');
  return {
    rule,
    crossed,
    onceLabel: rows.some((r) => r[0] === 'Counting'),
    periods,
    series: data.map(key).filter((k) => k !== 'ALL'),
    get(series, column) {
      const index = header.indexOf(column);
      if (index < 0) throw new Error(`no column ${column} in ${header.join(',')}`);
      return byKey.get(series)![index]!;
    },
  };
}

/** A figure as a served display: shown exactly, shown rounded, or hidden behind a symbol. */
function interval(display: string, rule: DisclosureRuleId, nonNegativeUpTo = Infinity): [number, number] {
  const r = DISCLOSURE_RULES[rule];
  if (/^\d+$/.test(display)) {
    const shown = Number(display);
    if (!r.roundTo || shown === 0) return [shown, shown];
    return [Math.max(shown - Math.floor(r.roundTo / 2), r.suppressTo + 1), shown + Math.ceil(r.roundTo / 2) - 1];
  }
  // A reader who knows the rule: '<5' is 0 to 4 (a small line hides its zeros), 'c' (beside '<5') is 5 or more.
  if (r.symbol !== r.secondarySymbol && display === r.symbol) return [0, r.suppressTo];
  if (r.symbol !== r.secondarySymbol && display === r.secondarySymbol) return [r.suppressTo + 1, nonNegativeUpTo];
  return [0, nonNegativeUpTo];
}

/**
 * Figures by name with the interval a reader knows, and equations Σ parts = total;
 * narrows every interval over every equation until nothing changes.
 */
class Reader {
  readonly lo = new Map<string, number>();
  readonly hi = new Map<string, number>();
  readonly hidden = new Set<string>();
  private readonly equations: Array<{ parts: string[]; total: string }> = [];

  know(name: string, [lo, hi]: [number, number], hidden: boolean): void {
    this.lo.set(name, Math.max(this.lo.get(name) ?? 0, lo));
    this.hi.set(name, Math.min(this.hi.get(name) ?? Infinity, hi));
    if (hidden) this.hidden.add(name);
  }

  sums(parts: string[], total: string): void {
    this.equations.push({ parts, total });
  }

  narrow(): void {
    for (let pass = 0, changed = true; changed && pass < 1000; pass += 1) {
      changed = false;
      for (const { parts, total } of this.equations) {
        const terms: Array<[string, 1 | -1]> = [...parts.map((p) => [p, 1] as [string, 1]), [total, -1]];
        for (const [name, sign] of terms) {
          let low = 0;
          let high = 0;
          for (const [other, s] of terms) {
            if (other === name) continue;
            const [l, h] = [this.lo.get(other) ?? 0, this.hi.get(other) ?? Infinity];
            low += s === 1 ? -h : l;
            high += s === 1 ? -l : h;
          }
          const [nl, nh] = sign === 1 ? [low, high] : [-high, -low];
          if (nl > (this.lo.get(name) ?? 0)) {
            this.lo.set(name, nl);
            changed = true;
          }
          if (nh < (this.hi.get(name) ?? Infinity)) {
            this.hi.set(name, nh);
            changed = true;
          }
          if (this.lo.get(name)! > this.hi.get(name)!) throw new Error(`the reader's model contradicts itself at ${name}`);
        }
      }
    }
  }

  /** Hidden figures the reader now knows exactly, and that are small: the disclosure. */
  smallRecovered(rule: DisclosureRuleId, prefix = ''): string[] {
    const r = DISCLOSURE_RULES[rule];
    return [...this.hidden].filter((name) => {
      if (!name.startsWith(prefix)) return false;
      const lo = this.lo.get(name)!;
      return lo === this.hi.get(name) && lo >= r.suppressFrom && lo <= r.suppressTo;
    }).map((name) => `${name} = ${this.lo.get(name)}`);
  }
}

/**
 * How the series of a period relate to its total: they add up to it ('exact'),
 * some contacts are in no series ('rest': Σ series ≤ total), or a contact counts
 * under several series ('excess': Σ series ≥ total).
 */
type Columns = 'exact' | 'rest' | 'excess';

/** Writes the relations of one table (periods `names` of each series, with `range` as their total) into a reader. */
function relate(reader: Reader, series: string[], periods: string[], name: (p: string) => string, range: string, columns: Columns, prefix = ''): void {
  const fig = (x: string, p: string) => `${prefix}${x}@${p}`;
  for (const x of series) reader.sums(periods.map((p) => fig(x, name(p))), fig(x, range));
  reader.sums(periods.map((p) => fig('ALL', name(p))), fig('ALL', range));
  const column = (parts: string[], total: string, slack: string) => {
    if (columns === 'exact') reader.sums(parts, total);
    else if (columns === 'rest') reader.sums([...parts, slack], total);
    else {
      // Σ series = total + slack, slack ≥ 0.
      reader.sums(parts, `${total}+${slack}`);
      reader.sums([total, slack], `${total}+${slack}`);
    }
  };
  for (const p of periods) column(series.map((x) => fig(x, name(p))), fig('ALL', name(p)), `${prefix}slack@${name(p)}`);
  column(series.map((x) => fig(x, range)), fig('ALL', range), `${prefix}slack@${range}`);
  if (columns !== 'exact') reader.sums(periods.map((p) => `${prefix}slack@${name(p)}`), `${prefix}slack@${range}`);
}

/** The counts a CSV serves, written into a reader, each figure named by what it truly is (series, period, range). */
function readCounts(reader: Reader, s: Served, column: (period: string) => string, previousColumn: ((period: string) => string) | null, columns: Columns, prefix = ''): void {
  const read = (series: string, truePeriod: string, col: string) => {
    const display = s.get(series, col);
    reader.know(`${prefix}${series}@${truePeriod}`, interval(display, s.rule), !/^\d+$/.test(display));
  };
  for (const series of [...s.series, 'ALL']) {
    for (const p of s.periods) read(series, p, column(p));
    read(series, 'range', column('Total'));
    if (previousColumn) {
      for (const p of s.periods) read(series, previousYearPeriod(p), previousColumn(p));
      read(series, 'previous range', previousColumn('Total'));
    }
  }
  relate(reader, s.series, s.periods, (p) => p, 'range', columns, prefix);
  if (previousColumn) relate(reader, s.series, s.periods, previousYearPeriod, 'previous range', columns, prefix);
}

/**
 * A percentage measure as served: the bases as counts ('base:'), and the
 * contacts in time behind each percentage ('in time:'), exact where the
 * percentage and its base are shown, else anywhere from 0 to the base; and
 * those not in time ('late:'), the base less the in-time.
 */
function readPercentages(reader: Reader, s: Served, columns: Columns): void {
  readCounts(reader, s, (p) => `${p} of contacts`, null, columns, 'base:');
  for (const series of [...s.series, 'ALL']) {
    for (const p of [...s.periods, 'Total']) {
      const where = `${series}@${p === 'Total' ? 'range' : p}`;
      const percent = s.get(series, `${p} %`);
      const base = s.get(series, `${p} of contacts`);
      const shown = /^\d+(\.\d+)?$/.test(percent) && /^\d+$/.test(base);
      const inTime = shown ? String(Math.round((Number(percent) * Number(base)) / 100)) : null;
      reader.know(`in time:${where}`, inTime !== null ? interval(inTime, s.rule) : [0, reader.hi.get(`base:${where}`)!], inTime === null);
      reader.know(`late:${where}`, [0, Infinity], true);
      reader.sums([`in time:${where}`, `late:${where}`], `base:${where}`);
    }
  }
  relate(reader, s.series, s.periods, (p) => p, 'range', columns, 'in time:');
  relate(reader, s.series, s.periods, (p) => p, 'range', columns, 'late:');
}

/** The domain's attacker over one served count table (periods as columns), the reader told only what is displayed. */
function domainAttack(s: Served, column: (period: string) => string, additive: boolean): string[] {
  const cell = (display: string): DisclosedCell =>
    /^\d+$/.test(display) ? { value: Number(display), display, suppressed: null } : { value: null, display, suppressed: display === DISCLOSURE_RULES[s.rule].symbol ? 'PRIMARY' : 'SECONDARY' };
  const row = (series: string) => s.periods.map((p) => cell(s.get(series, column(p))));
  const base = { rule: s.rule, suppressedCount: 0, secondaryCount: 0, rounded: false, note: null };
  const tables = additive
    ? [{ ...base, additive: true, cells: s.series.map(row), rowTotals: s.series.map((x) => cell(s.get(x, column('Total')))), columnTotals: row('ALL'), grandTotal: cell(s.get('ALL', column('Total'))) }]
    : [
        { ...base, additive: true, cells: s.series.map(row), rowTotals: s.series.map((x) => cell(s.get(x, column('Total')))) },
        { ...base, additive: true, cells: [row('ALL')], rowTotals: [cell(s.get('ALL', column('Total')))] },
      ];
  return tables.flatMap((t) => attackDisclosedTable(t, { knowsReasons: false }).recovered.map((r) => `${r.where} = ${r.value}`));
}

const RULES: DisclosureRuleId[] = ['UNDER_5', 'DFE_C', 'NHS_1_TO_7_ROUND_5', 'ONS_UNDER_10'];
const dialect = process.env.TEST_DIALECT ?? 'sqlite';

/** Groupings whose series cover every contact (each in exactly one series), so every line adds up. */
const COUNT_QUESTIONS = [
  'financialYear=2009/10&groupBy=ISSUE_CATEGORY&recordTypes=STATUTORY_COMPLAINT',
  'financialYear=2009/10&granularity=QUARTER&groupBy=CHANNEL&recordTypes=STATUTORY_COMPLAINT',
  'financialYear=2008/09&groupBy=RECORD_TYPE',
  'financialYear=2009/10&granularity=QUARTER&groupBy=COMPLAINANT_TYPE&crossBy=CHANNEL&recordTypeGroups=FORMAL_COMPLAINT',
];

describe(`what embeds serve gives no small count back (${dialect})`, () => {
  it.each(RULES)('counts, rows and columns with their totals, under %s', async (rule) => {
    for (const params of COUNT_QUESTIONS) {
      const s = served((await request(api.server.app).get(`/embed/${await publish(params, rule)}.csv`)).text, rule);
      expect(s.series.length).toBeGreaterThan(1);
      const reader = new Reader();
      readCounts(reader, s, (p) => p, null, 'exact');
      reader.narrow();
      expect({ params, recovered: reader.smallRecovered(rule) }).toEqual({ params, recovered: [] });
      expect({ params, recovered: domainAttack(s, (p) => p, true) }).toEqual({ params, recovered: [] });
      // The image shows the same figures, mark by mark (each mark's <title>: 'Letter, Q1 2009/10: <5').
      const svg = (await request(api.server.app).get(`/embed/${await publish(params, rule)}.svg`)).body.toString('utf8') as string;
      const marks = [...svg.matchAll(/<title>[^<]*: ([^<]*)<\/title>/g)].map((m) => m[1]!.replace(/&lt;/g, '<').replace(/&amp;/g, '&'));
      const cells = s.series.flatMap((x) => s.periods.map((p) => s.get(x, p)));
      expect({ params, marks: marks.sort() }).toEqual({ params, marks: cells.sort() });
    }
  });
});

/** Series that leave contacts out (no stage, no outcome yet), or count a contact under each value it names. */
const LOOSE_QUESTIONS: Array<[string, Columns]> = [
  ['financialYear=2009/10&granularity=QUARTER&groupBy=OUTCOME&recordTypes=STATUTORY_COMPLAINT', 'rest'],
  ['financialYear=2009/10&granularity=QUARTER&groupBy=STAGE', 'rest'],
  ['financialYear=2009/10&granularity=QUARTER&groupBy=ALL_SERVICE_AREAS&recordTypeGroups=FORMAL_COMPLAINT', 'excess'],
  ['financialYear=2009/10&granularity=QUARTER&groupBy=ALL_ISSUES&recordTypes=STATUTORY_COMPLAINT', 'excess'],
];

describe(`what embeds serve gives no small count back, where series do not add up (${dialect})`, () => {
  it.each(RULES)('under %s', async (rule) => {
    for (const [params, columns] of LOOSE_QUESTIONS) {
      const s = served((await request(api.server.app).get(`/embed/${await publish(params, rule)}.csv`)).text, rule);
      const reader = new Reader();
      readCounts(reader, s, (p) => p, null, columns);
      reader.narrow();
      expect({ params, recovered: reader.smallRecovered(rule) }).toEqual({ params, recovered: [] });
      expect({ params, recovered: domainAttack(s, (p) => p, false) }).toEqual({ params, recovered: [] });
    }
  });
});

const PERCENT_QUESTIONS = [
  'financialYear=2009/10&granularity=QUARTER&measure=RESPONDED_IN_TIME_PERCENT&groupBy=ISSUE_CATEGORY&recordTypes=STATUTORY_COMPLAINT',
  'financialYear=2009/10&measure=ACKNOWLEDGED_IN_TIME_PERCENT&groupBy=CHANNEL&recordTypes=STATUTORY_COMPLAINT',
  'financialYear=2009/10&granularity=QUARTER&measure=RESPONDED_IN_TIME_PERCENT&groupBy=ALL_SERVICE_AREAS&recordTypeGroups=FORMAL_COMPLAINT',
];

describe(`percentages in embeds give no small count back (${dialect})`, () => {
  it.each(RULES)('neither their bases, nor the contacts in time, nor those not in time, under %s', async (rule) => {
    for (const params of PERCENT_QUESTIONS) {
      const s = served((await request(api.server.app).get(`/embed/${await publish(params, rule)}.csv`)).text, rule);
      const reader = new Reader();
      readPercentages(reader, s, params.includes('ALL_SERVICE_AREAS') ? 'excess' : 'exact');
      reader.narrow();
      // Nor those not in time: "80% of 5" is 1 late.
      expect({ params, recovered: reader.smallRecovered(rule) }).toEqual({ params, recovered: [] });
    }
  });
});

describe(`previous-year columns in embeds give no small count back (${dialect})`, () => {
  it.each(RULES)('the twelve months before, a table of their own, under %s', async (rule) => {
    for (const params of [
      'financialYear=2009/10&groupBy=ISSUE_CATEGORY&recordTypes=STATUTORY_COMPLAINT&compareWith=PREVIOUS_YEAR',
      'from=2009-01-01&to=2009-12-31&granularity=QUARTER&groupBy=CHANNEL&recordTypes=STATUTORY_COMPLAINT&compareWith=PREVIOUS_YEAR',
    ]) {
      const s = served((await request(api.server.app).get(`/embed/${await publish(params, rule)}.csv`)).text, rule);
      const reader = new Reader();
      readCounts(reader, s, (p) => p, (p) => `${p} previous year`, 'exact');
      reader.narrow();
      expect({ params, recovered: reader.smallRecovered(rule) }).toEqual({ params, recovered: [] });
    }
  });
});

describe('the reader of this file', () => {
  it('recovers what a naive table gives away, as the domain’s attacker does', () => {
    const csv = '\uFEFFheader\r\n\r\nChannel,Channel code,2009-04,2009-05,Total\r\nLetter,LETTER,<5,10,13\r\nEmail,EMAIL,7,8,15\r\nAll contacts,ALL,10,18,28\r\n';
    const s = served(csv, 'UNDER_5');
    const reader = new Reader();
    readCounts(reader, s, (p) => p, null, 'exact');
    reader.narrow();
    expect(reader.smallRecovered('UNDER_5')).toEqual(['LETTER@2009-04 = 3']);
    expect(domainAttack(s, (p) => p, true)).toEqual(['cells[0][0] = 3']);
  });
});
