import { discloseTable } from './disclose-table';
import { DISCLOSURE_RULES } from './rules';

describe('discloseTable', () => {
  const table = { cells: [[3, 10, 12], [6, 8, 20]], rowTotals: [25, 34], columnTotals: [9, 18, 32], grandTotal: 59 };

  it('returns every cell and every margin given, and only those', () => {
    const disclosed = discloseTable({ cells: [[10, 20]] }, 'UNDER_5');
    expect(disclosed).toEqual({
      cells: [
        [
          { value: 10, display: '10', suppressed: null },
          { value: 20, display: '20', suppressed: null },
        ],
      ],
      rule: 'UNDER_5',
      additive: true,
      suppressedCount: 0,
      secondaryCount: 0,
      rounded: false,
      note: null,
    });
    expect(Object.keys(discloseTable(table, 'UNDER_5')).sort()).toEqual(
      ['additive', 'cells', 'columnTotals', 'grandTotal', 'note', 'rounded', 'rowTotals', 'rule', 'secondaryCount', 'suppressedCount'].sort(),
    );
  });

  it('counts suppressed cells and totals, and writes a note naming the rule', () => {
    const disclosed = discloseTable(table, 'UNDER_5');
    expect(disclosed.cells.map((row) => row.map((cell) => cell.display))).toEqual([
      ['<5', 'c', '12'],
      ['c', 'c', '20'],
    ]);
    expect(disclosed.suppressedCount).toBe(4);
    expect(disclosed.secondaryCount).toBe(3);
    expect(disclosed.note).toContain('suppressed');
    expect(disclosed.note).toContain(DISCLOSURE_RULES.UNDER_5.label);
    expect(disclosed.note).toContain('4 figures are suppressed');
  });

  it('leaves everything as it is under NONE', () => {
    const disclosed = discloseTable(table, 'NONE');
    expect(disclosed.cells.flat().map((cell) => cell.display)).toEqual(['3', '10', '12', '6', '8', '20']);
    expect(disclosed.grandTotal).toEqual({ value: 59, display: '59', suppressed: null });
    expect(disclosed.note).toBeNull();
  });

  it('rounds totals independently of their cells under the NHS rule, and says so', () => {
    const disclosed = discloseTable({ cells: [[8, 8, 8]], rowTotals: [24] }, 'NHS_1_TO_7_ROUND_5');
    expect(disclosed.cells[0]!.map((cell) => cell.value)).toEqual([10, 10, 10]);
    expect(disclosed.rowTotals![0]).toEqual({ value: 25, display: '25', suppressed: null });
    expect(disclosed.rounded).toBe(true);
    expect(disclosed.suppressedCount).toBe(0);
    expect(disclosed.note).toContain('rounded');
    expect(disclosed.note).toContain('totals may not add up');
  });

  it('has no note under the NHS rule when every count is zero', () => {
    expect(discloseTable({ cells: [[0, 0]], rowTotals: [0] }, 'NHS_1_TO_7_ROUND_5').note).toBeNull();
  });

  it('uses the rule symbols', () => {
    const cells = { cells: [[2, 50, 60]], rowTotals: [112] };
    expect(discloseTable(cells, 'DFE_C').cells[0]!.map((cell) => cell.display)).toEqual(['c', 'c', '60']);
    expect(discloseTable(cells, 'ONS_UNDER_10').cells[0]!.map((cell) => cell.display)).toEqual(['[c]', '[c]', '60']);
    expect(discloseTable(cells, 'NHS_1_TO_7_ROUND_5').cells[0]!.map((cell) => cell.display)).toEqual(['*', '50', '60']);
  });

  it('says whether the totals were sums', () => {
    expect(discloseTable({ cells: [[1, 2]], rowTotals: [2], additive: false }, 'UNDER_5').additive).toBe(false);
  });

  it('takes an empty table and refuses unknown rules and bad counts', () => {
    expect(discloseTable({ cells: [] }, 'UNDER_5')).toMatchObject({ cells: [], suppressedCount: 0, note: null });
    expect(() => discloseTable(table, 'LOOSE' as never)).toThrow(RangeError);
    expect(() => discloseTable({ cells: [[1.5]] }, 'UNDER_5')).toThrow(RangeError);
  });

  it('stays quick on a year of months by twenty service areas', () => {
    const cells = Array.from({ length: 20 }, (_, i) => Array.from({ length: 12 }, (_, j) => ((i * 7 + j * 3) % 11 === 0 ? 2 : (i * 13 + j * 5) % 40)));
    const sums = (rows: number[][]) => rows.map((row) => row.reduce((a, b) => a + b, 0));
    const big = {
      cells,
      rowTotals: sums(cells),
      columnTotals: sums(cells[0]!.map((_, j) => cells.map((row) => row[j]!))),
      grandTotal: sums(cells).reduce((a, b) => a + b, 0),
    };
    const started = Date.now();
    for (const rule of ['UNDER_5', 'DFE_C', 'NHS_1_TO_7_ROUND_5', 'ONS_UNDER_10'] as const) discloseTable(big, rule);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
