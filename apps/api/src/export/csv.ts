/**
 * CSV that spreadsheets open safely: RFC 4180 quoting, and any text cell that a
 * spreadsheet would read as a formula (=, +, -, @, tab, carriage return) is
 * prefixed with an apostrophe (OWASP's advice on CSV injection). Numbers are
 * written as numbers, so negative figures stay numeric.
 */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n']/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends and a BOM so Excel reads UTF-8 names correctly. */
export function toCsv(rows: CsvCell[][]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
