/**
 * Validates a contacts CSV as it streams in: bytes are decoded and parsed a
 * piece at a time, and each row is mapped and passed through prepareContact
 * (the rules every new contact obeys) as soon as it is complete. Nothing but
 * the parsed inputs (bounded by the row limit, and dropped at the first
 * problem) and each row's reference is kept; the raw file never is.
 */
import { prepareContact } from '../contacts/contact-validation';
import type { CreateContactInput } from '../contacts/contact.inputs';
import type { ReferenceCatalog } from '../reference/reference-catalog';
import { columnForField, readHeader, shown, type HeaderLayout } from './contact-columns';
import { rowToContactInput, vocabulariesFrom, type RowValues, type Vocabularies } from './contact-row';
import { CsvReader, type CsvRecord } from './csv-reader';

export const IMPORT_LIMITS = {
  /** 20 MiB: several years of a council's contacts with long summaries. */
  maxBytes: 20 * 1024 * 1024,
  /** Contacts (non-blank rows after the header) in one file. */
  maxRows: 50_000,
};
export type ImportLimits = typeof IMPORT_LIMITS;

/** The response lists at most this many problems; problemCount says how many there were. */
export const MAX_REPORTED_PROBLEMS = 500;

export interface ImportProblem {
  /** Line in the file where the row starts; the header is line 1. */
  line: number;
  /** Row as a spreadsheet numbers it (differs from line after a cell spanning lines). */
  row: number;
  /** Column heading, or null for a problem with the row or file as a whole. */
  field: string | null;
  message: string;
}

export interface PendingContact {
  input: CreateContactInput;
  line: number;
  row: number;
}

export interface GivenReference {
  reference: string;
  line: number;
  row: number;
}

/** The upload is over a limit; the route answers 413. */
export class ImportTooLargeError extends Error {}

export function tooManyBytesMessage(limits: ImportLimits): string {
  return `The file is larger than ${limits.maxBytes / (1024 * 1024)} MB. Split it into smaller files (at most ${limits.maxRows.toLocaleString('en-GB')} rows each) and import them one at a time.`;
}

export function tooManyRowsMessage(limits: ImportLimits): string {
  return `The file has more than ${limits.maxRows.toLocaleString('en-GB')} rows. Split it into smaller files and import them one at a time.`;
}

/** Case-insensitive, as MySQL/MariaDB compare references. */
export const referenceKey = (reference: string) => reference.toLowerCase();

export class ContactImport {
  private readonly reader = new CsvReader();
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private readonly vocabularies: Vocabularies;
  private header: HeaderLayout | null = null;
  private undecodable = false;
  private rowCount = 0;
  private readonly found: ImportProblem[] = [];
  private foundCount = 0;
  private readonly inputs: PendingContact[] = [];
  private readonly givenReferences = new Map<string, GivenReference>();

  constructor(
    private readonly catalog: ReferenceCatalog,
    private readonly today: string,
    private readonly options: { limits: ImportLimits; keepInputs: boolean },
  ) {
    this.vocabularies = vocabulariesFrom(catalog);
  }

  /** Contacts read so far (blank rows are skipped). */
  get rows(): number {
    return this.rowCount;
  }

  get problems(): ImportProblem[] {
    return [...this.found].sort((a, b) => a.line - b.line);
  }

  get problemCount(): number {
    return this.foundCount;
  }

  /** The rows to save, in file order; empty once any problem is found or when not kept. */
  get pending(): PendingContact[] {
    return this.inputs;
  }

  /** References given in the file, by referenceKey. */
  get references(): ReadonlyMap<string, GivenReference> {
    return this.givenReferences;
  }

  addProblem(problem: ImportProblem): void {
    this.foundCount += 1;
    if (this.found.length < MAX_REPORTED_PROBLEMS) this.found.push(problem);
    this.inputs.length = 0;
  }

