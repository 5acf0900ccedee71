import { ContactImport, ImportTooLargeError, IMPORT_LIMITS, MAX_REPORTED_PROBLEMS } from './contact-import';
import { testCatalog } from '../test-support/reference-catalog-fixture';

const HEADER = 'reference,record_type,channel,received_date,service_areas,issues,complainant_type,summary';
const ROW = (ref: string, summary = '') => `${ref},STATUTORY_COMPLAINT,LETTER,2009-12-23,SOCIAL_CARE,STAFF_CONDUCT,PARENT_OR_CARER,${summary}`;

function check(text: string | Buffer, options: { pieceSize?: number; maxRows?: number } = {}): ContactImport {
  const session = new ContactImport(testCatalog(), '2010-03-31', {
    limits: { ...IMPORT_LIMITS, maxRows: options.maxRows ?? IMPORT_LIMITS.maxRows },
    keepInputs: true,
  });
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  const size = options.pieceSize ?? bytes.length;
  for (let i = 0; i < bytes.length; i += size) session.write(bytes.subarray(i, i + size));
  session.end();
  return session;
}

describe('ContactImport', () => {
  it('keeps every valid row with its line, skipping blank rows', () => {
    const session = check(`${HEADER}\r\n${ROW('A/1')}\r\n,,,,,,,\r\n\r\n${ROW('A/2')}\r\n`);
    expect(session.problems).toEqual([]);
    expect(session.rows).toBe(2);
    expect(session.pending.map((p) => [p.input.reference, p.line])).toEqual([
      ['A/1', 2],
      ['A/2', 5],
    ]);
  });

  it('numbers rows after a multi-line summary by the line they start on', () => {
    const text = [HEADER, ROW('A/1', '"first\nsecond\r\nthird"'), ROW('A/2'), ROW('A/3').replace('SOCIAL_CARE', 'PARKS')].join('\n');
    const session = check(text);
    expect(session.problems).toEqual([{ line: 6, row: 4, field: 'service_areas', message: expect.stringMatching(/^unknown service area 'PARKS'/) }]);
    expect(session.pending).toEqual([]);
  });

  it('reads a BOM and multi-byte characters split between pieces', () => {
    const text = Buffer.from(`\uFEFF${HEADER}\n${ROW('A/1', 'Café £5 – “quoted”')}\n`);
    const session = check(text, { pieceSize: 1 });
    expect(session.problems).toEqual([]);
    expect(session.pending[0].input.summary).toBe('Café £5 – “quoted”');
  });

  it('refuses text that is not UTF-8, as Excel writes plain "CSV (Comma delimited)"', () => {
    const latin1 = Buffer.from(`${HEADER}\n${ROW('A/1', 'Caf\u00e9')}\n`, 'latin1');
    expect(check(latin1).problems).toEqual([
      { line: 2, row: 2, field: null, message: expect.stringContaining('line 2 is not UTF-8 text') },
    ]);
  });

  it('reports references repeated within the file, case-insensitively', () => {
    const session = check([HEADER, ROW('A/1'), ROW('B/1'), ROW('a/1')].join('\n'));
    expect(session.problems).toEqual([{ line: 4, row: 4, field: 'reference', message: "'a/1' is also the reference on line 2" }]);
  });

  it('reports header problems once on line 1 and does not blame every row for a missing column', () => {
    const session = check(['reference,record_type,chanel,received_date,service_areas,issues,complainant_type', 'A/1,COMPLIMENT,LETTER,2009-12-23,SOCIAL_CARE,STAFF_CONDUCT,PARENT_OR_CARER'].join('\n'));
    expect(session.problems).toEqual([
      { line: 1, row: 1, field: 'chanel', message: expect.stringMatching(/^unknown column 'chanel'/) },
      { line: 1, row: 1, field: 'channel', message: 'this required column is missing from the header row' },
    ]);
  });

  it('reports cells beyond the header and malformed quoting on their row', () => {
    const session = check([HEADER, `${ROW('A/1')},extra`, `"A/2"x,COMPLIMENT`].join('\n'));
    expect(session.problems).toEqual([
      { line: 2, row: 2, field: null, message: 'the row has 9 cells but the header row names 8 columns' },
      { line: 3, row: 3, field: null, message: expect.stringMatching(/^unexpected text after a closing quote in cell 1/) },
    ]);
  });

  it('passes each row through prepareContact and names the column, not the field', () => {
    const session = check([HEADER, ROW('A/1').replace('2009-12-23', '01/01/2011')].join('\n'));
    expect(session.problems).toEqual([{ line: 2, row: 2, field: 'received_date', message: '2011-01-01 is in the future' }]);
  });

  it('refuses a file whose first line is not a header, once', () => {
    expect(check(`\n${ROW('A/1')}\n${ROW('A/2')}\n`).problems).toEqual([
      { line: 1, row: 1, field: null, message: 'line 1 is empty; it must be the header row naming the columns' },
    ]);
  });

  it('refuses an empty file and a file with no contacts', () => {
    expect(check('').problems).toEqual([{ line: 1, row: 1, field: null, message: expect.stringMatching(/^the file is empty/) }]);
    expect(check(`${HEADER}\n\n`).problems).toEqual([{ line: 2, row: 2, field: null, message: 'the file has a header row but no contacts' }]);
  });

  it('counts every problem but lists at most MAX_REPORTED_PROBLEMS', () => {
    const rows = Array.from({ length: MAX_REPORTED_PROBLEMS + 5 }, (_, i) => ROW(`A/${i}`).replace('LETTER', 'PIGEON'));
    const session = check([HEADER, ...rows].join('\n'));
    expect(session.problemCount).toBe(MAX_REPORTED_PROBLEMS + 5);
    expect(session.problems).toHaveLength(MAX_REPORTED_PROBLEMS);
  });

  it('throws ImportTooLargeError past the row limit', () => {
    expect(() => check([HEADER, ROW('A/1'), ROW('A/2'), ROW('A/3')].join('\n'), { maxRows: 2 })).toThrow(ImportTooLargeError);
    expect(check([HEADER, ROW('A/1'), ROW('A/2'), '', ''].join('\n'), { maxRows: 2 }).rows).toBe(2);
  });
});
