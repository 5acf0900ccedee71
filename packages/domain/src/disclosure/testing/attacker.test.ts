import type { CountTable } from '../count-table';
import type { DisclosedTable } from '../disclose-table';
import { discloseCount } from '../primary';
import type { DisclosureRuleId } from '../rules';
import { attackDisclosedTable } from './attacker';

/** Primary suppression only, as a naive publisher would do it: the attacker must see through it. */
function primaryOnly(table: CountTable, rule: DisclosureRuleId): DisclosedTable {
  const cells = table.cells.map((row) => row.map((value) => discloseCount(value, rule)));
  const disclosed: DisclosedTable = { cells, rule, additive: table.additive !== false, suppressedCount: 0, secondaryCount: 0, rounded: false, note: null };
  if (table.rowTotals) disclosed.rowTotals = table.rowTotals.map((value) => discloseCount(value, rule));
  if (table.columnTotals) disclosed.columnTotals = table.columnTotals.map((value) => discloseCount(value, rule));
  if (table.grandTotal !== undefined) disclosed.grandTotal = discloseCount(table.grandTotal, rule);
  return disclosed;
}

describe('the attacker', () => {
  it('recovers a lone hidden cell by subtraction on its row', () => {
    const { recovered } = attackDisclosedTable(primaryOnly({ cells: [[3, 10, 12]], rowTotals: [25] }, 'UNDER_5'));
    expect(recovered).toEqual([{ where: 'cells[0][0]', value: 3, method: 'LINE' }]);
  });

  it('chains subtractions across rows, columns and the grand total', () => {
    // Each row has two hidden cells, but the column totals give them back one by one.
    const table = { cells: [[2, 3, 20], [30, 4, 40]], rowTotals: [25, 74], columnTotals: [32, 7, 60] };
    const { recovered } = attackDisclosedTable(primaryOnly(table, 'UNDER_5'));
    expect(recovered.map((r) => [r.where, r.value])).toEqual(
      expect.arrayContaining([
        ['cells[0][0]', 2],
        ['cells[0][1]', 3],
        ['cells[1][1]', 4],
      ]),
    );
  });

  it('recovers a hidden row total from the grand total, then the cell behind it', () => {
    const { recovered } = attackDisclosedTable(primaryOnly({ cells: [[10, 20], [3, 0]], rowTotals: [30, 3], grandTotal: 33 }, 'UNDER_5'));
    expect(recovered.map((r) => [r.where, r.value])).toEqual([
      ['rowTotals[1]', 3],
      ['cells[1][0]', 3],
    ]);
  });

  it('recovers by bounds what subtraction cannot: two hidden cells of at most 4 adding to 8', () => {
    const { recovered } = attackDisclosedTable(primaryOnly({ cells: [[4, 4, 10]], rowTotals: [18] }, 'UNDER_5'));
    expect(recovered).toEqual([
      { where: 'cells[0][0]', value: 4, method: 'BOUNDS' },
      { where: 'cells[0][1]', value: 4, method: 'BOUNDS' },
    ]);
  });

  it('recovers by bounds through rounding: 8 + 8 + 1 shown as 10, 10, * and 15', () => {
    const { recovered } = attackDisclosedTable(primaryOnly({ cells: [[8, 8, 1]], rowTotals: [17] }, 'NHS_1_TO_7_ROUND_5'));
    expect(recovered).toEqual([{ where: 'cells[0][2]', value: 1, method: 'BOUNDS' }]);
  });

  it('uses why a figure is hidden when it knows, and only the symbols when it does not', () => {
    const disclosed = primaryOnly({ cells: [[1, 5, 0]], rowTotals: [6] }, 'DFE_C');
    disclosed.cells[0]![1] = { value: null, display: 'c', suppressed: 'SECONDARY' };
    expect(attackDisclosedTable(disclosed).recovered.map((r) => [r.where, r.value])).toEqual([
      ['cells[0][0]', 1],
      ['cells[0][1]', 5],
    ]);
    // DfE shows both kinds as c: without the reasons either could be 1 to 5.
    expect(attackDisclosedTable(disclosed, { knowsReasons: false }).recovered).toEqual([]);
    expect(attackDisclosedTable(disclosed, { knowsReasons: false }).intervals.get('cells[0][0]')).toEqual([1, 5]);
  });

  it('cannot subtract in a table whose totals are not sums', () => {
    expect(attackDisclosedTable(primaryOnly({ cells: [[3, 10]], rowTotals: [12], additive: false }, 'UNDER_5')).recovered).toEqual([]);
  });

  it('throws on a published table that contradicts itself', () => {
    const disclosed = primaryOnly({ cells: [[3, 10]], rowTotals: [13] }, 'UNDER_5');
    disclosed.cells[0]![0] = { value: null, display: 'c', suppressed: 'SECONDARY' };
    expect(() => attackDisclosedTable(disclosed)).toThrow(/contradicts itself/);
  });
});

describe('the attacker who knows the algorithm', () => {
  it('replays the publisher over every table that agrees with what is shown', () => {
    const disclosed = primaryOnly({ cells: [[3, 10, 12]], rowTotals: [25] }, 'UNDER_5');
    // A naive publisher: what the reader sees is consistent with every small count, and replaying it changes nothing.
    const { algorithm } = attackDisclosedTable(disclosed, { knowsAlgorithm: true, algorithm: primaryOnly });
    expect(algorithm).toMatchObject({ complete: true, matches: 1 });
    expect(algorithm!.possible.get('cells[0][0]')).toEqual([3]);
  });

  it('gives up within its budget, and then recovers nothing from the replay', () => {
    const disclosed = primaryOnly({ cells: [[3, 10, 12]], rowTotals: [25] }, 'UNDER_5');
    disclosed.cells[0]![1] = { value: null, display: 'c', suppressed: 'SECONDARY' };
    disclosed.cells[0]![2] = { value: null, display: 'c', suppressed: 'SECONDARY' };
    const { algorithm, recovered } = attackDisclosedTable(disclosed, { knowsAlgorithm: true, algorithm: primaryOnly, budget: 3 });
    expect(algorithm!.complete).toBe(false);
    expect(recovered.filter((r) => r.method === 'ALGORITHM')).toEqual([]);
  });
});
