import type { CountTable } from './count-table';
import { disclosePercentage, disclosePercentageTable } from './percentages';
import { DISCLOSURE_RULE_IDS, DISCLOSURE_RULES } from './rules';
import { attackDisclosedTable } from './testing/attacker';
import { randomInt, seededRandom } from './testing/prng';

describe('disclosePercentage', () => {
  it('shows a percentage with its base (responded in time 5 of 8)', () => {
    expect(disclosePercentage(5, 8, 'UNDER_5')).toEqual({
      percent: 62.5,
      display: '62.5%',
      base: { value: 8, display: '8', suppressed: null },
      withheld: null,
    });
    expect(disclosePercentage(1, 3, 'NONE').display).toBe('33.3%');
    expect(disclosePercentage(2, 3, 'NONE', { decimals: 0 }).display).toBe('67%');
  });

  it('withholds the percentage when the base is under the threshold', () => {
    expect(disclosePercentage(2, 4, 'UNDER_5')).toEqual({
      percent: null,
      display: 'c',
      base: { value: null, display: '<5', suppressed: 'PRIMARY' },
      withheld: 'SMALL_BASE',
    });
    expect(disclosePercentage(9, 9, 'ONS_UNDER_10').withheld).toBe('SMALL_BASE');
    expect(disclosePercentage(7, 7, 'NHS_1_TO_7_ROUND_5').withheld).toBe('SMALL_BASE');
  });

  it('a suppressed count whose percentage and base are shown: the percentage is withheld', () => {
    // 3 of 20 = 15%: with the base shown, the percentage would give the 3 back.
    const result = disclosePercentage(3, 20, 'UNDER_5');
    expect(result).toEqual({ percent: null, display: 'c', base: { value: 20, display: '20', suppressed: null }, withheld: 'NUMERATOR_SUPPRESSED' });
    expect(disclosePercentage(9, 40, 'ONS_UNDER_10').withheld).toBe('NUMERATOR_SUPPRESSED');
  });

  it('shows 0% (nobody is identified by none) and a dash for a base of 0', () => {
    expect(disclosePercentage(0, 20, 'UNDER_5').display).toBe('0.0%');
    expect(disclosePercentage(0, 0, 'UNDER_5')).toMatchObject({ percent: null, display: '-', withheld: 'SMALL_BASE' });
    expect(disclosePercentage(0, 0, 'NONE')).toMatchObject({ percent: null, display: '-' });
  });

  it('works from the rounded counts under the NHS rule, in whole percentages', () => {
    // 18 of 41 is shown as 20 of 40: 50%, so the percentage adds nothing to the rounded figures.
    expect(disclosePercentage(18, 41, 'NHS_1_TO_7_ROUND_5')).toEqual({
      percent: 50,
      display: '50%',
      base: { value: 40, display: '40', suppressed: null },
      withheld: null,
    });
  });

  it('refuses impossible input', () => {
    expect(() => disclosePercentage(9, 8, 'UNDER_5')).toThrow(/larger than its base/);
    expect(() => disclosePercentage(-1, 8, 'UNDER_5')).toThrow(RangeError);
    expect(() => disclosePercentage(1, 8, 'UNDER_5', { decimals: 1.5 })).toThrow(/decimals/);
  });
});

describe('disclosePercentageTable', () => {
  // % responded to in time, by service area (rows) and quarter (columns), with totals.
  const bases: CountTable = { cells: [[20, 30, 25], [12, 3, 18]], rowTotals: [75, 33], columnTotals: [32, 33, 43], grandTotal: 108 };
  const numerators: CountTable = { cells: [[18, 4, 20], [10, 3, 15]], rowTotals: [42, 28], columnTotals: [28, 7, 35], grandTotal: 70 };

  it('protects both tables and withholds percentages wherever the count or the base is hidden', () => {
    const result = disclosePercentageTable(numerators, bases, 'UNDER_5');
    expect(result.numerators.cells[0]![1]!.suppressed).toBe('PRIMARY');
    expect(result.percentages.flat().map((p) => p.display)).toEqual(
      result.percentages.flat().map((p, k) => {
        const i = Math.floor(k / 3);
        const j = k % 3;
        const n = result.numerators.cells[i]![j]!;
        const b = result.bases.cells[i]![j]!;
        return n.suppressed || b.suppressed ? 'c' : p.display;
      }),
    );
    expect(result.percentages[0]![1]!.withheld).toBe('NUMERATOR_SUPPRESSED');
    expect(result.percentages[1]![1]!.withheld).toBe('SMALL_BASE');
    // The 20 is hidden to protect the 4 (the nearest candidate of its row, the later of two as near); the 4 and
    // the 3 below it add up to the shown 7, which leaves each only 2 values, so the 18 is hidden as well.
    expect(result.percentages[0]![2]!.withheld).toBe('NUMERATOR_SUPPRESSED');
    expect(result.percentages[0]![0]!.withheld).toBe('NUMERATOR_SUPPRESSED');
    expect(result.grandTotal).toMatchObject({ display: '64.8%' });
    expect(result.rowTotals).toHaveLength(2);
    expect(result.columnTotals).toHaveLength(3);
    expect(result.withheldCount).toBeGreaterThanOrEqual(2);
    expect(result.note).toContain('suppressed');
    expect(result.note).toContain('withheld');
    expect(result.note).toContain(DISCLOSURE_RULES.UNDER_5.label);
    for (const table of [result.numerators, result.bases]) expect(attackDisclosedTable(table).recovered).toEqual([]);
  });

  it('refuses tables of different shapes or a count above its base', () => {
    expect(() => disclosePercentageTable({ cells: [[1, 2]] }, { cells: [[3]] }, 'UNDER_5')).toThrow(/same shape/);
    expect(() => disclosePercentageTable({ cells: [[4]] }, { cells: [[3]] }, 'UNDER_5')).toThrow(/cells\[0\]\[0\]: numerator 4 is larger/);
  });

  it.each(DISCLOSURE_RULE_IDS)('%s: a shown percentage never stands beside a hidden count or base (200 random tables)', (rule) => {
    const random = seededRandom(4242);
    for (let n = 0; n < 200; n += 1) {
      const rows = randomInt(random, 1, 4);
      const columns = randomInt(random, 1, 6);
      const baseCells = Array.from({ length: rows }, () => Array.from({ length: columns }, () => (random() < 0.2 ? 0 : randomInt(random, 1, 40))));
      const numeratorCells = baseCells.map((row) => row.map((b) => randomInt(random, 0, b)));
      const sums = (cells: number[][]): CountTable => ({
        cells,
        rowTotals: cells.map((row) => row.reduce((a, b) => a + b, 0)),
        grandTotal: cells.flat().reduce((a, b) => a + b, 0),
      });
      const result = disclosePercentageTable(sums(numeratorCells), sums(baseCells), rule);
      result.percentages.forEach((row, i) =>
        row.forEach((p, j) => {
          if (p.withheld !== null) return;
          expect(result.numerators.cells[i]![j]!.suppressed).toBeNull();
          expect(result.bases.cells[i]![j]!.suppressed).toBeNull();
          expect(baseCells[i]![j]!).toBeGreaterThanOrEqual(DISCLOSURE_RULES[rule].minPercentBase);
        }),
      );
      expect(attackDisclosedTable(result.numerators).recovered).toEqual([]);
      expect(attackDisclosedTable(result.bases).recovered).toEqual([]);
    }
  });
});
