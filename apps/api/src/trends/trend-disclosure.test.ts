import { attackDisclosedTable, discloseTable, type DisclosedTable, type DisclosureRuleId } from '@complaints/domain';
import { discloseTrend, type DisclosedFigure, type DisclosedTrend } from './trend-disclosure';
import { trendFixture } from './trend-result.fixture';

const QUARTERS = ['2009/10 Q1', '2009/10 Q2', '2009/10 Q3', '2009/10 Q4'];

/** The disclosed counts as the table a reader sees, for the domain's attacker. */
function countsTable(disclosed: DisclosedTrend, rule: DisclosureRuleId, additive = true): DisclosedTable {
  const cell = (f: { count: DisclosedFigure }) => ({ value: f.count.value, display: f.count.display, suppressed: f.count.suppressed });
  return {
    cells: disclosed.points.map((row) => row.map(cell)),
    rowTotals: disclosed.seriesTotals.map(cell),
    ...(additive ? { columnTotals: disclosed.periodTotals.map(cell), grandTotal: cell(disclosed.grandTotal) } : {}),
    rule,
    additive,
    suppressedCount: 0,
    secondaryCount: 0,
    rounded: false,
    note: null,
  };
}

describe('discloseTrend: counts', () => {
  const result = trendFixture({
    periods: QUARTERS,
    series: [
      { key: 'LETTER', label: 'Letter', counts: [3, 20, 31, 12] },
      { key: 'EMAIL', label: 'Email', counts: [40, 22, 18, 25] },
      { key: 'PHONE', label: 'Telephone', counts: [15, 16, 0, 9] },
    ],
  });

  it('hides a small count and one more in its row and column, so no total gives it away', () => {
    const disclosed = discloseTrend(result, 'UNDER_5');
    expect(disclosed.points[0]![0]!.value).toEqual({ value: null, display: '<5', suppressed: 'PRIMARY' });
    expect(disclosed.suppressed[0]!.filter((s) => s === 'SECONDARY')).toHaveLength(1);
    expect(disclosed.suppressed.map((row) => row[0]).filter((s) => s === 'SECONDARY')).toHaveLength(1);
    expect(disclosed.totalDisplays).toEqual(['66', '105', '40']);
    expect(disclosed.grandDisplay).toBe('211');
    expect(attackDisclosedTable(countsTable(disclosed, 'UNDER_5')).recovered).toEqual([]);
  });

  it('keeps zeros, shows the rule in a note that says "suppressed", and fills the published result', () => {
    const disclosed = discloseTrend(result, 'DFE_C');
    expect(disclosed.points[2]![2]!.value.display).toBe('0');
    expect(disclosed.note).toMatch(/suppressed/);
    expect(disclosed.note).toContain('DfE');
    expect(disclosed.result.series[0]!.points[0]).toEqual({ period: '2009/10 Q1', value: null, count: null });
    expect(disclosed.result.total).toBe(211);
  });

  it('rounds every shown count under the NHS rule and hides 1 to 7', () => {
    const disclosed = discloseTrend(result, 'NHS_1_TO_7_ROUND_5');
    expect(disclosed.points[0]![0]!.value.display).toBe('*');
    expect(disclosed.points[1]![0]!.value).toMatchObject({ value: 40, suppressed: null });
    expect(disclosed.grandTotal.value.value).toBe(210);
    expect(disclosed.note).toMatch(/rounded to the nearest 5/);
  });

  it('says nothing needed suppressing when nothing did, still naming the rule', () => {
    const big = trendFixture({ periods: ['2009/10'], granularity: 'FINANCIAL_YEAR', series: [{ key: 'LETTER', label: 'Letter', counts: [165] }] });
    const disclosed = discloseTrend(big, 'UNDER_5');
    expect(disclosed.suppressedCount).toBe(0);
    expect(disclosed.note).toBe('Disclosure control applied under the rule ‘Counts of 1 to 4 shown as <5’: no figures needed to be suppressed.');
  });

  it('protects a series over months whose yearly total is shown', () => {
    const months = ['2009-04', '2009-05', '2009-06', '2009-07', '2009-08', '2009-09'];
    const single = trendFixture({ groupBy: null, periods: months, series: [{ key: 'ALL', label: 'All contacts', counts: [12, 2, 15, 9, 11, 14] }] });
    const disclosed = discloseTrend(single, 'UNDER_5');
    expect(disclosed.displays[0]![1]).toBe('<5');
    expect(disclosed.suppressed[0]!.filter(Boolean)).toHaveLength(2);
    expect(disclosed.totalDisplays[0]).toBe('63');
    expect(attackDisclosedTable(countsTable(disclosed, 'UNDER_5')).recovered).toEqual([]);
  });

  it('treats contacts in no series as a hidden row, so the period totals still protect the cells', () => {
    const partial = trendFixture({
      periods: ['2009/10 Q1', '2009/10 Q2'],
      series: [
        { key: 'LETTER', label: 'Letter', counts: [2, 30] },
        { key: 'EMAIL', label: 'Email', counts: [25, 28] },
      ],
      unlisted: [6, 0],
    });
    const disclosed = discloseTrend(partial, 'UNDER_5');
    expect(disclosed.periodTotals[0]!.count.display).toBe('33');
    expect(disclosed.displays[0]![0]).toBe('<5');
    // Email's Q1 (25) would give Letter's 2 away from 33 − 6 only if the unlisted 6 were known; it is not published, so one more hidden figure in the column is enough.
    expect(disclosed.suppressed.flat().filter(Boolean).length).toBeGreaterThanOrEqual(2);
  });
});

