/**
 * An attacker for tests: given a published (disclosed) table and the rule,
 * tries to recover hidden figures exactly, as a determined reader would.
 * Written apart from the production audit (bounds.ts) on purpose, so that
 * one cannot share a blind spot with the other.
 *
 * Two attacks:
 * - LINE: on any line (a row and its total, a column and its total, the
 *   margins and the grand total) with exactly one unknown, subtract; repeat
 *   with what was recovered (rules without rounding).
 * - BOUNDS: give every figure the interval the reader knows (a shown count is
 *   exact, or within ±2 of a figure rounded to 5; a hidden small count is 1 to
 *   4, or 0 to 4 in a line whose total is hidden as small; a figure hidden to
 *   protect another is 5 or more), then tighten every interval with every
 *   line, over the whole table, until nothing changes. A hidden figure whose
 *   interval closes to one number is recovered.
 *
 * With `knowsReasons: false` the reader sees only what is displayed: where a
 * rule shows both kinds of suppression with one symbol, a hidden figure is
 * then only known to be non-zero.
 */
import type { DisclosedTable } from '../disclose-table';
import type { DisclosedCell } from '../primary';
import { DISCLOSURE_RULES } from '../rules';

export interface Recovered {
  /** 'cells[1][2]', 'rowTotals[0]', 'columnTotals[3]' or 'grandTotal' */
  where: string;
  value: number;
  method: 'LINE' | 'BOUNDS';
}

export interface AttackOptions {
  /** Whether totals are the sums of their cells; default: the table's own `additive`. */
  additive?: boolean;
  /** Whether the reader knows why each figure is hidden (PRIMARY or SECONDARY). Default true: the worst case. */
  knowsReasons?: boolean;
  maxPasses?: number;
}

export interface AttackResult {
  recovered: Recovered[];
  /** The interval the reader ends with for every figure, by position. */
  intervals: Map<string, [number, number]>;
}

interface Variable {
  where: string;
  cell: DisclosedCell;
  lo: number;
  hi: number;
}

/** Σ coefficient × variable = 0 */
type Equation = Array<[index: number, coefficient: 1 | -1]>;

