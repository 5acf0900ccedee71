/**
 * Which figures of a table to hide: primary suppression, then secondary
 * suppression so that no hidden figure can be worked back from the totals.
 *
 * The algorithm, on the table's lines (each row with its total, each column
 * with its total, the row totals and the column totals with the grand total,
 * every cell with the grand total; see count-table.ts):
 *
 * 1. Primary. Every cell or total in the rule's small range (1 to 4 …) is
 *    hidden. Zeros are shown: an empty cell identifies nobody.
 * 2. Small lines. When a line's total is itself hidden as small, all of its
 *    entries are hidden too, zeros included, and so on down (a small grand
 *    total hides the whole table). Otherwise "a total under 5 made of four
 *    non-zero cells" tells the reader each of them is 1. A zero stays shown
 *    when another line already says it is zero (its total is a shown 0).
 * 3. Pairing (rules without rounding). A line with exactly one hidden entry
 *    gives it away by subtraction, so hide one more of its entries: a shown,
 *    non-zero one (a hidden zero protects nothing, since the reader would
 *    still subtract exactly), a cell rather than the total, preferring one
 *    whose crossing line also has exactly one hidden entry (this completes a
 *    rectangle, e.g. a 2×2 block inside the margins), then one that leaves no
 *    crossing line with a single hidden entry, then the nearest to the entry
 *    it protects (the later of two as near). Never by size: the order is
 *    public, and "the smallest" would tell a reader the partner is at most
 *    every candidate still shown (README.md). Only when
 *    every other entry is zero or hidden is the total hidden. Repeat over
 *    rows, columns and grand-total lines until no line has exactly one.
 * 4. Audit. Subtraction on one line is not the only attack: a reader also
 *    knows that a figure hidden as small is 1 to 4 and one hidden to protect
 *    it is 5 or more, and can combine lines. bounds.ts narrows every hidden
 *    figure to the interval the published table allows; any figure whose
 *    interval keeps fewer than the rule's protectionValues (3) whole numbers,
 *    or less than its own range (e.g. two hidden cells of a row that must add
 *    to 8 when each is at most 4), gets another entry hidden, from the line
 *    that narrows it (then its other lines, then lines further away). One more
 *    value than "not pinned" because a figure hidden only because this check
 *    failed tells a reader who knows the algorithm that it failed.
 *    Steps 3 and 4 repeat until the audit finds nothing. With rounding rules
 *    step 3 is skipped: every shown figure is already uncertain by ±2, and
 *    the audit adds suppression only where the bounds still meet.
 *
 * Each round hides at least one more entry, so it ends. Limits (README.md):
 * the audit's interval reasoning is weaker than a full linear-programming
 * attack, the choice is greedy rather than the fewest possible hidden
 * figures, and it protects one table at a time: tables published side by
 * side that share figures must be protected together by their producer.
 */
import type { TableModel } from './count-table';
import { impliedInterval, ownRange, requiredValues, underprotectedEntries, type EntryState, type Intervals } from './bounds';
import { isSmallCount, type DisclosureRule } from './rules';

function entriesOf(model: TableModel, lineIndex: number): number[] {
  const line = model.lines[lineIndex]!;
  return [...line.left, ...line.right];
}

function hiddenIn(model: TableModel, states: readonly EntryState[], lineIndex: number): number {
  return entriesOf(model, lineIndex).filter((id) => states[id] !== 'SHOWN').length;
}

/** Step 2: hide every entry of a line whose total is hidden as small, then un-hide zeros another line shows to be zero. */
export function hideSmallLines(model: TableModel, states: EntryState[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of model.lines) {
      if (line.total === null || states[line.total] !== 'PRIMARY') continue;
      for (const id of line.left) {
        if (states[id] === 'SHOWN') {
          states[id] = 'PRIMARY';
          changed = true;
        }
      }
    }
  }
  const knownZero = (id: number) =>
    model.entries[id]!.value === 0 &&
    model.linesOf[id]!.some((index) => {
      const total = model.lines[index]!.total;
      return total !== null && total !== id && states[total] === 'SHOWN' && model.entries[total]!.value === 0;
    });
  model.entries.forEach((entry, id) => {
    if (entry.value === 0 && states[id] === 'PRIMARY' && knownZero(id)) states[id] = 'SHOWN';
  });
}

/**
 * The best entry of a line to hide next (step 3's order), or null when it has
 * no shown non-zero entry. The order looks at where entries are and which are
 * hidden, never at the hidden values: a reader who knows the order must learn
 * nothing from which entry was chosen (choosing the smallest told them the
 * partner was at most every shown candidate; see README.md). `near` is the
 * entry being protected: among equals, the nearest entry of the line to it
 * wins, then the later one.
 */
