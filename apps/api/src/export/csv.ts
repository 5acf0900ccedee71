/**
 * CSV that spreadsheets open safely: RFC 4180 quoting, and text that a
 * spreadsheet would read as a formula is defused with an apostrophe (OWASP's
 * advice on CSV injection). Numbers are written as numbers, so negative
 * figures stay numeric.
 */
export type CsvCell = string | number | null | undefined;

/** What starts a formula, once full-width forms (＝ ＋ － ＠) are folded by NFKC and spaces trimmed. */
const FORMULA_START = /^[=+\-@]/;
/** Control characters some spreadsheets skip before looking for a formula. */
const CONTROL_START = /^[\t\r]/;

function startsLikeFormula(segment: string): boolean {
  return FORMULA_START.test(segment.normalize('NFKC').trim());
}

/**
 * Puts an apostrophe before every part of the text that could start a formula:
 * the cell itself, and each part after a `;` or `,`, because a spreadsheet set
 * up for another list separator (`;` in much of Europe) splits the line there
 * and would read that part as a cell of its own. Text without such parts is unchanged.
 */
export function defuseFormulas(text: string): string {
  // Split after each separator, keeping it with the part before.
  const parts = text.split(/(?<=[;,])/);
  return parts
    .map((part, i) => ((i === 0 && CONTROL_START.test(part)) || startsLikeFormula(part) ? `'${part}` : part))
    .join('');
}

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = defuseFormulas(value);
  return /[",\r\n']/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends and a BOM so Excel reads UTF-8 names correctly. */
export function toCsv(rows: CsvCell[][]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
