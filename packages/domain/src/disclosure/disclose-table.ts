/** Disclosure control of a whole table: the one entry point the embeds, images and public downloads use. */
import { tableModel, type CountTable } from './count-table';
import { disclosureNote } from './note';
import { shownCell, suppressedCell, type DisclosedCell } from './primary';
import { disclosureRule, type DisclosureRuleId } from './rules';
import { suppressionStates } from './secondary';

export interface DisclosedTable {
  cells: DisclosedCell[][];
  rowTotals?: DisclosedCell[];
  columnTotals?: DisclosedCell[];
  grandTotal?: DisclosedCell;
  rule: DisclosureRuleId;
  /** As given in the CountTable (default true): whether the totals are sums a reader can subtract from. */
  additive: boolean;
  /** Cells and totals suppressed, for either reason. */
  suppressedCount: number;
  /** Of which hidden to protect another figure. */
  secondaryCount: number;
  /** Whether shown counts were rounded (the rule rounds and something non-zero is shown). */
  rounded: boolean;
  /** null when nothing was suppressed or rounded; otherwise names the rule and says "suppressed" (or "rounded"). */
  note: string | null;
}

export function discloseTable(table: CountTable, ruleId: DisclosureRuleId): DisclosedTable {
  const rule = disclosureRule(ruleId);
  const model = tableModel(table);
  const states = suppressionStates(model, rule);
  const cellOf = (id: number): DisclosedCell => {
    const state = states[id]!;
    return state === 'SHOWN' ? shownCell(model.entries[id]!.value, rule) : suppressedCell(state, rule);
  };
  const suppressedCount = states.filter((state) => state !== 'SHOWN').length;
  const rounded = rule.roundTo !== null && model.entries.some((entry, id) => states[id] === 'SHOWN' && entry.value !== 0);
  const result: DisclosedTable = {
    cells: model.cellIds.map((row) => row.map(cellOf)),
    rule: rule.id,
    additive: model.additive,
    suppressedCount,
    secondaryCount: states.filter((state) => state === 'SECONDARY').length,
    rounded,
    note: disclosureNote(rule.id, suppressedCount, rounded),
  };
  if (model.rowTotalIds) result.rowTotals = model.rowTotalIds.map(cellOf);
  if (model.columnTotalIds) result.columnTotals = model.columnTotalIds.map(cellOf);
  if (model.grandTotalId !== null) result.grandTotal = cellOf(model.grandTotalId);
  return result;
}