describe('discloseTrend: a percentage measure', () => {
  const result = trendFixture({
    measure: 'RESPONDED_IN_TIME_PERCENT',
    periods: QUARTERS,
    series: [
      { key: 'STATUTORY_COMPLAINT', label: 'Statutory complaint', counts: [30, 3, 25, 40], inTime: [24, 1, 20, 36] },
      { key: 'CORPORATE_COMPLAINT', label: 'Corporate complaint', counts: [12, 14, 0, 11], inTime: [6, 14, 0, 9] },
    ],
  });

  it('withholds a percentage whose base is small, and the base itself', () => {
    const disclosed = discloseTrend(result, 'UNDER_5');
    const point = disclosed.points[0]![1]!;
    expect(point.count).toMatchObject({ value: null, display: '<5', suppressed: 'PRIMARY' });
    expect(point.value.value).toBeNull();
    expect(point.value.suppressed).not.toBeNull();
    expect(disclosed.displays[0]![1]).not.toMatch(/\d/);
  });

  it('shows a percentage whose count and base are safe, rounded, with its base', () => {
    const disclosed = discloseTrend(result, 'UNDER_5');
    // Corporate complaints over the year: 29 of 37 in time. (Statutory complaints' 81 of 98 is withheld since the
    // audit asks each small count to keep 3 possible values: those not in time, 6, 2, 5 and 4, need more hidden.)
    expect(disclosed.seriesTotals[1]).toEqual({
      value: { value: 78.4, display: '78.4%', suppressed: null },
      count: { value: 37, display: '37', suppressed: null },
    });
    expect(disclosed.seriesTotals[0]!.value).toMatchObject({ value: null, display: 'c' });
    // Nothing to count: not applicable, not confidential.
    expect(disclosed.points[1]![2]!.value).toEqual({ value: null, display: '-', suppressed: null });
  });

  it('never shows a percentage beside a hidden base (which would give the count back)', () => {
    const disclosed = discloseTrend(result, 'UNDER_5');
    for (const row of [...disclosed.points, disclosed.seriesTotals, disclosed.periodTotals, [disclosed.grandTotal]]) {
      for (const figure of row) if (figure.count.suppressed) expect(figure.value.value).toBeNull();
    }
    expect(attackDisclosedTable(countsTable(disclosed, 'UNDER_5')).recovered).toEqual([]);
  });

  it('withholds a percentage whose base gives back a small number not in time ("95% of 20": 1 late), and protects that number like a count', () => {
    const lateOne = trendFixture({
      measure: 'RESPONDED_IN_TIME_PERCENT',
      periods: QUARTERS,
      series: [
        { key: 'STATUTORY_COMPLAINT', label: 'Statutory complaint', counts: [20, 30, 25, 40], inTime: [19, 15, 12, 20] },
        { key: 'CORPORATE_COMPLAINT', label: 'Corporate complaint', counts: [22, 24, 30, 21], inTime: [11, 12, 15, 10] },
        { key: 'SCHOOL_COMPLAINT', label: 'School complaint', counts: [26, 28, 20, 32], inTime: [13, 14, 10, 16] },
      ],
    });
    const disclosed = discloseTrend(lateOne, 'UNDER_5');
    // 19 of 20 in time is not a small count, but 1 late is.
    expect(disclosed.points[0]![0]!.count.display).toBe('20');
    expect(disclosed.points[0]![0]!.value).toEqual({ value: null, display: 'c', suppressed: 'SECONDARY' });
    // Those not in time behind every shown percentage and base, read as a table by the attacker.
    const late = (f: { value: DisclosedFigure; count: DisclosedFigure }) => {
      const n = f.value.value !== null && f.count.value !== null ? f.count.value - Math.round((f.value.value * f.count.value) / 100) : null;
      return n === null ? { value: null, display: 'c', suppressed: 'SECONDARY' as const } : { value: n, display: String(n), suppressed: null };
    };
    const table: DisclosedTable = {
      ...countsTable(disclosed, 'UNDER_5'),
      cells: disclosed.points.map((row) => row.map(late)),
      rowTotals: disclosed.seriesTotals.map(late),
      columnTotals: disclosed.periodTotals.map(late),
      grandTotal: late(disclosed.grandTotal),
    };
    for (const cell of [...table.cells.flat(), ...table.rowTotals!, ...table.columnTotals!, table.grandTotal!]) {
      if (cell.value !== null) expect(cell.value === 0 || cell.value >= 5).toBe(true);
    }
    expect(attackDisclosedTable(table, { knowsReasons: false }).recovered).toEqual([]);
  });
});

