/**
 * One form for every value, whichever database it was read from: what backup
 * files hold and what checksums are computed over. Dates are ISO strings,
 * booleans 0/1, decimals strings, binary base64, and NULL stays distinct from ''.
 * Then back again: the parameter each dialect is given when the value is written.
 */
import type { ColumnPlan } from './column-kind';

export type CanonicalValue = null | number | string;

export class ValueError extends Error {}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

function fail(column: ColumnPlan, value: unknown): never {
  const shown = typeof value === 'string' ? `'${value.slice(0, 40)}'` : String(value);
  throw new ValueError(`column ${column.name}: ${shown} is not a valid ${column.kind}`);
}

function integer(column: ColumnPlan, value: unknown): number | string {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  const text = typeof value === 'bigint' ? value.toString() : typeof value === 'string' ? value.trim() : null;
  if (text === null || !/^-?\d+$/.test(text)) fail(column, value);
  const n = Number(text);
  // Beyond 2^53 a number would round: keep the digits.
  return Number.isSafeInteger(n) ? n : text.replace(/^(-?)0+(?=\d)/, '$1');
}

/** A number's digits without an exponent (1e-7 → '0.0000001'). */
function plainNumber(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(20) : text;
}

/** '1.50' and 1.5 are the same decimal: no exponent, no trailing zeros, no leading zeros. */
function decimal(column: ColumnPlan, value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? plainNumber(value) : typeof value === 'string' ? value.trim() : fail(column, value);
  const match = DECIMAL.exec(text);
  if (!match || (match[2] === '' && !match[3])) fail(column, value);
  const whole = match[2]!.replace(/^0+(?=\d)/, '') || '0';
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  const digits = fraction ? `${whole}.${fraction}` : whole;
  return match[1] === '-' && /[1-9]/.test(digits) ? `-${digits}` : digits;
}

function boolean(column: ColumnPlan, value: unknown): 0 | 1 {
  if (value === true || value === 1 || value === '1' || value === 1n) return 1;
  if (value === false || value === 0 || value === '0' || value === 0n) return 0;
  return fail(column, value);
}

/** 'YYYY-MM-DD HH:MM:SS[.fff]' (SQLite, stored in UTC by TypeORM), an ISO string, or a Date (mysql2). */
function datetime(column: ColumnPlan, value: unknown): string {
  let date: Date;
  if (value instanceof Date) date = value;
  else if (typeof value === 'string') {
    const text = value.trim().replace(' ', 'T');
    date = new Date(/(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`);
  } else return fail(column, value);
  if (Number.isNaN(date.getTime())) fail(column, value);
  return date.toISOString();
}

function date(column: ColumnPlan, value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && ISO_DATE.test(value.slice(0, 10)) && (value.length === 10 || /^[ T]00:00:00/.test(value.slice(10)))) {
    return value.slice(0, 10);
  }
  return fail(column, value);
}

/** The value as read from either dialect, in the one form backups hold. */
export function canonicalValue(column: ColumnPlan, value: unknown): CanonicalValue {
  if (value === null || value === undefined) return null;
  switch (column.kind) {
    case 'integer':
      return integer(column, value);
    case 'decimal':
      return decimal(column, value);
    case 'float':
      if (typeof value === 'number') return value;
      if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
      return fail(column, value);
    case 'boolean':
      return boolean(column, value);
    case 'text':
      if (typeof value === 'string') return value;
      if (Buffer.isBuffer(value)) return value.toString('utf8');
      if (typeof value === 'number' || typeof value === 'bigint') return String(value);
      return fail(column, value);
    case 'date':
      return date(column, value);
    case 'datetime':
      return datetime(column, value);
    case 'blob':
      if (Buffer.isBuffer(value)) return value.toString('base64');
      if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
      if (typeof value === 'string') return Buffer.from(value, 'utf8').toString('base64');
      return fail(column, value);
  }
}

/**
 * The value a checksum is computed over: a datetime only to the fractional
 * seconds its column declares, since MySQL keeps no more (SQLite keeps what it is given).
 */
export function checksumValue(column: ColumnPlan, value: CanonicalValue): CanonicalValue {
  if (column.kind !== 'datetime' || typeof value !== 'string') return value;
  return truncatedIso(value, column.precision ?? 0);
}

function truncatedIso(iso: string, precision: number): string {
  const [seconds, fraction = '000Z'] = iso.split('.');
  const digits = fraction.replace('Z', '').slice(0, precision);
  return digits ? `${seconds}.${digits}Z` : `${seconds}Z`;
}

/** The parameter to write a canonical value into a column of this dialect. */
export function databaseValue(column: ColumnPlan, value: CanonicalValue, dialect: 'sqlite' | 'mysql'): unknown {
  if (value === null) return null;
  switch (column.kind) {
    case 'datetime': {
      const iso = String(value);
      // MySQL 8 would round extra fractional digits (up to the next second); cut them here instead, as the checksum does.
      if (dialect === 'mysql') return truncatedIso(iso, column.precision ?? 0).replace('T', ' ').replace('Z', '');
      // What TypeORM itself writes on SQLite, so that its string comparisons still hold.
      return iso.replace('T', ' ').replace('Z', '');
    }
    case 'blob':
      return Buffer.from(String(value), 'base64');
    default:
      return value;
  }
}
