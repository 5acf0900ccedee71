import { toCsv, type CsvCell } from '../export/csv';
import { discloseTrend } from './trend-disclosure';
import { trendToCsvRows, type TrendCsvOptions } from './trend-export-csv';
import { trendFixture } from './trend-result.fixture';

const OPTIONS: TrendCsvOptions = {
  filters: ['Record type: Statutory complaint (STATUTORY_COMPLAINT)'],
  generatedAt: new Date('2026-03-03T14:05:00Z'),
  query: 'financialYear=2009/10&groupBy=CHANNEL&recordTypes=STATUTORY_COMPLAINT',
};

/** The table part: from the header row (the first naming a period) to the end. */
function table(rows: CsvCell[][]): CsvCell[][] {
  return rows.slice(rows.findIndex((row) => row[1] === 'Series code' || String(row[1] ?? '').endsWith(' code')));
}

const header = (rows: CsvCell[][], name: string) => rows.find((row) => row[0] === name)?.[1];

describe('trendToCsvRows', () => {
  const counts = trendFixture({
    granularity: 'QUARTER',
    periods: ['2009/10 Q1', '2009/10 Q2'],
    series: [
      { key: 'LETTER', label: 'Letter', counts: [20, 3] },
      { key: 'EMAIL', label: 'Email', counts: [25, 28] },
    ],
  });

  it('opens with what the figures are: question, query, measure, period, filters, generation time, disclosure', () => {
    const rows = trendToCsvRows(counts, OPTIONS);
    expect(header(rows, 'Question')).toBe('Number of contacts by channel, 2009/10, by quarter');
    expect(header(rows, 'Query')).toBe(OPTIONS.query);
    expect(header(rows, 'Measure')).toMatch(/^Number of contacts \(CONTACTS\)\./);
    expect(header(rows, 'Period')).toBe('2009/10, by quarter (received 2009-04-01 to 2010-03-31)');
    expect(header(rows, 'Filter')).toBe('Record type: Statutory complaint (STATUTORY_COMPLAINT)');
    expect(header(rows, 'Generated')).toBe('3 March 2026 at 14:05 UK time (2026-03-03T14:05:00.000Z)');
    expect(header(rows, 'Disclosure control')).toMatch(/^None: exact figures for signed-in staff/);
    expect(header(rows, 'Classification')).toBe('As recorded: each record under the codes it was recorded with');
  });

  it('says when the figures are mapped onto a later classification, and names each split it applied', () => {
    const split = {
      dimension: 'SERVICE_AREA',
      fromCode: 'YOUNG_PEOPLE_COMMUNITY',
      fromLabel: 'Young People and Community Support Services',
      toCode: 'EARLY_HELP',
      toLabel: 'Early Help and Family Support',
      successors: ['EARLY_HELP', 'YOUTH_SERVICES'],
      rule: 'all to Early Help',
      description: 'Young People and Community Support Services was split into Early Help and Family Support, Youth Services; its records count under Early Help and Family Support: all to Early Help',
    };
    const rows = trendToCsvRows({ ...counts, taxonomy: 'CURRENT', taxonomyDate: '2012-03-31', taxonomySplits: [split] } as typeof counts, OPTIONS);
    expect(header(rows, 'Classification')).toBe('Current: each record counted under the codes in force on 2012-03-31 (old codes mapped onto their successors)');
    expect(header(rows, 'Split')).toBe(split.description);
  });

  it('puts each label beside its code, and fills the row of all contacts, named for the filters', () => {
    expect(table(trendToCsvRows(counts, OPTIONS))).toEqual([
      ['Channel', 'Channel code', '2009/10 Q1', '2009/10 Q2', 'Total'],
      ['Letter', 'LETTER', 20, 3, 23],
      ['Email', 'EMAIL', 25, 28, 53],
      ['All contacts matching the filters', 'ALL', 45, 31, 76],
    ]);
    expect(table(trendToCsvRows(counts, { ...OPTIONS, filters: [] })).at(-1)![0]).toBe('All contacts');
    expect(header(trendToCsvRows(counts, { ...OPTIONS, filters: [] }), 'Filters')).toBe('None: all contacts');
  });

  it('rounds percentages as shown and puts the count of contacts beside every one, totals included', () => {
    const percent = trendFixture({
      measure: 'RESPONDED_IN_TIME_PERCENT',
      groupBy: 'RECORD_TYPE',
      granularity: 'FINANCIAL_YEAR',
      periods: ['2009/10'],
      series: [
        { key: 'STATUTORY_COMPLAINT', label: 'Statutory complaint', counts: [15], inTime: [8] },
        { key: 'CORPORATE_COMPLAINT', label: 'Corporate complaint', counts: [0], inTime: [0] },
      ],
    });
    expect(table(trendToCsvRows(percent, OPTIONS))).toEqual([
      ['Record type', 'Record type code', '2009/10 %', '2009/10 of contacts', 'Total %', 'Total of contacts'],
      ['Statutory complaint', 'STATUTORY_COMPLAINT', 53.3, 15, 53.3, 15],
      ['Corporate complaint', 'CORPORATE_COMPLAINT', null, 0, null, 0],
      ['All contacts matching the filters', 'ALL', 53.3, 15, 53.3, 15],
    ]);
    expect(toCsv(trendToCsvRows(percent, OPTIONS))).not.toContain('53.333');
  });

  it('names both dimensions of a cross-tab, with their codes', () => {
    const crossed = trendFixture({
      groupBy: 'RECORD_TYPE',
      crossBy: 'OUTCOME',
      granularity: 'FINANCIAL_YEAR',
      periods: ['2009/10'],
      series: [{ key: 'STATUTORY_COMPLAINT', label: 'Statutory complaint', crossKey: 'UPHELD', crossLabel: 'Upheld', counts: [40] }],
    });
    const rows = table(trendToCsvRows(crossed, OPTIONS));
    expect(rows[0]).toEqual(['Record type', 'Record type code', 'Outcome', 'Outcome code', '2009/10', 'Total']);
    expect(rows[1]).toEqual(['Statutory complaint', 'STATUTORY_COMPLAINT', 'Upheld', 'UPHELD', 40, 40]);
  });

  it('adds the previous year and the change beside each figure when compared', () => {
    const compared = trendFixture({
      granularity: 'FINANCIAL_YEAR',
      periods: ['2009/10'],
      series: [{ key: 'LETTER', label: 'Letter', counts: [165], previousCounts: [150] }],
    });
    const rows = table(trendToCsvRows(compared, OPTIONS));
    expect(rows[0]).toEqual([
      'Channel',
      'Channel code',
      '2009/10',
      '2009/10 previous year',
      '2009/10 change',
      '2009/10 change %',
      'Total',
      'Total previous year',
      'Total change',
      'Total change %',
    ]);
    expect(rows[1]).toEqual(['Letter', 'LETTER', 165, 150, 15, 10, 165, 150, 15, 10]);
    expect(header(trendToCsvRows(compared, OPTIONS), 'Compared with')).toBe('2008-04-01 to 2009-03-31 (PREVIOUS_YEAR)');
  });

  it('publishes only disclosed figures when disclosed: symbols for hidden ones, and the rule in the header', () => {
    const disclosed = discloseTrend(counts, 'UNDER_5');
    const rows = trendToCsvRows(counts, { ...OPTIONS, disclosed });
    expect(header(rows, 'Disclosure control')).toMatch(/suppressed/);
    const [, letter] = table(rows);
    expect(letter![3]).toBe('<5');
    const csv = toCsv(rows);
    // Letter's 3 appears nowhere, and its row and its column each hide another figure, so no total gives it back.
    expect(table(rows).flat()).not.toContain(3);
    const hidden = (cells: CsvCell[]) => cells.filter((cell) => typeof cell === 'string' && !/^\d/.test(cell)).length;
    expect(hidden(letter!.slice(2, 4))).toBe(2);
    expect(hidden(table(rows).slice(1, 3).map((row) => row[3]))).toBe(2);
    expect(csv).toContain('<5');
  });

  it('defuses labels that a spreadsheet would run as formulas', () => {
    const evil = trendFixture({ granularity: 'FINANCIAL_YEAR', periods: ['2009/10'], series: [{ key: 'X', label: '=HYPERLINK("http://evil")', counts: [1] }] });
    expect(toCsv(trendToCsvRows(evil, OPTIONS))).toContain(`"'=HYPERLINK(""http://evil"")",X,1,1`);
  });
});