describe('discloseTrend: a cross-tab', () => {
  const result = trendFixture({
    groupBy: 'RECORD_TYPE',
    crossBy: 'OUTCOME',
    granularity: 'FINANCIAL_YEAR',
    periods: ['2009/10'],
    series: [
      { key: 'STATUTORY_COMPLAINT', label: 'Statutory complaint', crossKey: 'UPHELD', crossLabel: 'Upheld', counts: [40] },
      { key: 'STATUTORY_COMPLAINT', label: 'Statutory complaint', crossKey: 'NOT_UPHELD', crossLabel: 'Not upheld', counts: [2] },
      { key: 'CORPORATE_COMPLAINT', label: 'Corporate complaint', crossKey: 'UPHELD', crossLabel: 'Upheld', counts: [17] },
      { key: 'CORPORATE_COMPLAINT', label: 'Corporate complaint', crossKey: 'NOT_UPHELD', crossLabel: 'Not upheld', counts: [21] },
    ],
  });

  it('hides the small pair and enough else that the single period’s total cannot give it away', () => {
    const disclosed = discloseTrend(result, 'UNDER_5');
    expect(disclosed.totalDisplays[1]).toBe('<5');
    expect(disclosed.displays[1]![0]).toBe('<5');
    // One period: each series' total is its one point, so the period total (80) needs a second hidden series.
    expect(disclosed.displays.flat().filter((d) => !/^\d+$/.test(d)).length).toBeGreaterThanOrEqual(2);
    expect(attackDisclosedTable(countsTable(disclosed, 'UNDER_5')).recovered).toEqual([]);
  });
});