export function attackDisclosedTable(table: DisclosedTable, options: AttackOptions = {}): AttackResult {
  const rule = DISCLOSURE_RULES[table.rule];
  const knowsReasons = options.knowsReasons ?? true;
  const vars: Variable[] = [];
  const add = (where: string, cell: DisclosedCell) => vars.push({ where, cell, lo: 0, hi: Infinity }) - 1;
  const cells = table.cells.map((row, i) => row.map((cell, j) => add(`cells[${i}][${j}]`, cell)));
  const rowTotals = table.rowTotals?.map((cell, i) => add(`rowTotals[${i}]`, cell));
  const columnTotals = table.columnTotals?.map((cell, j) => add(`columnTotals[${j}]`, cell));
  const grand = table.grandTotal ? add('grandTotal', table.grandTotal) : undefined;

  const equations: Equation[] = [];
  const sumIs = (parts: number[], total: number[]) =>
    equations.push([...parts.map((v) => [v, 1] as [number, 1]), ...total.map((v) => [v, -1] as [number, -1])]);
  if (options.additive ?? table.additive) {
    rowTotals?.forEach((total, i) => sumIs(cells[i]!, [total]));
    columnTotals?.forEach((total, j) => sumIs(cells.map((row) => row[j]!), [total]));
    if (grand !== undefined) {
      if (rowTotals) sumIs(rowTotals, [grand]);
      if (columnTotals) sumIs(columnTotals, [grand]);
      sumIs(cells.flat(), [grand]);
    } else if (rowTotals && columnTotals) {
      sumIs(rowTotals, columnTotals);
    }
  }

  // A line whose total is hidden as small may hide its zeros too.
  const totalOf = (equation: Equation) => equation.filter(([, c]) => c === -1).map(([v]) => v);
  const mayBeZero = (index: number) =>
    equations.some((equation) => {
      const totals = totalOf(equation);
      if (totals.length !== 1 || totals[0] === index || !equation.some(([v, c]) => v === index && c === 1)) return false;
      const total = vars[totals[0]!]!.cell;
      if (total.suppressed === null) return false;
      return knowsReasons ? total.suppressed === 'PRIMARY' : !(rule.symbol !== rule.secondarySymbol && total.display === rule.secondarySymbol);
    });

  vars.forEach((v, index) => {
    const { cell } = v;
    if (cell.suppressed === null) {
      const shown = cell.value ?? Number(cell.display);
      if (rule.roundTo && shown > 0) {
        // Halves round up: a shown 10 (nearest 5) is 8 to 12, and shown counts are above the suppressed range.
        v.lo = Math.max(shown - Math.floor(rule.roundTo / 2), rule.suppressTo + 1);
        v.hi = shown + Math.ceil(rule.roundTo / 2) - 1;
      } else {
        v.lo = shown;
        v.hi = shown;
      }
      return;
    }
    const distinctSymbols = rule.symbol !== rule.secondarySymbol;
    const primary = knowsReasons ? cell.suppressed === 'PRIMARY' : distinctSymbols && cell.display === rule.symbol;
    const secondary = knowsReasons ? cell.suppressed === 'SECONDARY' : distinctSymbols && cell.display === rule.secondarySymbol;
    const low = mayBeZero(index) ? 0 : rule.suppressFrom;
    if (primary) [v.lo, v.hi] = [low, rule.suppressTo];
    else if (secondary) [v.lo, v.hi] = [rule.suppressTo + 1, Infinity];
    else [v.lo, v.hi] = [low, Infinity];
  });

  const recovered: Recovered[] = [];
  const hidden = (index: number) => vars[index]!.cell.suppressed !== null;

  if (!rule.roundTo) {
    const known = new Map<number, number>();
    vars.forEach((v, index) => {
      if (!hidden(index)) known.set(index, v.lo);
    });
    let progress = true;
    while (progress) {
      progress = false;
      for (const equation of equations) {
        const unknown = equation.filter(([v]) => !known.has(v));
        if (unknown.length !== 1) continue;
        const [index, coefficient] = unknown[0]!;
        const rest = equation.filter(([v]) => v !== index).reduce((sum, [v, c]) => sum + c * known.get(v)!, 0);
        const value = -rest / coefficient;
        known.set(index, value);
        recovered.push({ where: vars[index]!.where, value, method: 'LINE' });
        progress = true;
      }
    }
  }

  const maxPasses = options.maxPasses ?? 2000;
  for (let pass = 0; pass < maxPasses; pass += 1) {
    let changed = false;
    for (const equation of equations) {
      for (const [index, coefficient] of equation) {
        // coefficient × x = −Σ others; each other term c×y spans [c×lo, c×hi] or [c×hi, c×lo].
        let low = 0;
        let high = 0;
        for (const [other, c] of equation) {
          if (other === index) continue;
          const { lo, hi } = vars[other]!;
          if (c === 1) {
            low -= hi;
            high -= lo;
          } else {
            low += lo;
            high += hi;
          }
        }
        const [newLo, newHi] = coefficient === 1 ? [low, high] : [-high, -low];
        const v = vars[index]!;
        if (newLo > v.lo) {
          v.lo = newLo;
          changed = true;
        }
        if (newHi < v.hi) {
          v.hi = newHi;
          changed = true;
        }
        if (v.lo > v.hi) throw new Error(`the published table contradicts itself at ${v.where}: ${v.lo} > ${v.hi}`);
      }
    }
    if (!changed) break;
  }

  vars.forEach((v, index) => {
    if (hidden(index) && v.lo === v.hi && !recovered.some((r) => r.where === v.where)) {
      recovered.push({ where: v.where, value: v.lo, method: 'BOUNDS' });
    }
  });
  return { recovered, intervals: new Map(vars.map((v) => [v.where, [v.lo, v.hi]])) };
}
