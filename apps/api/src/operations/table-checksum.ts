/**
 * A table's row count and checksum, the same whichever order its rows are
 * read in: each row's SHA-256 (over its canonical values, datetimes cut to
 * their column's precision) added up modulo 2^256. Order matters not because
 * MySQL's collation and SQLite's sort text keys differently. Streams: one row at a time.
 */
import { createHash } from 'crypto';
import type { CanonicalValue } from './canonical-value';
import { checksumValue } from './canonical-value';
import type { ColumnPlan } from './column-kind';

const MODULUS = 1n << 256n;

export interface TableSummary {
  rows: number;
  checksum: string;
}

export class TableChecksum {
  private sum = 0n;
  private count = 0;

  constructor(private readonly columns: readonly ColumnPlan[]) {}

  add(row: readonly CanonicalValue[]): void {
    const values = this.columns.map((column, i) => checksumValue(column, row[i] ?? null));
    const digest = createHash('sha256').update(JSON.stringify(values)).digest('hex');
    this.sum = (this.sum + BigInt(`0x${digest}`)) % MODULUS;
    this.count += 1;
  }

  summary(): TableSummary {
    return { rows: this.count, checksum: this.sum.toString(16).padStart(64, '0') };
  }
}
