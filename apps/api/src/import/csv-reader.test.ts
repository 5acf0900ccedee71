import { CsvReader, readCsv } from './csv-reader';

describe('CsvReader', () => {
  it('reads plain records with their line and row numbers', () => {
    expect(readCsv('a,b\r\n1,2\r\n3,4\r\n')).toEqual([
      { cells: ['a', 'b'], line: 1, row: 1 },
      { cells: ['1', '2'], line: 2, row: 2 },
      { cells: ['3', '4'], line: 3, row: 3 },
    ]);
  });

  it('reads a last record without a line break, and empty cells', () => {
    expect(readCsv('a,,\n,x,').map((r) => r.cells)).toEqual([
      ['a', '', ''],
      ['', 'x', ''],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted cells, and counts the lines', () => {
    const records = readCsv('h1,h2\n"one, two","say ""hi"""\n"first\r\nsecond\nthird",x\nlast,y\n');
    expect(records.map((r) => r.cells)).toEqual([
      ['h1', 'h2'],
      ['one, two', 'say "hi"'],
      ['first\r\nsecond\nthird', 'x'],
      ['last', 'y'],
    ]);
    expect(records.map((r) => [r.line, r.row])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [6, 4],
    ]);
  });

  it('treats LF, CRLF and a lone CR alike, and gives blank lines their own row', () => {
    const records = readCsv('a\r\rb\n\nc\r\n\r\nd');
    expect(records.map((r) => [r.cells[0], r.line, r.row])).toEqual([
      ['a', 1, 1],
      ['', 2, 2],
      ['b', 3, 3],
      ['', 4, 4],
      ['c', 5, 5],
      ['', 6, 6],
      ['d', 7, 7],
    ]);
  });

  it('gives the same records however the text is split, even inside CRLF and quotes', () => {
    const text = 'ref,summary\r\nA,"line one\r\nline ""two"""\r\nB,plain\r\n"C",\r\n';
    const whole = readCsv(text);
    for (let size = 1; size <= 7; size++) {
      const reader = new CsvReader();
      const pieces: ReturnType<typeof readCsv> = [];
      for (let i = 0; i < text.length; i += size) pieces.push(...reader.push(text.slice(i, i + size)));
      pieces.push(...reader.end());
      expect(pieces).toEqual(whole);
    }
    expect(whole.map((r) => r.line)).toEqual([1, 2, 4, 5]);
  });

  it('keeps a stray quote inside an unquoted cell as text', () => {
    expect(readCsv('5" tall,x\n')[0]).toEqual({ cells: ['5" tall', 'x'], line: 1, row: 1 });
  });

  it('reports text after a closing quote on the record', () => {
    const [record] = readCsv('"a"b,c\n');
    expect(record.error).toMatch(/unexpected text after a closing quote in cell 1/);
    expect(record.cells).toEqual(['ab', 'c']);
  });

  it('reports a quoted cell that is never closed, naming the line it starts on', () => {
    const records = readCsv('h\nok\n"never\nclosed\n');
    expect(records[2]).toMatchObject({ line: 3, row: 3, error: 'the quoted cell that starts on line 3 is never closed (a closing " is missing)' });
  });

  it('reads nothing from empty text', () => {
    expect(readCsv('')).toEqual([]);
  });
});
