import { tableModel } from './count-table';

describe('the table model', () => {
  it('lays out cells, margins and the lines between them', () => {
    const model = tableModel({ cells: [[1, 2], [3, 4]], rowTotals: [3, 7], columnTotals: [4, 6], grandTotal: 10 });
    expect(model.entries.map((e) => e.kind)).toEqual(['cell', 'cell', 'cell', 'cell', 'rowTotal', 'rowTotal', 'columnTotal', 'columnTotal', 'grandTotal']);
    expect(model.cellIds).toEqual([[0, 1], [2, 3]]);
    // two rows, two columns, row totals → grand, column totals → grand, cells → grand
    expect(model.lines).toEqual([
      { left: [0, 1], right: [4], total: 4 },
      { left: [2, 3], right: [5], total: 5 },
      { left: [0, 2], right: [6], total: 6 },
      { left: [1, 3], right: [7], total: 7 },
      { left: [4, 5], right: [8], total: 8 },
      { left: [6, 7], right: [8], total: 8 },
      { left: [0, 1, 2, 3], right: [8], total: 8 },
    ]);
    expect(model.linesOf[0]).toEqual([0, 2, 6]);
  });

  it('relates row totals to column totals when there is no grand total', () => {
    const model = tableModel({ cells: [[1, 2]], rowTotals: [3], columnTotals: [1, 2] });
    expect(model.lines.at(-1)).toEqual({ left: [2], right: [3, 4], total: null });
  });

  it('has no lines when the totals are not sums (multi-valued dimensions)', () => {
    const model = tableModel({ cells: [[1, 2]], rowTotals: [2], grandTotal: 2, additive: false });
    expect(model.lines).toEqual([]);
    expect(model.additive).toBe(false);
  });

  it('takes an empty table', () => {
    expect(tableModel({ cells: [] }).entries).toEqual([]);
  });

  it('refuses malformed tables, naming what is wrong', () => {
    expect(() => tableModel({ cells: [[1, 2], [3]] })).toThrow('row 1 must have 2 cells');
    expect(() => tableModel({ cells: [[1, -2]] })).toThrow('cells[0][1]');
    expect(() => tableModel({ cells: [[1, 2]], rowTotals: [3, 4] })).toThrow('rowTotals must have 1 values');
    expect(() => tableModel({ cells: [[1, 2]], columnTotals: [1] })).toThrow('columnTotals must have 2 values');
    expect(() => tableModel({ cells: [[1, 2]], rowTotals: [4] })).toThrow(/rowTotals\[0\] \(4\) is not the sum of its cells \(3\); pass additive: false/);
    expect(() => tableModel({ cells: [[1, 2]], grandTotal: 2 })).toThrow(/grandTotal/);
    expect(() => tableModel({ cells: [[1, 2]], rowTotals: [2.5], additive: false })).toThrow(RangeError);
    expect(() => tableModel({} as never)).toThrow('cells must be an array of rows');
  });
});
