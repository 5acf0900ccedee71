/**
 * Reads the Ombudsman's per-council complaint statistics as CSV: one row per
 * council and year with the published columns. Headings in any order and case
 * ("Complaints received" = complaints_received); lines starting with '#' before
 * or among the rows are comments (the invented sample says so in one). Any
 * problem names its line and column, and nothing is saved.
 */
import { isFinancialYear } from '@complaints/domain';
import { normalizeHeading } from '../import/contact-columns';
import type { ImportProblem } from '../import/contact-import';
import { readCsv } from '../import/csv-reader';
import { wholeNumberCell } from '../import/service-activity-import';

export const OMBUDSMAN_IMPORT_LIMITS = { maxBytes: 2 * 1024 * 1024, maxRows: 5000 };

export const OMBUDSMAN_COLUMNS = [
  'council',
  'financial_year',
  'complaints_received',
  'decided',
  'upheld',
  'upheld_rate',
  'compliance_with_recommendations',
  'satisfactory_remedy_before_ombudsman',
] as const;
type OmbudsmanColumn = (typeof OMBUDSMAN_COLUMNS)[number];
const OPTIONAL: ReadonlySet<OmbudsmanColumn> = new Set(['upheld_rate', 'compliance_with_recommendations', 'satisfactory_remedy_before_ombudsman']);

export interface OmbudsmanStatisticRow {
  councilName: string;
  financialYear: string;
  complaintsReceived: number;
  decided: number;
  upheld: number;
  upheldPercent: number | null;
  compliancePercent: number | null;
  satisfactoryRemedy: number | null;
}

export type OmbudsmanRead = { ok: true; rows: OmbudsmanStatisticRow[] } | { ok: false; problems: ImportProblem[]; rows: number };

/** "62.5", "62.5%" or "63 %" → 62.5; blank → null; NaN when not a percentage 0–100. */
export function percentCell(cell: string): number | null {
  const text = cell.trim().replace(/\s*%$/, '');
  if (text === '') return null;
  if (!/^\d{1,3}(\.\d+)?$/.test(text)) return Number.NaN;
  const value = Math.round(Number(text) * 10) / 10;
  return value <= 100 ? value : Number.NaN;
}

export function readOmbudsmanStatisticsCsv(bytes: Uint8Array): OmbudsmanRead {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, rows: 0, problems: [{ line: 1, row: 1, field: null, message: 'the file is not UTF-8; in Excel use Save As → "CSV UTF-8 (Comma delimited)"' }] };
  }
  const [header, ...records] = readCsv(text.replace(/^\uFEFF/, '')).filter((r) => r.cells.some((c) => c.trim() !== '') && !r.cells[0]?.trim().startsWith('#'));
  if (!header) return { ok: false, rows: 0, problems: [{ line: 1, row: 1, field: null, message: 'the file is empty: the first row must name the columns' }] };
  const problems: ImportProblem[] = [];
  const at = (r: { line: number; row: number }, field: string | null, message: string) => problems.push({ line: r.line, row: r.row, field, message });
  const position = new Map<string, number>();
  header.cells.forEach((cell, i) => {
    const name = normalizeHeading(cell);
    if (name === '') return;
    if (!(OMBUDSMAN_COLUMNS as readonly string[]).includes(name)) at(header, cell.trim(), `unknown column; the columns are ${OMBUDSMAN_COLUMNS.join(', ')}`);
    else if (position.has(name)) at(header, name, 'the column appears twice');
    else position.set(name, i);
  });
  for (const column of OMBUDSMAN_COLUMNS) if (!OPTIONAL.has(column) && !position.has(column)) at(header, column, 'this required column is missing from the header row');
  if (problems.length) return { ok: false, rows: records.length, problems };
  if (records.length > OMBUDSMAN_IMPORT_LIMITS.maxRows) return { ok: false, rows: records.length, problems: [{ line: 1, row: 1, field: null, message: `more than ${OMBUDSMAN_IMPORT_LIMITS.maxRows} rows` }] };

  const rows: OmbudsmanStatisticRow[] = [];
  const seen = new Map<string, number>();
  for (const record of records) {
    if (record.error) {
      at(record, null, record.error);
      continue;
    }
    const cell = (column: OmbudsmanColumn) => (position.has(column) ? (record.cells[position.get(column)!] ?? '') : '');
    const before = problems.length;
    const council = cell('council').trim();
    if (!council) at(record, 'council', 'is required');
    else if (council.length > 200) at(record, 'council', 'must be at most 200 characters');
    const year = cell('financial_year').trim();
    if (!isFinancialYear(year)) at(record, 'financial_year', `must be a financial year such as 2025/26, not '${year}'`);
    const whole = (column: OmbudsmanColumn, required: boolean): number | null => {
      const given = cell(column);
      if (given.trim() === '' && !required) return null;
      const n = wholeNumberCell(given);
      if (Number.isNaN(n)) at(record, column, `must be a whole number of 0 or more, not '${given}'`);
      return n;
    };
    const percent = (column: OmbudsmanColumn): number | null => {
      const n = percentCell(cell(column));
      if (n !== null && Number.isNaN(n)) at(record, column, `must be a percentage from 0 to 100, not '${cell(column)}'`);
      return n;
    };
    const received = whole('complaints_received', true)!;
    const decided = whole('decided', true)!;
    const upheld = whole('upheld', true)!;
    const remedy = whole('satisfactory_remedy_before_ombudsman', false);
    const upheldPercent = percent('upheld_rate');
    const compliancePercent = percent('compliance_with_recommendations');
    if (!Number.isNaN(upheld) && !Number.isNaN(decided) && upheld > decided) at(record, 'upheld', `must not be more than decided (${decided})`);
    if (remedy !== null && !Number.isNaN(remedy) && !Number.isNaN(upheld) && remedy > upheld) at(record, 'satisfactory_remedy_before_ombudsman', `must not be more than upheld (${upheld})`);
    const key = `${council.toLowerCase()}|${year}`;
    if (council && seen.has(key)) at(record, 'council', `${council} ${year} is already on line ${seen.get(key)}`);
    else seen.set(key, record.line);
    if (problems.length > before) continue;
    rows.push({ councilName: council, financialYear: year, complaintsReceived: received, decided, upheld, upheldPercent, compliancePercent, satisfactoryRemedy: remedy });
  }
  return problems.length ? { ok: false, rows: records.length, problems } : { ok: true, rows };
}
