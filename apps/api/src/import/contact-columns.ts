/**
 * The column layout of a contacts spreadsheet: which headings are known, which
 * are required, and which CreateContactInput field each one fills. Headings are
 * matched case-insensitively in any order; "Received date" and "received-date"
 * both mean received_date.
 */
import type { CreateContactInput } from '../contacts/contact.inputs';

export interface ContactColumn {
  /** The heading as the template writes it. */
  name: string;
  /** The CreateContactInput field it fills (prepareContact names problems by this). */
  field: keyof CreateContactInput;
  required: boolean;
  help: string;
}

export const CONTACT_COLUMNS = [
  { name: 'reference', field: 'reference', required: false, help: "Your reference, e.g. CS/2009/0042; left empty, one is generated." },
  { name: 'record_type', field: 'recordType', required: true, help: "Code or name, e.g. STATUTORY_COMPLAINT or 'Statutory complaint'." },
  { name: 'channel', field: 'channel', required: true, help: "Code or name, e.g. LETTER or 'Letter'." },
  { name: 'received_date', field: 'receivedDate', required: true, help: 'YYYY-MM-DD or DD/MM/YYYY.' },
  { name: 'service_areas', field: 'serviceAreas', required: true, help: 'Codes or names separated by ";"; the first is the primary one.' },
  { name: 'issues', field: 'issues', required: true, help: 'Codes or names separated by ";"; the first is the primary one.' },
  { name: 'complainant_type', field: 'complainantType', required: true, help: "Code or name, e.g. PARENT_OR_CARER or 'Parent or carer'." },
  { name: 'stage', field: 'stage', required: false, help: 'STAGE_1, STAGE_2, STAGE_3, OMBUDSMAN (or Stage 1 ...); complaints only; defaults to Stage 1.' },
  { name: 'outcome', field: 'outcome', required: false, help: 'UPHELD, PARTIALLY_UPHELD, NOT_UPHELD, WITHDRAWN, ONGOING, NOT_RECORDED (or their names).' },
  { name: 'acknowledgement_sent_date', field: 'acknowledgementSentDate', required: false, help: 'YYYY-MM-DD or DD/MM/YYYY.' },
  { name: 'response_sent_date', field: 'responseSentDate', required: false, help: 'YYYY-MM-DD or DD/MM/YYYY.' },
  { name: 'extended', field: 'extended', required: false, help: 'yes/no, true/false or 1/0; empty means no.' },
  { name: 'premature_ombudsman_referral', field: 'prematureOmbudsmanReferral', required: false, help: 'yes/no, true/false or 1/0; empty means no.' },
  { name: 'summary', field: 'summary', required: false, help: 'Free text; may span lines inside quotes.' },
] as const satisfies readonly ContactColumn[];

export type ColumnName = (typeof CONTACT_COLUMNS)[number]['name'];

const BY_NAME = new Map<string, ContactColumn>(CONTACT_COLUMNS.map((c) => [c.name, c]));
const BY_FIELD = new Map<string, ContactColumn>(CONTACT_COLUMNS.map((c) => [c.field, c]));

const SHOWN_LENGTH = 60;

/** A value from the file as a message quotes it: trimmed, and cut short if long. */
export function shown(text: string): string {
  const value = text.trim();
  return `'${value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH - 1)}…` : value}'`;
}

/** 'Received Date ' → 'received_date'. */
export function normalizeHeading(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** The column heading for a CreateContactInput field, so problems name what the user sees. */
export function columnForField(field: string): string {
  return BY_FIELD.get(field)?.name ?? field;
}

export interface HeaderProblem {
  /** The heading as written (or the missing column's name). */
  field: string;
  message: string;
}

export interface HeaderLayout {
  /** The known column in each cell position; null for an ignored (blank-headed) cell. */
  columns: (ColumnName | null)[];
  /** Positions of cells with a blank heading: a value there belongs to no column. */
  blank: Set<number>;
  /** Required columns the header lacks; rows are not blamed for them again. */
  missing: Set<ColumnName>;
  problems: HeaderProblem[];
}

export function readHeader(cells: string[]): HeaderLayout {
  const problems: HeaderProblem[] = [];
  const seen = new Set<string>();
  const blank = new Set<number>();
  const columns = cells.map((cell, position): ColumnName | null => {
    const name = normalizeHeading(cell);
    if (name === '') {
      blank.add(position);
      return null;
    }
    const column = BY_NAME.get(name);
    if (!column) {
      const heading = shown(cell);
      problems.push({ field: heading.slice(1, -1), message: `unknown column ${heading}; the columns are ${CONTACT_COLUMNS.map((c) => c.name).join(', ')}` });
      return null;
    }
    if (seen.has(column.name)) {
      problems.push({ field: column.name, message: 'the column appears twice' });
      return null;
    }
    seen.add(column.name);
    return column.name as ColumnName;
  });
  const missing = new Set<ColumnName>();
  for (const column of CONTACT_COLUMNS) {
    if (column.required && !seen.has(column.name)) {
      missing.add(column.name);
      problems.push({ field: column.name, message: 'this required column is missing from the header row' });
    }
  }
  return { columns, blank, missing, problems };
}
