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
import type { CountTable } from '../count-table';
import { discloseTable, type DisclosedTable } from '../disclose-table';
import type { DisclosedCell } from '../primary';
import { DISCLOSURE_RULES, type DisclosureRuleId } from '../rules';

export interface Recovered {
  /** 'cells[1][2]', 'rowTotals[0]', 'columnTotals[3]' or 'grandTotal' */
  where: string;
  value: number;
  /** LINE: subtraction; BOUNDS: intervals over the table; ALGORITHM: replaying the publisher (knowsAlgorithm). */
  method: 'LINE' | 'BOUNDS' | 'ALGORITHM';
}

export interface AttackOptions {
  /** Whether totals are the sums of their cells; default: the table's own `additive`. */
  additive?: boolean;
  /** Whether the reader knows why each figure is hidden (PRIMARY or SECONDARY). Default true: the worst case. */
  knowsReasons?: boolean;
  maxPasses?: number;
  /**
   * Whether the reader knows how the publisher chooses what to hide (default
   * true: the worst case). The reader then tries every table of true counts
   * that agrees with what is published, runs the publisher on it, and keeps
   * those that come out the same (see `algorithm` in the result).
   */
  knowsAlgorithm?: boolean;
  /** The publisher the reader replays; default discloseTable. */
  algorithm?: (table: CountTable, rule: DisclosureRuleId) => DisclosedTable;
  /** How far above its lowest value a hidden figure with no upper bound is tried (default 40). */
  unboundedSpan?: number;
  /** Most search steps for the replay (default 20,000); beyond it the replay gives up and says so. */
  budget?: number;
}

export interface AlgorithmKnowledge {
  /** false when the search gave up (budget); then `possible` may miss values and nothing is recovered from it. */
  complete: boolean;
  /** Tables of true counts that agree with what is published. */
  candidates: number;
  /** Of which the publisher turns into exactly the published table (the true one among them). */
  matches: number;
  /** For each hidden figure, the values it has across the matching tables. */
  possible: Map<string, number[]>;
}

export interface AttackResult {
  recovered: Recovered[];
  /** The interval the reader ends with for every figure, by position. */
  intervals: Map<string, [number, number]>;
  /** What a reader who knows the algorithm learns (when knowsAlgorithm and the totals add up). */
  algorithm?: AlgorithmKnowledge;
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

  const contradiction = tighten(vars, equations, options.maxPasses ?? 2000);
  if (contradiction) throw new Error(`the published table contradicts itself at ${contradiction}`);

  vars.forEach((v, index) => {
    if (hidden(index) && v.lo === v.hi && !recovered.some((r) => r.where === v.where)) {
      recovered.push({ where: v.where, value: v.lo, method: 'BOUNDS' });
    }
  });
  const result: AttackResult = { recovered, intervals: new Map(vars.map((v) => [v.where, [v.lo, v.hi]])) };
  if ((options.knowsAlgorithm ?? false) && (options.additive ?? table.additive) && vars.some((_, index) => hidden(index))) {
    const replay = replayAlgorithm(table, vars, equations, { cells, rowTotals, columnTotals, grand }, knowsReasons, options);
    result.algorithm = replay;
    if (replay.complete && replay.matches > 0) {
      for (const [where, values] of replay.possible) {
        if (values.length === 1 && !recovered.some((r) => r.where === where)) recovered.push({ where, value: values[0]!, method: 'ALGORITHM' });
      }
    }
  }
  return result;
}

/**
 * Narrows every interval by every equation until nothing changes; returns
 * where the intervals first contradict each other, or null.
 */
function tighten(vars: Array<{ where: string; lo: number; hi: number }>, equations: readonly Equation[], maxPasses: number): string | null {
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
        if (v.lo > v.hi) return `${v.where}: ${v.lo} > ${v.hi}`;
      }
    }
    if (!changed) break;
  }
  return null;
}

interface Layout {
  cells: number[][];
  rowTotals: number[] | undefined;
  columnTotals: number[] | undefined;
  grand: number | undefined;
}

/**
 * The reader who knows the algorithm: every table of true counts that agrees
 * with what is published (each figure within what its display allows, every
 * line adding up) is run through the publisher again, and only those that
 * come out exactly as published remain possible. What the hidden figures can
 * be across those tables is what the reader learns, including whatever the
 * choice of figures to hide gives away (a partner chosen as the smallest of
 * its line is at most every candidate still shown; a figure hidden only
 * because an earlier audit failed tells the reader that audit failed).
 */
function replayAlgorithm(
  table: DisclosedTable,
  start: readonly Variable[],
  equations: readonly Equation[],
  layout: Layout,
  knowsReasons: boolean,
  options: AttackOptions,
): AlgorithmKnowledge {
  const publish = options.algorithm ?? discloseTable;
  const span = options.unboundedSpan ?? 40;
  const budget = options.budget ?? 20000;
  const vars = start.map((v) => ({ where: v.where, lo: v.lo, hi: v.hi === Infinity ? v.lo + span : v.hi }));
  const hiddenIds = start.map((v, index) => (v.cell.suppressed !== null ? index : -1)).filter((index) => index >= 0);
  const possible = new Map<string, Set<number>>(hiddenIds.map((index) => [start[index]!.where, new Set<number>()]));
  const published = [...table.cells.flat(), ...(table.rowTotals ?? []), ...(table.columnTotals ?? []), ...(table.grandTotal ? [table.grandTotal] : [])];
  const same = (a: DisclosedCell, b: DisclosedCell) => a.display === b.display && (!knowsReasons || a.suppressed === b.suppressed);
  let nodes = 0;
  let matches = 0;
  let candidates = 0;
  let complete = true;

  const visit = (state: Array<{ where: string; lo: number; hi: number }>): void => {
    if (!complete) return;
    nodes += 1;
    if (nodes > budget) {
      complete = false;
      return;
    }
    if (tighten(state, equations, 200) !== null) return;
    let branch = -1;
    state.forEach((v, index) => {
      if (v.lo < v.hi && (branch < 0 || v.hi - v.lo < state[branch]!.hi - state[branch]!.lo)) branch = index;
    });
    if (branch < 0) {
      candidates += 1;
      const value = (index: number) => state[index]!.lo;
      const candidate: CountTable = { cells: layout.cells.map((row) => row.map(value)) };
      if (layout.rowTotals) candidate.rowTotals = layout.rowTotals.map(value);
      if (layout.columnTotals) candidate.columnTotals = layout.columnTotals.map(value);
      if (layout.grand !== undefined) candidate.grandTotal = value(layout.grand);
      let again: DisclosedTable;
      try {
        again = publish(candidate, table.rule);
      } catch {
        return;
      }
      const out = [...again.cells.flat(), ...(again.rowTotals ?? []), ...(again.columnTotals ?? []), ...(again.grandTotal ? [again.grandTotal] : [])];
      if (out.length !== published.length || out.some((cell, k) => !same(cell, published[k]!))) return;
      matches += 1;
      for (const index of hiddenIds) possible.get(start[index]!.where)!.add(value(index));
      return;
    }
    const { lo, hi } = state[branch]!;
    for (let n = lo; n <= hi && complete; n += 1) {
      visit(state.map((v, index) => (index === branch ? { ...v, lo: n, hi: n } : { ...v })));
    }
  };
  visit(vars);
  return {
    complete,
    candidates,
    matches,
    possible: new Map([...possible].map(([where, values]) => [where, [...values].sort((a, b) => a - b)])),
  };
}
