import fc from 'fast-check';
import { canonicalValue, checksumValue, databaseValue } from './canonical-value';
import type { ColumnKind, ColumnPlan } from './column-kind';

const column = (kind: ColumnKind, precision: number | null = null): ColumnPlan => ({ name: 'c', kind, precision: kind === 'datetime' ? (precision ?? 0) : null });

describe('canonicalValue', () => {
  it('reads what SQLite and MySQL return for the same value as one value', () => {
    // SQLite returns datetimes as UTC text, MySQL (timezone 'Z') as Date objects.
    expect(canonicalValue(column('datetime'), '2009-10-01 12:34:56')).toBe('2009-10-01T12:34:56.000Z');
    expect(canonicalValue(column('datetime'), new Date('2009-10-01T12:34:56Z'))).toBe('2009-10-01T12:34:56.000Z');
    expect(canonicalValue(column('datetime'), '2009-10-01 12:34:56.789')).toBe('2009-10-01T12:34:56.789Z');
    expect(canonicalValue(column('boolean'), true)).toBe(1);
    expect(canonicalValue(column('boolean'), 0)).toBe(0);
    expect(canonicalValue(column('boolean'), '1')).toBe(1);
    expect(canonicalValue(column('decimal'), '1.50')).toBe('1.5');
    expect(canonicalValue(column('decimal'), 1.5)).toBe('1.5');
    expect(canonicalValue(column('decimal'), '-0.00')).toBe('0');
    expect(canonicalValue(column('decimal'), 1e-7)).toBe('0.0000001');
    expect(canonicalValue(column('integer'), '9007199254740993')).toBe('9007199254740993');
    expect(canonicalValue(column('integer'), 42n)).toBe(42);
    expect(canonicalValue(column('date'), '2009-10-01')).toBe('2009-10-01');
    expect(canonicalValue(column('blob'), Buffer.from([0, 255]))).toBe('AP8=');
  });

  it('keeps NULL apart from the empty string', () => {
    expect(canonicalValue(column('text'), null)).toBeNull();
    expect(canonicalValue(column('text'), undefined)).toBeNull();
    expect(canonicalValue(column('text'), '')).toBe('');
  });

  it('refuses a value that is not of its column kind, naming the column', () => {
    expect(() => canonicalValue(column('boolean'), 2)).toThrow(/column c: 2 is not a valid boolean/);
    expect(() => canonicalValue(column('date'), 'yesterday')).toThrow(/not a valid date/);
    expect(() => canonicalValue(column('datetime'), 'soon')).toThrow(/not a valid datetime/);
    expect(() => canonicalValue(column('integer'), 1.5)).toThrow(/not a valid integer/);
  });

  it('any instant reads the same from SQLite text and from a Date, and survives writing to either dialect', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }), fc.integer({ min: 0, max: 3 }), (date, precision) => {
        const col = column('datetime', precision);
        const fromMysql = canonicalValue(col, date);
        const sqliteText = date.toISOString().replace('T', ' ').replace('Z', '');
        expect(canonicalValue(col, sqliteText)).toBe(fromMysql);
        // Written to SQLite and read back: identical. Written to MySQL: cut to the column's precision, as the checksum is.
        expect(canonicalValue(col, databaseValue(col, fromMysql, 'sqlite'))).toBe(fromMysql);
        const fromMysqlWrite = canonicalValue(col, String(databaseValue(col, fromMysql, 'mysql')));
        expect(checksumValue(col, fromMysqlWrite)).toBe(checksumValue(col, fromMysql));
      }),
    );
  });

  it('any decimal reads the same as text and as a number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const text = `${whole}.${String(cents).padStart(2, '0')}`;
        expect(canonicalValue(column('decimal'), text)).toBe(canonicalValue(column('decimal'), Number(text)));
      }),
    );
  });
});

describe('checksumValue', () => {
  it('compares a datetime only to the fractional seconds its column keeps on MySQL', () => {
    expect(checksumValue(column('datetime', 0), '2009-10-01T12:34:56.789Z')).toBe('2009-10-01T12:34:56Z');
    expect(checksumValue(column('datetime', 3), '2009-10-01T12:34:56.789Z')).toBe('2009-10-01T12:34:56.789Z');
    expect(checksumValue(column('text'), '2009-10-01T12:34:56.789Z')).toBe('2009-10-01T12:34:56.789Z');
  });
});
