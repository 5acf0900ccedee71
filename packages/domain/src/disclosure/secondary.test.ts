import { pinnedEntries, type EntryState } from './bounds';
import { tableModel, type CountTable } from './count-table';
import { discloseTable, type DisclosedTable } from './disclose-table';
import { DISCLOSURE_RULE_IDS, DISCLOSURE_RULES, isSmallCount, roundCount, type DisclosureRuleId } from './rules';
import { pairLines, suppressionStates } from './secondary';
import { attackDisclosedTable } from './testing/attacker';
import { randomInt, seededRandom } from './testing/prng';

const SUPPRESSING_RULES = DISCLOSURE_RULE_IDS.filter((id) => id !== 'NONE');

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** A table with every margin (row, column and grand totals). */
function withMargins(cells: number[][]): CountTable {
  return {
    cells,
    rowTotals: cells.map(sum),
    columnTotals: (cells[0] ?? []).map((_, j) => sum(cells.map((row) => row[j]!))),
    grandTotal: sum(cells.flat()),
  };
}

/** The attacker, knowing why each figure is hidden or seeing only the symbols, recovers nothing exactly. */
function expectSafe(table: CountTable, rule: DisclosureRuleId): DisclosedTable {
  const disclosed = discloseTable(table, rule);
  for (const knowsReasons of [true, false]) {
    expect({ table, rule, knowsReasons, recovered: attackDisclosedTable(disclosed, { knowsReasons }).recovered }).toEqual({
      table,
      rule,
      knowsReasons,
      recovered: [],
    });
  }
  return disclosed;
}

/** Every published figure obeys the rule: small counts hidden, shown ones exact (or rounded), hidden-to-protect ones large. */
function expectRuleObeyed(table: CountTable, disclosed: DisclosedTable): void {
  const rule = DISCLOSURE_RULES[disclosed.rule];
  const pairs: Array<[number, DisclosedTable['cells'][number][number]]> = [];
  table.cells.forEach((row, i) => row.forEach((value, j) => pairs.push([value, disclosed.cells[i]![j]!])));
  table.rowTotals?.forEach((value, i) => pairs.push([value, disclosed.rowTotals![i]!]));
  table.columnTotals?.forEach((value, j) => pairs.push([value, disclosed.columnTotals![j]!]));
  if (table.grandTotal !== undefined) pairs.push([table.grandTotal, disclosed.grandTotal!]);
  for (const [value, cell] of pairs) {
    if (isSmallCount(value, rule)) expect(cell.suppressed).toBe('PRIMARY');
    if (cell.suppressed === null) {
      expect(cell.value).toBe(roundCount(value, rule));
      expect(cell.display).toBe(String(roundCount(value, rule)));
    } else {
      expect(cell.value).toBeNull();
    }
    if (cell.suppressed === 'SECONDARY') {
      expect(value).toBeGreaterThan(rule.suppressTo);
      expect(cell.display).toBe(rule.secondarySymbol);
    }
    if (cell.suppressed === 'PRIMARY') expect(cell.display).toBe(rule.symbol);
  }
  expect(disclosed.suppressedCount).toBe(pairs.filter(([, cell]) => cell.suppressed !== null).length);
  expect(disclosed.secondaryCount).toBe(pairs.filter(([, cell]) => cell.suppressed === 'SECONDARY').length);
}

function displays(disclosed: DisclosedTable) {
  return {
    cells: disclosed.cells.map((row) => row.map((cell) => cell.display)),
    rowTotals: disclosed.rowTotals?.map((cell) => cell.display),
    columnTotals: disclosed.columnTotals?.map((cell) => cell.display),
    grandTotal: disclosed.grandTotal?.display,
  };
}