  /** Reads the next piece of the upload. Throws ImportTooLargeError past the row limit. */
  write(chunk: Uint8Array): void {
    if (this.undecodable) return;
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      // Find the line of the first bad byte: decode leniently and count line breaks before the replacement.
      const lenient = new TextDecoder('utf-8').decode(chunk);
      const breaks = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))).match(/\r\n?|\n/g)?.length ?? 0;
      this.notUtf8(this.reader.line + breaks, this.reader.row + breaks);
      return;
    }
    for (const record of this.reader.push(text)) this.take(record);
  }

  /** The upload has ended. */
  end(): void {
    if (!this.undecodable) {
      try {
        const rest = this.decoder.decode();
        for (const record of this.reader.push(rest)) this.take(record);
      } catch {
        this.notUtf8(this.reader.line, this.reader.row);
      }
      for (const record of this.reader.end()) this.take(record);
    }
    if (!this.header && !this.undecodable) {
      this.addProblem({ line: 1, row: 1, field: null, message: 'the file is empty; line 1 must be the header row naming the columns' });
    } else if (this.rowCount === 0 && this.foundCount === 0) {
      this.addProblem({ line: 2, row: 2, field: null, message: 'the file has a header row but no contacts' });
    }
  }

  private notUtf8(line: number, row: number): void {
    this.undecodable = true;
    this.addProblem({
      line,
      row,
      field: null,
      message: `line ${line} is not UTF-8 text, so the file cannot be read; in Excel use Save As → "CSV UTF-8 (Comma delimited)"`,
    });
  }

  private take(record: CsvRecord): void {
    const at = { line: record.line, row: record.row };
    const blank = record.cells.every((cell) => cell.trim() === '') && !record.error;
    if (!this.header) {
      this.header = readHeader(record.cells);
      if (record.error) this.addProblem({ ...at, field: null, message: record.error });
      else if (blank) this.addProblem({ ...at, field: null, message: 'line 1 is empty; it must be the header row naming the columns' });
      else for (const p of this.header.problems) this.addProblem({ ...at, ...p });
      return;
    }
    if (blank) return;

    this.rowCount += 1;
    if (this.rowCount > this.options.limits.maxRows) throw new ImportTooLargeError(tooManyRowsMessage(this.options.limits));
    // Without a header there are no columns to check the rows against.
    if (this.header.columns.every((c) => c === null) && this.foundCount > 0) return;
    if (record.error) {
      this.addProblem({ ...at, field: null, message: record.error });
      return;
    }

    const { input, problems } = this.check(record, this.header);
    for (const p of problems) this.addProblem({ ...at, ...p });
    if (problems.length === 0 && this.foundCount === 0 && this.options.keepInputs) this.inputs.push({ input, ...at });
  }

  private check(record: CsvRecord, header: HeaderLayout): { input: CreateContactInput; problems: RowProblem[] } {
    const values: RowValues = {};
    const problems: RowProblem[] = [];
    record.cells.forEach((cell, position) => {
      const column = header.columns[position];
      if (column) values[column] = cell;
      else if (cell.trim() === '') return;
      else if (position >= header.columns.length) {
        problems.push({ field: null, message: `the row has ${record.cells.length} cells but the header row names ${header.columns.length} columns` });
      } else if (header.blank.has(position)) {
        problems.push({ field: null, message: `cell ${position + 1} has a value but its column has no heading` });
      }
    });

    const mapped = rowToContactInput(values, this.vocabularies);
    const reported = new Set(mapped.problems.map((p) => p.field));
    const prepared = prepareContact(mapped.input, this.catalog, this.today);
    const ruleProblems = prepared.ok ? [] : prepared.problems.map((p) => ({ field: columnForField(p.field), message: p.message }));
    problems.push(
      ...[...mapped.problems, ...ruleProblems.filter((p) => !reported.has(p.field))].filter(
        (p) => !header.missing.has(p.field as never),
      ),
    );

    const reference = mapped.input.reference;
    if (reference) {
      const earlier = this.givenReferences.get(referenceKey(reference));
      if (earlier) problems.push({ field: 'reference', message: `${shown(reference)} is also the reference on line ${earlier.line}` });
      else this.givenReferences.set(referenceKey(reference), { reference, line: record.line, row: record.row });
    }
    return { input: mapped.input, problems: dedupe(problems) };
  }
}

type RowProblem = Omit<ImportProblem, 'line' | 'row'>;

/** One problem per (field, message): blaming a cell once is enough. */
function dedupe(problems: RowProblem[]): RowProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.field}\u0000${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
