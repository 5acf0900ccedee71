/**
 * What a reader can know about each figure of a published table, as an
 * interval of whole numbers, and how far the table's lines narrow those
 * intervals (interval constraint propagation). The secondary suppression
 * audits its own output with this; a hidden figure whose interval closes to
 * one number has been disclosed.
 *
 * The reader is assumed to know the rule and why each figure is hidden:
 * - a shown figure is exact, or (rounding rules) anything that rounds to it;
 * - a figure hidden for being small is in the rule's range (1 to 4 …), or 0
 *   to 4 when it is in a line whose total is itself hidden as small (such
 *   lines hide their zeros too);
 * - a figure hidden to protect another is above the range (zeros are never
 *   hidden for that reason), with no upper limit of its own.
 */
import type { TableLine, TableModel } from './count-table';
import type { SuppressionReason } from './primary';
import { protectionWidth, roundCount, roundedRange, type DisclosureRule } from './rules';

export type EntryState = 'SHOWN' | SuppressionReason;

/** Closed intervals per entry id; hi may be Infinity. */
export interface Intervals {
  lo: number[];
  hi: number[];
}

/** Whether an entry is in a line whose single total is hidden as small (so its zeros may be hidden too). */
export function inSmallLine(model: TableModel, states: readonly EntryState[], id: number): boolean {
  return model.linesOf[id]!.some((index) => {
    const line = model.lines[index]!;
    return line.total !== null && line.total !== id && states[line.total] === 'PRIMARY';
  });
}

export function publicIntervals(model: TableModel, states: readonly EntryState[], rule: DisclosureRule): Intervals {
  const lo: number[] = [];
  const hi: number[] = [];
  model.entries.forEach((entry, id) => {
    const state = states[id];
    if (state === 'PRIMARY') {
      lo.push(inSmallLine(model, states, id) ? 0 : rule.suppressFrom);
      hi.push(rule.suppressTo);
    } else if (state === 'SECONDARY') {
      lo.push(rule.suppressTo + 1);
      hi.push(Infinity);
    } else {
      const range = roundedRange(roundCount(entry.value, rule), rule);
      lo.push(range.low);
      hi.push(range.high);
    }
  });
  return { lo, hi };
}

interface SideSums {
  lo: number;
  finiteHi: number;
  infinite: number;
}

function sideSums(ids: readonly number[], iv: Intervals): SideSums {
  const sums = { lo: 0, finiteHi: 0, infinite: 0 };
  for (const id of ids) {
    sums.lo += iv.lo[id]!;
    const hi = iv.hi[id]!;
    if (hi === Infinity) sums.infinite += 1;
    else sums.finiteHi += hi;
  }
  return sums;
}

function hiWithout(sums: SideSums, hi: number): number {
  const infinite = sums.infinite - (hi === Infinity ? 1 : 0);
  return infinite > 0 ? Infinity : sums.finiteHi - (hi === Infinity ? 0 : hi);
}

function implied(own: SideSums, other: SideSums, lo: number, hi: number): { lo: number; hi: number } {
  const otherHi = other.infinite > 0 ? Infinity : other.finiteHi;
  return { lo: other.lo - hiWithout(own, hi), hi: otherHi - (own.lo - lo) };
}

/** The interval a line alone allows an entry of it, given the other entries' intervals. */
export function impliedInterval(line: TableLine, id: number, iv: Intervals): { lo: number; hi: number } {
  const onLeft = line.left.includes(id);
  const own = sideSums(onLeft ? line.left : line.right, iv);
  const other = sideSums(onLeft ? line.right : line.left, iv);
  return implied(own, other, iv.lo[id]!, iv.hi[id]!);
}

/**
 * Narrows every interval by every line until nothing changes (or maxPasses,
 * after which the intervals are still sound, only perhaps wider than they
 * could be). Throws if the intervals contradict each other: the knowledge
 * model would then be wrong about the table, which is a bug.
 */
export function tightenIntervals(lines: readonly TableLine[], iv: Intervals, maxPasses = 500): Intervals {
  for (let pass = 0; pass < maxPasses; pass += 1) {
    let changed = false;
    for (const line of lines) {
      // Sums taken once per line and pass. Each entry is narrowed once, after its own
      // contribution was summed; others narrowed meanwhile only make the sums looser, never wrong.
      const left = sideSums(line.left, iv);
      const right = sideSums(line.right, iv);
      const narrow = (ids: readonly number[], own: SideSums, other: SideSums) => {
        for (const id of ids) {
          const next = implied(own, other, iv.lo[id]!, iv.hi[id]!);
          if (next.lo > iv.lo[id]!) {
            iv.lo[id] = next.lo;
            changed = true;
          }
          if (next.hi < iv.hi[id]!) {
            iv.hi[id] = next.hi;
            changed = true;
          }
          if (iv.lo[id]! > iv.hi[id]!) throw new Error(`disclosure bounds contradict each other at entry ${id}`);
        }
      };
      narrow(line.left, left, right);
      narrow(line.right, right, left);
    }
    if (!changed) break;
  }
  return iv;
}

/** The hidden entries a reader can pin to one number, with the intervals that pin them. */
export function pinnedEntries(model: TableModel, states: readonly EntryState[], rule: DisclosureRule): { pinned: number[]; iv: Intervals } {
  const iv = tightenIntervals(model.lines, publicIntervals(model, states, rule));
  const pinned = model.entries.map((_, id) => id).filter((id) => states[id] !== 'SHOWN' && iv.lo[id] === iv.hi[id]);
  return { pinned, iv };
}

/**
 * The range a reader knows an entry is in before any line narrows it: a
 * figure hidden as small is in the rule's range (from 0 in a small line), one
 * hidden to protect another is above it, a shown one is what it shows.
 */
export function ownRange(model: TableModel, states: readonly EntryState[], rule: DisclosureRule, id: number): { lo: number; hi: number } {
  const state = states[id];
  if (state === 'PRIMARY') return { lo: inSmallLine(model, states, id) ? 0 : rule.suppressFrom, hi: rule.suppressTo };
  if (state === 'SECONDARY') return { lo: rule.suppressTo + 1, hi: Infinity };
  const range = roundedRange(roundCount(model.entries[id]!.value, rule), rule);
  return { lo: range.low, hi: range.high };
}

/**
 * How many whole numbers a hidden entry must still be able to be once every
 * line has narrowed it: the rule's protection width (see rules.ts), or its
 * whole own range when that is narrower (a small count in a small line is 0 to 4).
 */
export function requiredValues(model: TableModel, states: readonly EntryState[], rule: DisclosureRule, id: number): number {
  const own = ownRange(model, states, rule, id);
  return Math.min(protectionWidth(rule), own.hi - own.lo + 1);
}

/** The hidden entries a reader can narrow to fewer values than requiredValues, with the intervals that narrow them. */
export function underprotectedEntries(model: TableModel, states: readonly EntryState[], rule: DisclosureRule): { entries: number[]; iv: Intervals } {
  const iv = tightenIntervals(model.lines, publicIntervals(model, states, rule));
  const entries = model.entries
    .map((_, id) => id)
    .filter((id) => states[id] !== 'SHOWN' && iv.hi[id]! - iv.lo[id]! + 1 < requiredValues(model, states, rule, id));
  return { entries, iv };
}
