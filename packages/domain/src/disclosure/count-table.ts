/**
 * A two-way table of counts as the disclosure rules see it: every cell and
 * published total is an "entry" with an id, and every additive relation
 * between them (a row adds up to its total, the row totals to the grand
 * total …) is a "line": the sum of its left entries equals the sum of its
 * right entries. Lines are what a reader could use to work a hidden figure
 * back, so they are what secondary suppression protects.
 */
import { assertCount } from './rules';

/** A two-way table of non-negative counts with optional published margins. */
export interface CountTable {
  /** rows × columns */
  cells: number[][];
  /**
   * Shown beside each row. May exceed the sum of the cells when a contact
   * counts under several columns: then set additive=false.
   */
  rowTotals?: number[];
  columnTotals?: number[];
  grandTotal?: number;
  /**
   * Default true: totals equal the sums of their cells. When false
   * (multi-valued dimensions) totals cannot be used to work back a cell,
   * but small totals are still suppressed.
   */
  additive?: boolean;
}

export type EntryKind = 'cell' | 'rowTotal' | 'columnTotal' | 'grandTotal';

export interface TableEntry {
  kind: EntryKind;
  /** -1 for column totals and the grand total */
  row: number;
  /** -1 for row totals and the grand total */
  column: number;
  value: number;
}

/** Σ left = Σ right, over entry ids. `total` is the right side's single entry when there is one. */
export interface TableLine {
  left: number[];
  right: number[];
  total: number | null;
}

export interface TableModel {
  rows: number;
  columns: number;
  additive: boolean;
  entries: TableEntry[];
  cellIds: number[][];
  rowTotalIds: number[] | null;
  columnTotalIds: number[] | null;
  grandTotalId: number | null;
  /** Empty when the table is not additive. */
  lines: TableLine[];
  /** entry id → indexes of the lines it is in */
  linesOf: number[][];
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function checkMargin(label: string, given: number, cellsSum: number, additive: boolean): void {
  assertCount(given, label);
  if (additive && given !== cellsSum) {
    throw new RangeError(
      `${label} (${given}) is not the sum of its cells (${cellsSum}); pass additive: false when a contact counts under several categories`,
    );
  }
}

/** Validates a table and lays out its entries and lines. Throws RangeError on malformed input (a caller's bug). */
export function tableModel(table: CountTable): TableModel {
  if (!table || !Array.isArray(table.cells)) throw new RangeError('cells must be an array of rows');
  const additive = table.additive !== false;
  const rows = table.cells.length;
  const columns = rows > 0 ? (table.cells[0]?.length ?? 0) : (table.columnTotals?.length ?? 0);
  const entries: TableEntry[] = [];
  const cellIds = table.cells.map((row, i) => {
    if (!Array.isArray(row) || row.length !== columns) throw new RangeError(`row ${i} must have ${columns} cells`);
    return row.map((value, j) => {
      assertCount(value, `cells[${i}][${j}]`);
      entries.push({ kind: 'cell', row: i, column: j, value });
      return entries.length - 1;
    });
  });
  const rowSums = table.cells.map((row) => sum(row));
  const columnSums = Array.from({ length: columns }, (_, j) => sum(table.cells.map((row) => row[j] ?? 0)));
  const allSum = sum(rowSums);

  let rowTotalIds: number[] | null = null;
  if (table.rowTotals !== undefined) {
    if (!Array.isArray(table.rowTotals) || table.rowTotals.length !== rows) throw new RangeError(`rowTotals must have ${rows} values`);
    rowTotalIds = table.rowTotals.map((value, i) => {
      checkMargin(`rowTotals[${i}]`, value, rowSums[i] ?? 0, additive);
      entries.push({ kind: 'rowTotal', row: i, column: -1, value });
      return entries.length - 1;
    });
  }
  let columnTotalIds: number[] | null = null;
  if (table.columnTotals !== undefined) {
    if (!Array.isArray(table.columnTotals) || table.columnTotals.length !== columns) {
      throw new RangeError(`columnTotals must have ${columns} values`);
    }
    columnTotalIds = table.columnTotals.map((value, j) => {
      checkMargin(`columnTotals[${j}]`, value, columnSums[j] ?? 0, additive);
      entries.push({ kind: 'columnTotal', row: -1, column: j, value });
      return entries.length - 1;
    });
  }
  let grandTotalId: number | null = null;
  if (table.grandTotal !== undefined) {
    checkMargin('grandTotal', table.grandTotal, allSum, additive);
    entries.push({ kind: 'grandTotal', row: -1, column: -1, value: table.grandTotal });
    grandTotalId = entries.length - 1;
  }

  const lines: TableLine[] = [];
  if (additive) {
    const line = (left: number[], right: number[]) => lines.push({ left, right, total: right.length === 1 ? right[0]! : null });
    rowTotalIds?.forEach((id, i) => line(cellIds[i]!, [id]));
    columnTotalIds?.forEach((id, j) => line(cellIds.map((row) => row[j]!), [id]));
    if (grandTotalId !== null) {
      if (rowTotalIds) line(rowTotalIds, [grandTotalId]);
      if (columnTotalIds) line(columnTotalIds, [grandTotalId]);
      // Implied by the lines above when there are margins, but it tightens what a reader can bound.
      line(cellIds.flat(), [grandTotalId]);
    } else if (rowTotalIds && columnTotalIds) {
      line(rowTotalIds, columnTotalIds);
    }
  }
  const linesOf: number[][] = entries.map(() => []);
  lines.forEach((l, index) => {
    for (const id of [...l.left, ...l.right]) linesOf[id]!.push(index);
  });
  return { rows, columns, additive, entries, cellIds, rowTotalIds, columnTotalIds, grandTotalId, lines, linesOf };
}
