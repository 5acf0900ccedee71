/**
 * Disclosure for the Code report's tables: counts through discloseTable (with
 * their margins), single percentages through disclosePercentage, and the
 * annual report's numeric tables turned into displays (their count columns as
 * a non-additive table, each percentage shown only when every count in its row
 * is shown and its base is at least the rule's minimum).
 */
import { discloseTable, disclosePercentage, disclosureNote, disclosureRule, type DisclosureRuleId } from '@complaints/domain';
import type { ReportTable } from '../report/report.types';
import type { CodeReportTable } from './code-report.types';

export interface CountGrid {
  rowLabels: string[];
  columnLabels: string[];
  cells: number[][];
}

/** A counts table with row totals, column totals and the grand total, all disclosed. */
export function disclosedCountTable(meta: Omit<CodeReportTable, 'columns' | 'rows'>, grid: CountGrid, rule: DisclosureRuleId, additive = true): { table: CodeReportTable; suppressed: number } {
  if (grid.rowLabels.length === 0) {
    return { table: { ...meta, columns: [...grid.columnLabels, 'Total'], rows: [], notes: [...meta.notes, 'Nothing recorded.'] }, suppressed: 0 };
  }
  const rowTotals = grid.cells.map((r) => r.reduce((a, b) => a + b, 0));
  const columnTotals = grid.columnLabels.map((_, j) => grid.cells.reduce((a, r) => a + r[j], 0));
  const grandTotal = rowTotals.reduce((a, b) => a + b, 0);
  const disclosed = discloseTable({ cells: grid.cells, rowTotals, columnTotals, grandTotal, additive }, rule);
  const rows = grid.rowLabels.map((label, i) => ({ label, cells: [...disclosed.cells[i].map((c) => c.display), disclosed.rowTotals![i].display] }));
  rows.push({ label: 'Total', cells: [...disclosed.columnTotals!.map((c) => c.display), disclosed.grandTotal!.display] });
  return {
    table: { ...meta, columns: [...grid.columnLabels, 'Total'], rows, notes: disclosed.note ? [...meta.notes, disclosed.note] : meta.notes },
    suppressed: disclosed.suppressedCount,
  };
}

export function disclosedShare(inTime: number, of: number, rule: DisclosureRuleId): { count: string; percent: string } {
  const p = disclosePercentage(Math.min(inTime, of), of, rule);
  return { count: p.base.display, percent: p.display };
}

/** One of the annual report's tables (numbers) as published under the rule. */
export function disclosedAnnualTable(table: ReportTable, rule: DisclosureRuleId): { table: CodeReportTable; suppressed: number } {
  const isPercent = table.columns.map((c) => c.trim().endsWith('%'));
  const countColumns = table.columns.map((_, j) => j).filter((j) => !isPercent[j]);
  const whole = (v: number | null) => (v !== null && Number.isInteger(v) && v >= 0 ? v : 0);
  const grid = table.rows.map((r) => countColumns.map((j) => whole(r.values[j])));
  const disclosed = grid.length && countColumns.length ? discloseTable({ cells: grid, additive: false }, rule) : null;
  const min = disclosureRule(rule).minPercentBase;
  const rows = table.rows.map((r, i) => {
    const rowHidden = disclosed ? disclosed.cells[i].some((c) => c.suppressed !== null) : false;
    const rowBase = Math.max(0, ...grid[i] ?? [0]);
    return {
      label: r.label,
      cells: table.columns.map((_, j) => {
        const v = r.values[j];
        if (v === null) return '';
        if (isPercent[j]) return rowHidden || (countColumns.length > 0 && rowBase < min) ? disclosureRule(rule).secondarySymbol : `${v.toFixed(1)}%`;
        return disclosed!.cells[i][countColumns.indexOf(j)].display;
      }),
    };
  });
  const suppressed = disclosed?.suppressedCount ?? 0;
  const note = disclosureNote(rule, suppressed, disclosed?.rounded ?? false);
  return {
    table: {
      id: `statutory-${table.id}`,
      section: "Quantitative analysis: the Children Act (statutory) tables",
      title: table.title,
      columns: table.columns,
      rows,
      notes: note ? [note, 'A percentage is shown only where every count in its row is shown.'] : [],
    },
    suppressed,
  };
}