describe('discloseTrend: a dimension that counts a contact once per value', () => {
  const result = trendFixture({
    groupBy: 'ALL_ISSUES',
    periods: QUARTERS,
    series: [
      { key: 'DELAY', label: 'Delay', counts: [10, 3, 12, 14] },
      { key: 'ATTITUDE', label: 'Staff attitude', counts: [8, 9, 11, 6] },
    ],
    onceCounts: [15, 10, 20, 18],
  });

  it('protects each series against its total, and the period totals against the grand total', () => {
    const disclosed = discloseTrend(result, 'UNDER_5');
    expect(disclosed.displays[0]![1]).toBe('<5');
    expect(disclosed.suppressed[0]!.filter(Boolean).length).toBeGreaterThanOrEqual(2);
    expect(disclosed.periodTotals.map((p) => p.count.display)).toEqual(['15', '10', '20', '18']);
    expect(disclosed.grandDisplay).toBe('63');
    expect(attackDisclosedTable(countsTable(disclosed, 'UNDER_5', false), { additive: true }).recovered).toEqual([]);
  });
});

describe('discloseTrend: compared with the previous year', () => {
  const result = trendFixture({
    periods: ['2009/10 Q1', '2009/10 Q2'],
    granularity: 'QUARTER',
    series: [
      { key: 'LETTER', label: 'Letter', counts: [20, 30], previousCounts: [3, 25] },
      { key: 'EMAIL', label: 'Email', counts: [25, 28], previousCounts: [22, 19] },
    ],
  });

  it('discloses the earlier figures as a table of their own and works changes out from shown figures only', () => {
    const disclosed = discloseTrend(result, 'UNDER_5');
    expect(disclosed.previous!.points[0]![0]!.value.display).toBe('<5');
    const published = disclosed.result.series[0]!.points[0]!;
    expect(published.previous).toMatchObject({ value: null, change: null, percentChange: null });
    expect(disclosed.result.previousTotal!.value).toBe(69);
  });
});

describe('discloseTrend: a comparison that overlaps its own range', () => {
  // Six quarters beside the six a year earlier: 2008/09 Q1 and Q2 are in both ranges.
  const periods = ['2008/09 Q1', '2008/09 Q2', '2008/09 Q3', '2008/09 Q4', '2009/10 Q1', '2009/10 Q2'];
  const series = [
    // Letter's 10 and 3 of 2008/09 Q1 and Q2 come again as the previous year of 2009/10 Q1 and Q2.
    { key: 'LETTER', label: 'Letter', counts: [10, 3, 20, 20, 20, 20], previousCounts: [6, 20, 20, 20, 10, 3] },
    { key: 'EMAIL', label: 'Email', counts: [20, 20, 20, 20, 20, 20], previousCounts: [20, 20, 20, 20, 20, 20] },
    { key: 'PHONE', label: 'Telephone', counts: [20, 20, 20, 20, 20, 20], previousCounts: [20, 20, 20, 20, 20, 20] },
  ];
  const overlapping = { ...trendFixture({ granularity: 'QUARTER', periods, series }), from: '2008-04-01', to: '2009-09-30' };

  it('would give a small count back if each range were protected alone, so it is refused', () => {
    // Each range alone, as discloseTrend protects them: Letter's 10 is hidden beside the 3 in one, shown in the other.
    const current = discloseTrend(trendFixture({ granularity: 'QUARTER', periods, series: series.map(({ previousCounts: _, ...s }) => s) }), 'UNDER_5');
    const earlier = discloseTrend(trendFixture({ granularity: 'QUARTER', periods, series: series.map((s) => ({ ...s, counts: s.previousCounts, previousCounts: undefined })) }), 'UNDER_5');
    // (The partner is the nearest candidate, the later of two as near: the 20 after the 3 in one, the 10 before it in the other.)
    expect(current.displays[0]!.slice(0, 3)).toEqual(['10', '<5', 'c']);
    expect(earlier.displays[0]!.slice(4)).toEqual(['c', '<5']);
    const table = countsTable(earlier, 'UNDER_5');
    table.cells[0]![4] = { value: 10, display: '10', suppressed: null };
    expect(attackDisclosedTable(table).recovered).toContainEqual(expect.objectContaining({ where: 'cells[0][5]', value: 3 }));

    expect(() => discloseTrend(overlapping, 'UNDER_5')).toThrow(/overlaps/);
  });

  it('still discloses a comparison with the twelve months before', () => {
    expect(() => discloseTrend({ ...overlapping, from: '2009-04-01', to: '2010-03-31' }, 'UNDER_5')).not.toThrow();
  });
});

