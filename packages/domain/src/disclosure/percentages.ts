/**
 * Percentages with their base (e.g. responded to in time: 5 of 8). A shown
 * percentage and a shown base give the count back, so a percentage is
 * withheld wherever its count or its base is hidden, and whenever the base is
 * under the rule's minimum. With rounding rules the percentage is worked out
 * from the rounded count and base, as NHS England does, so it tells a reader
 * nothing the rounded figures do not.
 */
import { tableModel, type CountTable } from './count-table';
import { discloseTable, type DisclosedTable } from './disclose-table';
import { disclosureNote } from './note';
import { discloseCount, type DisclosedCell } from './primary';
import { assertCount, disclosureRule, isSmallCount, NOT_APPLICABLE_SYMBOL, roundCount, type DisclosureRule, type DisclosureRuleId } from './rules';

/**
 * withheld: SMALL_BASE when the base is under rule.minPercentBase (or, in a
 * table, hidden to protect another base); NUMERATOR_SUPPRESSED when the count
 * behind the percentage is hidden.
 * A base of 0 shows NOT_APPLICABLE_SYMBOL ('-') rather than a confidentiality mark.
 */
export interface DisclosedPercentage {
  percent: number | null;
  display: string;
  base: DisclosedCell;
  withheld: 'SMALL_BASE' | 'NUMERATOR_SUPPRESSED' | null;
}

export interface PercentageOptions {
  /** Decimal places: 1 by default, 0 under rounding rules. */
  decimals?: number;
}

function decimalsFor(rule: DisclosureRule, options: PercentageOptions): number {
  const decimals = options.decimals ?? (rule.roundTo ? 0 : 1);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 4) throw new RangeError(`decimals must be 0 to 4, not ${decimals}`);
  return decimals;
}

function percentageOf(
  numerator: number,
  base: number,
  numeratorHidden: boolean,
  baseCell: DisclosedCell,
  rule: DisclosureRule,
  decimals: number,
): DisclosedPercentage {
  if (base === 0) return { percent: null, display: NOT_APPLICABLE_SYMBOL, base: baseCell, withheld: 'SMALL_BASE' };
  const withheld = (reason: 'SMALL_BASE' | 'NUMERATOR_SUPPRESSED'): DisclosedPercentage => ({
    percent: null,
    display: rule.secondarySymbol,
    base: baseCell,
    withheld: reason,
  });
  if (base < rule.minPercentBase) return withheld('SMALL_BASE');
  if (numeratorHidden) return withheld('NUMERATOR_SUPPRESSED');
  // A base hidden to protect another base: the percentage and its count would give it back.
  if (baseCell.suppressed) return withheld('SMALL_BASE');
  const factor = 10 ** decimals;
  const percent = Math.round(((100 * roundCount(numerator, rule)) / roundCount(base, rule)) * factor) / factor;
  return { percent, display: `${percent.toFixed(decimals)}%`, base: baseCell, withheld: null };
}

function checkPair(numerator: number, base: number, where: string): void {
  assertCount(numerator, `${where} numerator`);
  assertCount(base, `${where} base`);
  if (numerator > base) throw new RangeError(`${where}: numerator ${numerator} is larger than its base ${base}`);
}

/** One percentage with its base, published on its own (no table of counts beside it). */
export function disclosePercentage(
  numerator: number,
  base: number,
  ruleId: DisclosureRuleId,
  options: PercentageOptions = {},
): DisclosedPercentage {
  const rule = disclosureRule(ruleId);
  checkPair(numerator, base, 'percentage');
  return percentageOf(numerator, base, isSmallCount(numerator, rule), discloseCount(base, ruleId), rule, decimalsFor(rule, options));
}

export interface DisclosedPercentageTable {
  percentages: DisclosedPercentage[][];
  /** Percentages of the margins, where both tables have that margin. */
  rowTotals?: DisclosedPercentage[];
  columnTotals?: DisclosedPercentage[];
  grandTotal?: DisclosedPercentage;
  numerators: DisclosedTable;
  bases: DisclosedTable;
  /** Percentages withheld for a small or hidden base or a hidden count (bases of 0 not counted). */
  withheldCount: number;
  note: string | null;
}

/**
 * For a table of percentages whose numerators form a table (e.g. % responded
 * to in time by service area by month): both tables of counts are protected,
 * and percentages are withheld wherever the numerator or base is suppressed,
 * so a shown percentage and base never reveal a hidden count.
 */
export function disclosePercentageTable(
  numerators: CountTable,
  bases: CountTable,
  ruleId: DisclosureRuleId,
  options: PercentageOptions = {},
): DisclosedPercentageTable {
  const rule = disclosureRule(ruleId);
  const decimals = decimalsFor(rule, options);
  const n = tableModel(numerators);
  const b = tableModel(bases);
  if (n.rows !== b.rows || n.columns !== b.columns) {
    throw new RangeError(`numerators (${n.rows}×${n.columns}) and bases (${b.rows}×${b.columns}) must have the same shape`);
  }
  n.entries.forEach((entry, id) => {
    if (entry.kind === 'cell') checkPair(entry.value, b.entries[id]!.value, `cells[${entry.row}][${entry.column}]`);
  });
  const disclosedNumerators = discloseTable(numerators, ruleId);
  const disclosedBases = discloseTable(bases, ruleId);
  const pair = (numerator: number | undefined, base: number | undefined, nCell: DisclosedCell | undefined, bCell: DisclosedCell | undefined, where: string) => {
    checkPair(numerator ?? 0, base ?? 0, where);
    return percentageOf(numerator ?? 0, base ?? 0, nCell?.suppressed != null, bCell!, rule, decimals);
  };
  const result: DisclosedPercentageTable = {
    percentages: numerators.cells.map((row, i) =>
      row.map((value, j) =>
        pair(value, bases.cells[i]![j], disclosedNumerators.cells[i]![j], disclosedBases.cells[i]![j], `cells[${i}][${j}]`),
      ),
    ),
    numerators: disclosedNumerators,
    bases: disclosedBases,
    withheldCount: 0,
    note: null,
  };
  if (numerators.rowTotals && bases.rowTotals) {
    result.rowTotals = numerators.rowTotals.map((value, i) =>
      pair(value, bases.rowTotals![i], disclosedNumerators.rowTotals![i], disclosedBases.rowTotals![i], `rowTotals[${i}]`),
    );
  }
  if (numerators.columnTotals && bases.columnTotals) {
    result.columnTotals = numerators.columnTotals.map((value, j) =>
      pair(value, bases.columnTotals![j], disclosedNumerators.columnTotals![j], disclosedBases.columnTotals![j], `columnTotals[${j}]`),
    );
  }
  if (numerators.grandTotal !== undefined && bases.grandTotal !== undefined) {
    result.grandTotal = pair(numerators.grandTotal, bases.grandTotal, disclosedNumerators.grandTotal, disclosedBases.grandTotal, 'grandTotal');
  }
  const all = [...result.percentages.flat(), ...(result.rowTotals ?? []), ...(result.columnTotals ?? [])];
  if (result.grandTotal) all.push(result.grandTotal);
  result.withheldCount = all.filter((p) => p.withheld !== null && p.base.value !== 0).length;
  result.note = disclosureNote(
    ruleId,
    disclosedNumerators.suppressedCount + disclosedBases.suppressedCount,
    disclosedNumerators.rounded || disclosedBases.rounded,
    { percentagesWithheld: result.withheldCount },
  );
  return result;
}