describe('secondary suppression: the named patterns', () => {
  it('a row with one suppressed cell and a row total: the nearest non-zero cell is hidden too', () => {
    const table = { cells: [[3, 10, 12, 25]], rowTotals: [50] };
    const disclosed = expectSafe(table, 'UNDER_5');
    expect(displays(disclosed).cells).toEqual([['<5', 'c', '12', '25']]);
    expect(disclosed.cells[0]![1]!.suppressed).toBe('SECONDARY');
    expect(disclosed.rowTotals![0]!.display).toBe('50');
    for (const rule of SUPPRESSING_RULES) expectRuleObeyed(table, expectSafe(table, rule));
  });

  it('passes over zeros: hiding a zero beside the small cell would still leave it recoverable', () => {
    const disclosed = expectSafe({ cells: [[3, 0, 12, 25]], rowTotals: [40] }, 'UNDER_5');
    expect(displays(disclosed).cells).toEqual([['<5', '0', 'c', '25']]);
  });

  it('hides the total when every other cell of the line is zero', () => {
    const disclosed = expectSafe({ cells: [[0, 6, 0], [2, 30, 40]], rowTotals: [6, 72] }, 'UNDER_5');
    // Row 2 pairs its 2 with the 30; row 1 has nothing small.
    expect(displays(disclosed)).toEqual({ cells: [['0', '6', '0'], ['<5', 'c', '40']], rowTotals: ['6', '72'], columnTotals: undefined, grandTotal: undefined });
    const totalOnly = expectSafe({ cells: [[4, 0, 0], [10, 20, 30]], columnTotals: [14, 20, 30], rowTotals: [4, 60], grandTotal: 64 }, 'DFE_C');
    expectRuleObeyed({ cells: [[4, 0, 0], [10, 20, 30]], columnTotals: [14, 20, 30], rowTotals: [4, 60], grandTotal: 64 }, totalOnly);
  });

  it('a 2×2 block of small cells inside margins stays hidden as a block, and the margins stay shown', () => {
    const table = withMargins([
      [2, 3, 20],
      [4, 1, 30],
      [15, 16, 17],
    ]);
    const disclosed = expectSafe(table, 'UNDER_5');
    expect(displays(disclosed)).toEqual({
      cells: [
        ['<5', '<5', '20'],
        ['<5', '<5', '30'],
        ['15', '16', '17'],
      ],
      rowTotals: ['25', '35', '48'],
      columnTotals: ['21', '20', '67'],
      grandTotal: '108',
    });
    expect(disclosed.secondaryCount).toBe(0);
    for (const rule of SUPPRESSING_RULES) expectRuleObeyed(table, expectSafe(table, rule));
  });

  it('completes a rectangle when two small cells sit on a diagonal', () => {
    const table = withMargins([
      [2, 20, 30],
      [25, 3, 35],
      [40, 45, 50],
    ]);
    const disclosed = expectSafe(table, 'UNDER_5');
    expect(displays(disclosed).cells).toEqual([
      ['<5', 'c', '30'],
      ['c', '<5', '35'],
      ['40', '45', '50'],
    ]);
    expect(disclosed.secondaryCount).toBe(2);
  });

  it('a series over months whose yearly total is shown (a 1×12 table with a row total)', () => {
    const months = [12, 15, 3, 20, 18, 11, 9, 14, 16, 22, 19, 13];
    const table = { cells: [months], rowTotals: [sum(months)] };
    const disclosed = expectSafe(table, 'UNDER_5');
    // The month after the small one is hidden with it (by position, not by size: see 'a reader who knows the algorithm').
    expect(displays(disclosed).cells[0]).toEqual(['12', '15', '<5', 'c', '18', '11', '9', '14', '16', '22', '19', '13']);
    expect(disclosed.rowTotals![0]!.display).toBe('172');
    for (const rule of SUPPRESSING_RULES) expectRuleObeyed(table, expectSafe(table, rule));
    // Under ONS the 3 and the 9 are both small: they protect each other.
    expect(displays(expectSafe(table, 'ONS_UNDER_10')).cells[0]!.filter((d) => d !== '[c]')).toHaveLength(10);
  });

  it('two small cells that must each be 4 (they add to 8) get a third figure hidden', () => {
    const disclosed = expectSafe({ cells: [[4, 4, 10, 30]], rowTotals: [48] }, 'UNDER_5');
    expect(displays(disclosed).cells).toEqual([['<5', '<5', 'c', '30']]);
  });

  it('a small cell paired with the smallest possible partner (5) still gets more protection', () => {
    // 1 + 5 = 6: hidden as "1 to 4" and "5 or more" they could only be 1 and 5.
    const disclosed = expectSafe({ cells: [[1, 5, 0, 0]], rowTotals: [6] }, 'UNDER_5');
    expect(displays(disclosed)).toMatchObject({ cells: [['<5', 'c', '0', '0']], rowTotals: ['c'] });
  });

  it('a small total hides its whole line, zeros included (four cells of 1 under 5 would each be 1)', () => {
    const disclosed = expectSafe({ cells: [[1, 1, 1, 1, 0, 0]], rowTotals: [4] }, 'UNDER_5');
    expect(displays(disclosed)).toMatchObject({ cells: [['<5', '<5', '<5', '<5', '<5', '<5']], rowTotals: ['<5'] });
    expect(disclosed.cells[0]!.every((cell) => cell.suppressed === 'PRIMARY')).toBe(true);
  });

  it('a small grand total hides the whole table', () => {
    const table = withMargins([
      [1, 0],
      [0, 1],
      [1, 0],
      [0, 1],
    ]);
    const disclosed = expectSafe(table, 'UNDER_5');
    expect(disclosed.suppressedCount).toBe(8 + 4 + 2 + 1);
  });

  it('keeps a zero shown when its other line already says it is zero', () => {
    const disclosed = expectSafe({ cells: [[3, 0], [10, 0]], rowTotals: [3, 10], columnTotals: [13, 0] }, 'UNDER_5');
    expect(displays(disclosed).cells[0]![1]).toBe('0');
  });

  it('rounding: a small cell whose rounded neighbours and total would pin it is protected further', () => {
    // Rounded to 5, 8 + 8 + 1 = 17 shows as 10, 10 and 15: the hidden cell could only be 1.
    const table = { cells: [[8, 8, 1, 40]], rowTotals: [57] };
    const naive = { cells: [[8, 8, 1]], rowTotals: [17] };
    for (const t of [table, naive]) expectRuleObeyed(t, expectSafe(t, 'NHS_1_TO_7_ROUND_5'));
    // Rounding alone protects the ordinary case: no secondary suppression at all.
    const ordinary = expectSafe({ cells: [[3, 20, 30]], rowTotals: [53] }, 'NHS_1_TO_7_ROUND_5');
    expect(displays(ordinary)).toMatchObject({ cells: [['*', '20', '30']], rowTotals: ['55'] });
  });

  it('non-additive tables (a contact under several columns) only suppress small figures, totals included', () => {
    const table = { cells: [[3, 10], [6, 8]], rowTotals: [12, 4], additive: false };
    const disclosed = expectSafe(table, 'UNDER_5');
    expect(displays(disclosed)).toMatchObject({ cells: [['<5', '10'], ['6', '8']], rowTotals: ['12', '<5'] });
    expect(disclosed.secondaryCount).toBe(0);
  });
});