describe('discloseTrend: a reader who knows how the partner of a small count is chosen', () => {
  // The domain used to hide, beside a small count, the smallest shown candidate of its line. A reader who knew
  // that learnt an upper bound too: with Letter shown as <5, c, 5, 9 and its total 21, "c" was at least 5 (not
  // small) and at most 5 (else the shown 5 would have been hidden instead), so the small count was 21 − 5 − 5 − 9 = 2.
  // The partner is now chosen by position, never by size, and the audit asks every small count to keep 3 possible
  // values, which here hides the whole of Letter's row (and a partner in each column).
  it('cannot pin a small count down from the partner being the smallest of its row', () => {
    const result = trendFixture({
      granularity: 'QUARTER',
      periods: QUARTERS,
      series: [
        { key: 'LETTER', label: 'Letter', counts: [2, 5, 5, 9] },
        { key: 'EMAIL', label: 'Email', counts: [30, 32, 34, 31] },
        { key: 'PHONE', label: 'Telephone', counts: [20, 22, 24, 21] },
      ],
    });
    const disclosed = discloseTrend(result, 'UNDER_5');
    expect(disclosed.displays[0]).toEqual(['<5', 'c', 'c', 'c']);
    expect(disclosed.totalDisplays[0]).toBe('21');
    // The old reasoning finds no shown candidate left to bound the partner by.
    const shown = disclosed.points[0]!.filter((f) => f.value.suppressed === null).map((f) => f.value.value!);
    expect(shown).toEqual([]);
    const table = countsTable(disclosed, 'UNDER_5');
    expect(attackDisclosedTable(table).recovered).toEqual([]);
    // Letter's row alone, replayed through the publisher by a reader who knows the algorithm: the 2 keeps several values.
    const row = discloseTable({ cells: [[2, 5, 5, 9]], rowTotals: [21] }, 'UNDER_5');
    const { algorithm } = attackDisclosedTable(row, { knowsAlgorithm: true });
    expect(algorithm!.complete).toBe(true);
    expect(algorithm!.possible.get('cells[0][0]')!.length).toBeGreaterThanOrEqual(2);
    expect(algorithm!.possible.get('cells[0][0]')).toContain(2);
  });
});

describe('discloseTrend: a median', () => {
  const result = trendFixture({
    measure: 'MEDIAN_WORKING_DAYS_TO_RESPONSE',
    groupBy: 'RECORD_TYPE',
    granularity: 'QUARTER',
    periods: ['2009/10 Q1', '2009/10 Q2'],
    series: [
      { key: 'STATUTORY_COMPLAINT', label: 'Statutory complaint', counts: [30, 2], medians: [12, 31], totalMedian: 13 },
      { key: 'CORPORATE_COMPLAINT', label: 'Corporate complaint', counts: [25, 20], medians: [8.5, 9], totalMedian: 9 },
    ],
  });

  it('withholds a median over too few contacts (it would be their own figure), and one whose count is hidden', () => {
    const disclosed = discloseTrend(result, 'UNDER_5');
    expect(disclosed.points[0]![1]!.value).toMatchObject({ value: null, display: '<5', suppressed: 'PRIMARY' });
    expect(disclosed.displays[0]![1]).not.toContain('31');
    for (const row of disclosed.points) for (const figure of row) if (figure.count.suppressed) expect(figure.value.value).toBeNull();
    expect(disclosed.seriesTotals[0]!.value).toEqual({ value: 13, display: '13', suppressed: null });
  });
});
