import { csvCell, defuseFormulas, toCsv } from './csv';

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

  it.each([
    ['full-width equals', '＝1+1', "'＝1+1"],
    ['full-width plus', '＋1', "'＋1"],
    ['full-width minus', '－1', "'－1"],
    ['full-width at', '＠SUM(A1)', "'＠SUM(A1)"],
    ['small equals', '﹦1+1', "'﹦1+1"],
    ['a space before the formula', ' =1+1', "' =1+1"],
    ['an ideographic space before it', '\u3000=1+1', "'\u3000=1+1"],
  ])('defuses a cell starting with %s', (_what, value, defused) => {
    expect(defuseFormulas(value)).toBe(defused);
  });

  it.each([
    ['after a semicolon', 'Parks;=HYPERLINK("http://x","y")', `Parks;'=HYPERLINK("http://x","y")`],
    ['after a semicolon and spaces', 'a; \t=1+1', "a;' \t=1+1"],
    ['after a comma', 'Smith,@SUM(1)', "Smith,'@SUM(1)"],
    ['full-width, after a semicolon', 'a;＝1', "a;'＝1"],
    ['in several parts', '=1;=2,+3', "'=1;'=2,'+3"],
  ])('defuses a formula %s, where another list separator would start a cell', (_what, value, defused) => {
    expect(defuseFormulas(value)).toBe(defused);
  });

  it('quotes a defused cell that holds a separator', () => {
    expect(csvCell('a;=1+1')).toBe(`"a;'=1+1"`);
    expect(csvCell('a,=1+1')).toBe(`"a,'=1+1"`);
  });

  it.each(['Safeguarding: Social Care', 'SOCIAL_CARE;INCLUSION', 'Letter, e-mail and phone', 'a - b', 'x;y,z', '2009/10', ''])(
    'leaves ordinary text %j alone',
    (value) => {
      expect(defuseFormulas(value)).toBe(value);
    },
  );

  it('leaves a tab or carriage return inside the text alone', () => {
    expect(defuseFormulas('a;\tb')).toBe('a;\tb');
  });

  it('keeps numbers numeric, including negatives, and blanks for null', () => {
    expect(csvCell(-4.5)).toBe('-4.5');
    expect(csvCell(-12)).toBe('-12');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('writes a BOM and CRLF rows', () => {
    expect(toCsv([['a', 1], ['b', 2]])).toBe('\uFEFFa,1\r\nb,2\r\n');
    expect(toCsv([['Change', -3]])).toBe('\uFEFFChange,-3\r\n');
  });
});
