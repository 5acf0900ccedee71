/**
 * Reads a social care activity CSV (table 6): one row per financial year, with
 * the columns financial_year, referrals, initial_assessments and
 * looked_after_children (headings as spreadsheets write them, e.g.
 * "Financial year", are accepted). Every row passes the same checks as the
 * saveServiceActivity mutation; any problem means nothing is saved.
 */
import type { FieldProblem } from '../graphql/errors';
import { checkServiceActivity, type ActivityFigure, type ServiceActivityFigures } from '../service-activity/service-activity-validation';
import { normalizeHeading } from './contact-columns';
import type { ImportProblem } from './contact-import';
import { readCsv } from './csv-reader';

/** A few rows a year: small files, read whole. */
export const SERVICE_ACTIVITY_IMPORT_LIMITS = { maxBytes: 1024 * 1024, maxRows: 1000 };

const COLUMNS: ReadonlyArray<readonly [string, 'financialYear' | ActivityFigure]> = [
  ['financial_year', 'financialYear'],
  ['referrals', 'referrals'],
  ['initial_assessments', 'initialAssessments'],
  ['looked_after_children', 'lookedAfterChildren'],
];
const COLUMN_OF_FIELD = new Map(COLUMNS.map(([column, field]) => [field as string, column]));

export type ServiceActivityRead = { ok: true; rows: ServiceActivityFigures[] } | { ok: false; problems: ImportProblem[]; rows: number };

/** A whole number as a spreadsheet may write it ("1234" or "1,234"); NaN otherwise. */
export function wholeNumberCell(cell: string): number {
  const text = cell.trim();
  return /^(\d+|\d{1,3}(,\d{3})+)$/.test(text) ? Number(text.replace(/,/g, '')) : Number.NaN;
}

export function readServiceActivityCsv(bytes: Uint8Array): ServiceActivityRead {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, rows: 0, problems: [{ line: 1, row: 1, field: null, message: 'the file is not UTF-8; in Excel use Save As → "CSV UTF-8 (Comma delimited)"' }] };
  }
  const [header, ...records] = readCsv(text).filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!header) return { ok: false, rows: 0, problems: [{ line: 1, row: 1, field: null, message: 'the file is empty: the first row must name the columns' }] };

  const problems: ImportProblem[] = [];
  const at = (r: { line: number; row: number }, p: FieldProblem | { field: string | null; message: string }) => problems.push({ line: r.line, row: r.row, ...p });
  const position = new Map<string, number>();
  header.cells.forEach((cell, i) => {
    const name = normalizeHeading(cell);
    if (name === '') return;
    if (!COLUMNS.some(([column]) => column === name)) at(header, { field: cell.trim(), message: `unknown column; the columns are ${COLUMNS.map(([c]) => c).join(', ')}` });
    else if (position.has(name)) at(header, { field: name, message: 'the column appears twice' });
    else position.set(name, i);
  });
  for (const [column] of COLUMNS) if (!position.has(column)) at(header, { field: column, message: 'this required column is missing from the header row' });
  if (problems.length) return { ok: false, rows: records.length, problems };
  if (records.length > SERVICE_ACTIVITY_IMPORT_LIMITS.maxRows) {
    return { ok: false, rows: records.length, problems: [{ line: 1, row: 1, field: null, message: `more than ${SERVICE_ACTIVITY_IMPORT_LIMITS.maxRows} rows` }] };
  }

  const rows: ServiceActivityFigures[] = [];
  const lineOfYear = new Map<string, number>();
  for (const record of records) {
    if (record.error) {
      at(record, { field: null, message: record.error });
      continue;
    }
    const cell = (column: string) => record.cells[position.get(column)!] ?? '';
    const checked = checkServiceActivity({
      financialYear: cell('financial_year'),
      referrals: wholeNumberCell(cell('referrals')),
      initialAssessments: wholeNumberCell(cell('initial_assessments')),
      lookedAfterChildren: wholeNumberCell(cell('looked_after_children')),
    });
    const year = cell('financial_year').trim();
    const earlier = lineOfYear.get(year);
    if (earlier !== undefined) at(record, { field: 'financial_year', message: `${year} is already on line ${earlier}` });
    else if (year) lineOfYear.set(year, record.line);
    if (!checked.ok) {
      for (const p of checked.problems) {
        const column = COLUMN_OF_FIELD.get(p.field) ?? p.field;
        const given = cell(column);
        const message = p.field === 'financialYear' ? p.message : `must be a whole number of 0 or more, not '${given}'`;
        at(record, { field: column, message });
      }
      continue;
    }
    rows.push(checked.value);
  }
  return problems.length ? { ok: false, rows: records.length, problems } : { ok: true, rows };
}
