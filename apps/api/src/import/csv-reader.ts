/**
 * An incremental RFC 4180 CSV reader that remembers where each record starts.
 * Text is pushed in pieces as it arrives and complete records come back, so a
 * file is never held whole. Line numbers count the file's physical lines (the
 * header is line 1), including line breaks inside quoted cells, so a problem can
 * be reported on the line a text editor shows; `row` is the row a spreadsheet
 * shows (one per record, blank lines included).
 *
 * Lenient where spreadsheets are: CRLF, LF or a lone CR end a line; a stray
 * quote inside an unquoted cell is kept as text. Text after a closing quote
 * (`"a"b`) and a quoted cell never closed are reported on the record.
 */

export interface CsvRecord {
  cells: string[];
  /** Physical line on which the record starts (1-based). */
  line: number;
  /** Spreadsheet row: the record's position in the file (1-based, blank lines count). */
  row: number;
  /** Set when the record is malformed; the cells are then a best guess. */
  error?: string;
}

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
}

export class CsvReader {
  private state = State.FieldStart;
  private cells: string[] = [];
  private field = '';
  private inRecord = false;
  private lastWasCr = false;
  private lineNumber = 1;
  private rowNumber = 0;
  private recordLine = 1;
  private quoteLine = 1;
  private error: string | undefined;

  /** The line the reader has reached. */
  get line(): number {
    return this.lineNumber;
  }

  /** The spreadsheet row the reader has reached. */
  get row(): number {
    return this.rowNumber + 1;
  }

  /** Reads the next piece of text; returns the records it completes. */
  push(text: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      const afterCr = this.lastWasCr;
      this.lastWasCr = ch === '\r';
      if (ch === '\n' && afterCr) {
        // The second half of CRLF: the line (and any record) already ended at the CR.
        if (this.state === State.Quoted) this.field += ch;
        continue;
      }
      const newline = ch === '\n' || ch === '\r';
      if (!this.inRecord) {
        this.inRecord = true;
        this.recordLine = this.lineNumber;
        if (newline) {
          out.push(this.finishRecord());
          this.lineNumber += 1;
          continue;
        }
      }
      switch (this.state) {
        case State.FieldStart:
        case State.Unquoted:
          if (ch === '"' && this.state === State.FieldStart) {
            this.state = State.Quoted;
            this.quoteLine = this.lineNumber;
          } else if (ch === ',') {
            this.endField();
          } else if (newline) {
            this.endField();
            out.push(this.finishRecord());
          } else {
            this.field += ch;
            this.state = State.Unquoted;
          }
          break;
        case State.Quoted:
          if (ch === '"') this.state = State.QuoteInQuoted;
          else this.field += ch;
          break;
        case State.QuoteInQuoted:
          if (ch === '"') {
            this.field += '"';
            this.state = State.Quoted;
          } else if (ch === ',') {
            this.endField();
          } else if (newline) {
            this.endField();
            out.push(this.finishRecord());
          } else {
            this.error ??= `unexpected text after a closing quote in cell ${this.cells.length + 1}; a quote inside a quoted cell is written twice ("")`;
            this.field += ch;
            this.state = State.Unquoted;
          }
          break;
      }
      if (newline) this.lineNumber += 1;
    }
    return out;
  }

  /** Call once the text has ended; returns the last record, if the file did not end with a line break. */
  end(): CsvRecord[] {
    if (!this.inRecord) return [];
    if (this.state === State.Quoted) {
      this.error ??= `the quoted cell that starts on line ${this.quoteLine} is never closed (a closing " is missing)`;
    }
    this.endField();
    return [this.finishRecord()];
  }

  private endField(): void {
    this.cells.push(this.field);
    this.field = '';
    this.state = State.FieldStart;
  }

  private finishRecord(): CsvRecord {
    this.rowNumber += 1;
    const record: CsvRecord = { cells: this.cells.length ? this.cells : [''], line: this.recordLine, row: this.rowNumber };
    if (this.error) record.error = this.error;
    this.cells = [];
    this.field = '';
    this.error = undefined;
    this.inRecord = false;
    this.state = State.FieldStart;
    return record;
  }
}

/** Every record of a whole text; for tests and small inputs. */
export function readCsv(text: string): CsvRecord[] {
  const reader = new CsvReader();
  return [...reader.push(text), ...reader.end()];
}