function bestCandidate(model: TableModel, states: readonly EntryState[], lineIndex: number, near: number | null): number | null {
  const line = model.lines[lineIndex]!;
  const members = entriesOf(model, lineIndex);
  const anchor = near === null ? -1 : members.indexOf(near);
  let best: { id: number; key: number[] } | null = null;
  members.forEach((id, position) => {
    const entry = model.entries[id]!;
    // Zero or not is public: a shown zero stays shown, and a hidden partner is never zero.
    if (states[id] !== 'SHOWN' || entry.value === 0) return;
    const crossing = model.linesOf[id]!.filter((index) => index !== lineIndex).map((index) => hiddenIn(model, states, index));
    const distance = anchor < 0 ? position : Math.abs(position - anchor);
    const key = [
      line.total === id ? 1 : 0, // the line's own total only when nothing else will do
      entry.kind === 'cell' ? 0 : 1,
      -crossing.filter((n) => n === 1).length, // fixes a crossing line too
      crossing.filter((n) => n === 0).length, // would leave a crossing line with a single hidden entry
      distance,
      anchor >= 0 && position < anchor ? 1 : 0, // after the protected entry before before it
      position,
    ];
    if (!best || compareKeys(key, best.key) < 0) best = { id, key };
  });
  return (best as { id: number } | null)?.id ?? null;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d;
  }
  return 0;
}

/** Step 3: until no line has exactly one hidden entry (or the ones left have nothing to pair with). */
export function pairLines(model: TableModel, states: EntryState[]): void {
  let progress = true;
  while (progress) {
    progress = false;
    for (let index = 0; index < model.lines.length; index += 1) {
      if (hiddenIn(model, states, index) !== 1) continue;
      const lone = entriesOf(model, index).find((id) => states[id] !== 'SHOWN') ?? null;
      const candidate = bestCandidate(model, states, index, lone);
      if (candidate === null) continue;
      states[candidate] = 'SECONDARY';
      progress = true;
    }
  }
}

/**
 * Lines to take a partner from for an under-protected entry: the lines that
 * narrow it on their own first, then its other lines, then lines further out.
 */
function auditCandidate(model: TableModel, states: readonly EntryState[], id: number, iv: Intervals, rule: DisclosureRule): number | null {
  const own = model.linesOf[id]!;
  const required = requiredValues(model, states, rule, id);
  const base = ownRange(model, states, rule, id);
  const narrowing = own.filter((index) => {
    const implied = impliedInterval(model.lines[index]!, id, iv);
    return Math.min(implied.hi, base.hi) - Math.max(implied.lo, base.lo) + 1 < required;
  });
  const byFewestHidden = (a: number, b: number) => hiddenIn(model, states, a) - hiddenIn(model, states, b) || a - b;
  const visited = new Set<number>();
  let ring = [...narrowing.sort(byFewestHidden), ...own.filter((index) => !narrowing.includes(index)).sort(byFewestHidden)];
  while (ring.length > 0) {
    for (const index of ring) {
      visited.add(index);
      const candidate = bestCandidate(model, states, index, id);
      if (candidate !== null) return candidate;
    }
    const next = new Set<number>();
    for (const index of ring) {
      for (const member of entriesOf(model, index)) {
        if (states[member] === 'SHOWN') continue;
        for (const further of model.linesOf[member]!) if (!visited.has(further)) next.add(further);
      }
    }
    ring = [...next].sort(byFewestHidden);
  }
  return null;
}

/** Step 4, repeated with step 3 until every hidden entry keeps enough values or nothing is left to hide. */
export function auditAndExtend(model: TableModel, states: EntryState[], rule: DisclosureRule): void {
  for (let round = 0; round <= model.entries.length; round += 1) {
    const { entries: exposed, iv } = underprotectedEntries(model, states, rule);
    if (exposed.length === 0) return;
    const touched = new Set<number>();
    let added = 0;
    for (const id of exposed) {
      // Something near it was just hidden: audit again before adding more.
      if (model.linesOf[id]!.some((index) => touched.has(index))) continue;
      const candidate = auditCandidate(model, states, id, iv, rule);
      if (candidate === null) continue;
      states[candidate] = 'SECONDARY';
      added += 1;
      for (const index of model.linesOf[candidate]!) touched.add(index);
    }
    if (added === 0) return;
    if (!rule.roundTo) pairLines(model, states);
  }
}

/** Steps 1 to 4: the state of every entry of the table (SHOWN, PRIMARY or SECONDARY). */
export function suppressionStates(model: TableModel, rule: DisclosureRule): EntryState[] {
  const states: EntryState[] = model.entries.map((entry) => (isSmallCount(entry.value, rule) ? 'PRIMARY' : 'SHOWN'));
  if (model.lines.length === 0 || rule.suppressTo < rule.suppressFrom) return states;
  hideSmallLines(model, states);
  if (!rule.roundTo) pairLines(model, states);
  auditAndExtend(model, states, rule);
  return states;
}
