/**
 * The SQL that computes rollup rows from `contact`: one INSERT … SELECT … GROUP BY
 * per rollup and month range (the month is the first column of the contact's
 * trend index) or per cell (a month and the rollup's key values), and the same
 * SELECT alone for the check.
 */
import { COUNT_COLUMNS, PERIOD_COLUMNS, type RollupDefinition } from './rollup-definitions';

/** The columns of a rollup's rows, in table order (without rowInMonth). */
export function rollupColumns(definition: RollupDefinition): string[] {
  return [...PERIOD_COLUMNS, ...definition.keys, ...(definition.histogram ? ['contacts'] : Object.keys(COUNT_COLUMNS))];
}

/** Contacts counted by the rollup: a histogram counts only those responded to. */
function where(definition: RollupDefinition, months: number | 'all'): string {
  const conditions = [
    ...(months === 'all' ? [] : [`c.receivedMonth IN (${new Array(months).fill('?').join(', ')})`]),
    ...(definition.histogram ? ['c.workingDaysToResponse IS NOT NULL'] : []),
  ];
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

/**
 * SELECT of the rows the rollup should hold for `months` placeholders (or every month):
 * from the contacts, or (fromBase false) re-summed from the rollup it is derived from.
 */
export function rollupSelect(definition: RollupDefinition, months: number | 'all', rowNumber: boolean, fromBase = true): string {
  const groups = [...PERIOD_COLUMNS, ...definition.keys].map((k) => `c.${k}`);
  if (definition.derivedFrom && !fromBase) {
    const counts = definition.histogram ? ['contacts'] : Object.keys(COUNT_COLUMNS);
    const monthList = months === 'all' ? '' : ` WHERE c.receivedMonth IN (${new Array(months).fill('?').join(', ')})`;
    const selected = [...groups.map((g, i) => `${g} AS ${[...PERIOD_COLUMNS, ...definition.keys][i]}`), ...counts.map((c) => `SUM(c.${c}) AS ${c}`)];
    const rowInMonth = rowNumber ? [', ROW_NUMBER() OVER (PARTITION BY c.receivedMonth) AS rowInMonth'] : [];
    return `SELECT ${selected.join(', ')}${rowInMonth.join('')} FROM ${definition.derivedFrom} c${monthList} GROUP BY ${groups.join(', ')}`;
  }
  const counts = definition.histogram ? ['COUNT(*)'] : Object.values(COUNT_COLUMNS);
  const rowInMonth = rowNumber ? ['ROW_NUMBER() OVER (PARTITION BY c.receivedMonth)'] : [];
  const columns = rollupColumns(definition);
  const selected = [...groups, ...counts].map((sql, i) => `${sql} AS ${columns[i]}`);
  return `SELECT ${[...selected, ...rowInMonth.map((r) => `${r} AS rowInMonth`)].join(', ')} FROM contact c ${where(definition, months)} GROUP BY ${groups.join(', ')}`;
}

export function rollupRefreshStatements(definition: RollupDefinition, months: number | 'all'): string[] {
  const columns = rollupColumns(definition);
  const monthList = months === 'all' ? '' : ` WHERE receivedMonth IN (${new Array(months).fill('?').join(', ')})`;
  return [
    `DELETE FROM ${definition.table}${monthList}`,
    `INSERT INTO ${definition.table} (${[...columns, 'rowInMonth'].join(', ')}) ${rollupSelect(definition, months, true, false)}`,
  ];
}

/** One cell of a rollup: a month and the values of the rollup's keys, in `definition.keys` order. */
export interface RollupCell {
  month: string;
  values: ReadonlyArray<string | number | null>;
  /**
   * The month's quarter and financial year (they follow from the month), when known: an area cell's source
   * query then names every period column, so the service-area index (area, year, quarter, month, …) seeks
   * straight to the cell's few contacts instead of reading the area's whole history.
   */
  periods?: { quarter: string; financialYear: string };
}

/** `c.month = ? AND c.key = ? …` for a cell (`IS NULL` for a null key), with its parameters. */
function cellWhere(definition: RollupDefinition, cell: RollupCell, alias: string): { sql: string; params: unknown[] } {
  const prefix = alias ? `${alias}.` : '';
  const parts = [`${prefix}receivedMonth = ?`];
  const params: unknown[] = [cell.month];
  // Only where the index to use puts the periods before the month (a service area's or division's): elsewhere
  // they would tempt the planner into the year's or quarter's index, which reads far more.
  if (alias && cell.periods && definition.keys.some((k) => k === 'primaryServiceAreaId' || k === 'divisionId')) {
    parts.push(`${prefix}receivedFinancialYear = ?`, `${prefix}receivedQuarter = ?`);
    params.push(cell.periods.financialYear, cell.periods.quarter);
  }
  definition.keys.forEach((key, i) => {
    const value = cell.values[i];
    if (value === null) parts.push(`${prefix}${key} IS NULL`);
    else {
      parts.push(`${prefix}${key} = ?`);
      params.push(value);
    }
  });
  return { sql: parts.join(' AND '), params };
}

/**
 * The statements that rewrite one cell from its source (the contacts, or the rollup it is derived from):
 * delete its row(s), and insert the cell afresh under the month's next row numbers (read in the same
 * statement: each round trip inside the rollup lock waits its turn on a busy API's event loop)
 * (nothing when no contact is left in it). The cell names every grouped column but the quarter and year,
 * which follow from the month, so that is one row (ROW_NUMBER keeps the numbers apart should a month's
 * contacts ever disagree on them). Writers of a month are serialised (the rollup lock on MySQL, SQLite's
 * single writer), so the numbers read are still free when the INSERT runs.
 */
/** `mysql`: name the cell's contact index (definition.cellIndex) for MySQL/MariaDB's planner. */
export function rollupCellStatements(definition: RollupDefinition, cell: RollupCell, mysql = false) {
  const here = cellWhere(definition, cell, '');
  const source = cellWhere(definition, cell, 'c');
  const fromBase = !definition.derivedFrom;
  const groups = [...PERIOD_COLUMNS, ...definition.keys].map((k) => `c.${k}`);
  const columns = rollupColumns(definition);
  const counts = fromBase
    ? definition.histogram
      ? ['COUNT(*)']
      : Object.values(COUNT_COLUMNS)
    : (definition.histogram ? ['contacts'] : Object.keys(COUNT_COLUMNS)).map((c) => `SUM(c.${c})`);
  const selected = [...groups, ...counts].map((sql, i) => `${sql} AS ${columns[i]}`);
  const conditions = [source.sql, ...(fromBase && definition.histogram ? ['c.workingDaysToResponse IS NOT NULL'] : [])];
  const hint = mysql && fromBase && definition.cellIndex ? ` USE INDEX (${definition.cellIndex})` : '';
  return {
    delete: { sql: `DELETE FROM ${definition.table} WHERE ${here.sql}`, params: here.params },
    insert: {
      sql:
        `INSERT INTO ${definition.table} (${[...columns, 'rowInMonth'].join(', ')}) ` +
        `SELECT ${selected.join(', ')}, ` +
        `(SELECT COALESCE(MAX(r.rowInMonth), 0) FROM ${definition.table} r WHERE r.receivedMonth = ?) + ROW_NUMBER() OVER () AS rowInMonth ` +
        `FROM ${fromBase ? 'contact' : definition.derivedFrom} c${hint} WHERE ${conditions.join(' AND ')} GROUP BY ${groups.join(', ')}`,
      params: [cell.month, ...source.params],
    },
  };
}