describe('the audit is needed on top of pairing', () => {
  it('pairing alone would leave [4, 4, 10 | 18] pinned; the audit hides the 10', () => {
    const model = tableModel({ cells: [[4, 4, 10]], rowTotals: [18] });
    const states: EntryState[] = ['PRIMARY', 'PRIMARY', 'SHOWN', 'SHOWN'];
    pairLines(model, states);
    expect(states).toEqual(['PRIMARY', 'PRIMARY', 'SHOWN', 'SHOWN']);
    expect(pinnedEntries(model, states, DISCLOSURE_RULES.UNDER_5).pinned).toEqual([0, 1]);
    expect(suppressionStates(model, DISCLOSURE_RULES.UNDER_5)).toEqual(['PRIMARY', 'PRIMARY', 'SECONDARY', 'SHOWN']);
  });
});

describe('secondary suppression: randomized tables, every rule', () => {
  function randomCount(random: () => number, small: number): number {
    const r = random();
    if (r < 0.25) return 0;
    if (r < 0.25 + small) return randomInt(random, 1, 10);
    return randomInt(random, 5, 80);
  }

  function randomTable(random: () => number): CountTable {
    const shape = random();
    const [rows, columns] = shape < 0.15 ? [1, 12] : [randomInt(random, 1, 5), randomInt(random, 1, 6)];
    const small = random() < 0.3 ? 0.6 : 0.35;
    const cells = Array.from({ length: rows }, () => Array.from({ length: columns }, () => randomCount(random, small)));
    const full = withMargins(cells);
    const table: CountTable = { cells };
    if (shape < 0.15 || random() < 0.75) table.rowTotals = full.rowTotals;
    if (random() < 0.6) table.columnTotals = full.columnTotals;
    if (random() < 0.6) table.grandTotal = full.grandTotal;
    return table;
  }

  it.each(DISCLOSURE_RULE_IDS)('%s: no hidden figure is recovered from 300 random tables, and the rule holds', (rule) => {
    const random = seededRandom(20101);
    for (let n = 0; n < 300; n += 1) {
      const table = randomTable(random);
      const disclosed = expectSafe(table, rule);
      expectRuleObeyed(table, disclosed);
      expect(disclosed.note === null).toBe(disclosed.suppressedCount === 0 && !disclosed.rounded);
    }
  });

  it('suppresses a table the same way every time', () => {
    const table = randomTable(seededRandom(7));
    expect(discloseTable(table, 'UNDER_5')).toEqual(discloseTable(table, 'UNDER_5'));
  });
});

