import { csvCell, toCsv } from './csv';

describe('csv', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('Commissioning, Policy and Performance')).toBe('"Commissioning, Policy and Performance"');
    expect(csvCell('say "hello"')).toBe('"say ""hello"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it.each(['=SUM(A1:A9)', '+44 23 8083', '-1+1', '@cmd', '\tx', '\rx'])('defuses a formula-like cell %j', (value) => {
    const cell = csvCell(value);
    expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it('keeps numbers numeric, including negatives, and blanks for null', () => {
    expect(csvCell(-4.5)).toBe('-4.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('writes a BOM and CRLF rows', () => {
    expect(toCsv([['a', 1], ['b', 2]])).toBe('\uFEFFa,1\r\nb,2\r\n');
  });
});