describe('a reader who knows the algorithm', () => {
  /**
   * The old choice, for comparison: the partner of a lone hidden figure is the
   * smallest shown non-zero cell of its row (one-row tables with a row total only).
   */
  function smallestPartner(table: CountTable, rule: DisclosureRuleId): DisclosedTable {
    const r = DISCLOSURE_RULES[rule];
    const row = table.cells[0]!;
    const states = row.map((value) => (isSmallCount(value, r) ? 'PRIMARY' : null)) as Array<'PRIMARY' | 'SECONDARY' | null>;
    if (states.filter(Boolean).length === 1) {
      const candidates = row.map((value, j) => [value, j] as const).filter(([value, j]) => value > 0 && states[j] === null);
      if (candidates.length > 0) states[candidates.reduce((a, b) => (b[0] < a[0] ? b : a))[1]] = 'SECONDARY';
    }
    const cell = (value: number, state: 'PRIMARY' | 'SECONDARY' | null) =>
      state === null ? { value, display: String(value), suppressed: null } : { value: null, display: state === 'PRIMARY' ? r.symbol : r.secondarySymbol, suppressed: state };
    const cells = [row.map((value, j) => cell(value, states[j]!))];
    return { cells, rowTotals: [cell(table.rowTotals![0]!, null)], rule, additive: true, suppressedCount: 0, secondaryCount: 0, rounded: false, note: null };
  }

  /** What the reader can narrow each small count to, replaying the publisher over every table that agrees with what is shown. */
  function smallCountValues(disclosed: DisclosedTable, publish?: (t: CountTable, rule: DisclosureRuleId) => DisclosedTable): number[][] {
    const { algorithm } = attackDisclosedTable(disclosed, { knowsAlgorithm: true, ...(publish ? { algorithm: publish } : {}) });
    expect(algorithm?.complete).toBe(true);
    const out: number[][] = [];
    disclosed.cells.forEach((row, i) => row.forEach((cell, j) => { if (cell.suppressed === 'PRIMARY') out.push(algorithm!.possible.get(`cells[${i}][${j}]`)!); }));
    return out;
  }

  // Per rule: a small count, two candidates of the same size just above the range, a larger one, and the row total.
  const cases: Array<[DisclosureRuleId, number[]]> = [
    ['UNDER_5', [2, 5, 5, 9]],
    ['DFE_C', [2, 5, 5, 9]],
    ['ONS_UNDER_10', [3, 10, 10, 16]],
  ];

  it.each(cases)('%s: choosing the smallest partner gave the small count away; the position rule does not', (rule, row) => {
    const table = { cells: [row], rowTotals: [sum(row)] };
    // The old choice: the partner is at most the equal candidate still shown and at least the threshold, so exactly it.
    const old = smallestPartner(table, rule);
    expect(smallCountValues(old, smallestPartner)).toEqual([[row[0]]]);
    expect(attackDisclosedTable(old, { knowsAlgorithm: true, algorithm: smallestPartner }).recovered).toContainEqual({ where: 'cells[0][0]', value: row[0], method: 'ALGORITHM' });
    // The interval attacker alone did not see it: it does not know how the partner was chosen.
    expect(attackDisclosedTable(old).recovered).toEqual([]);
    const disclosed = expectSafe(table, rule);
    expectRuleObeyed(table, disclosed);
    const [values] = smallCountValues(disclosed);
    expect(values).toContain(row[0]);
    expect(values!.length).toBeGreaterThanOrEqual(2);
  });

  it('NHS_1_TO_7_ROUND_5: a small count among rounded figures keeps at least two values for a reader who replays the rule', () => {
    for (const row of [[3, 8, 8, 20], [7, 9, 0, 12], [2, 13, 8, 30]]) {
      const table = { cells: [row], rowTotals: [sum(row)] };
      const disclosed = expectSafe(table, 'NHS_1_TO_7_ROUND_5');
      expectRuleObeyed(table, disclosed);
      for (const values of smallCountValues(disclosed)) expect(values.length).toBeGreaterThanOrEqual(2);
    }
  });

  // Known gap (README.md, Limits): under rounding, the audit's extra suppression can itself be replayed. Shown as
  // *, 10, 10, 0 and 15, the 1 could only be 1 (13 to 17 less two figures of 8 to 12); so the audit hides the 8s
  // and the total, but of the tables a reader might try, only 1 + 8 + 8 = 17 fails that first check, so a reader
  // who replays the audit still learns the 1. Make this an ordinary it() when the rounding audit is fixed.
  it.failing('NHS_1_TO_7_ROUND_5: the audit hiding a whole row does not tell a replaying reader why', () => {
    const disclosed = expectSafe({ cells: [[1, 8, 8, 0]], rowTotals: [17] }, 'NHS_1_TO_7_ROUND_5');
    expect(smallCountValues(disclosed)[0]!.length).toBeGreaterThanOrEqual(2);
  });

  it('the partner is chosen by position: the nearest shown non-zero cell, the later one when two are as near', () => {
    expect(displays(expectSafe({ cells: [[20, 3, 30, 40]], rowTotals: [93] }, 'UNDER_5')).cells).toEqual([['20', '<5', 'c', '40']]);
    expect(displays(expectSafe({ cells: [[20, 30, 40, 3]], rowTotals: [93] }, 'UNDER_5')).cells).toEqual([['20', '30', 'c', '<5']]);
    // The same pattern with other values hides the same positions: the choice says nothing about the hidden values.
    expect(displays(expectSafe({ cells: [[60, 1, 11, 7]], rowTotals: [79] }, 'UNDER_5')).cells).toEqual([['60', '<5', 'c', '7']]);
  });

  it('a figure hidden only because an audit failed does not give the small count away (1 + 5 with its total)', () => {
    for (const rule of ['UNDER_5', 'DFE_C'] as const) {
      const disclosed = expectSafe({ cells: [[1, 5, 0, 0]], rowTotals: [6] }, rule);
      expect(disclosed.rowTotals![0]!.suppressed).toBe('SECONDARY');
      // Were the audit content with "not pinned", only 1 + 5 would hide the total, and a reader knowing that would know the 1.
      expect(smallCountValues(disclosed)[0]!.length).toBeGreaterThanOrEqual(2);
    }
  });
});
