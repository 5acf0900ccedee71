/**
 * Raw aggregate SQL for the Code's report and the self-assessment's measures,
 * written once with double-quoted identifiers and turned into backticks for
 * MySQL/MariaDB (no string literal here uses double quotes). Counts come back
 * as strings on MySQL, so every reader converts with `count()`.
 */
import type { DataSource } from 'typeorm';

export type SqlReader = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;

export function dialectSql(dataSource: DataSource, sql: string): string {
  return dataSource.options.type === 'mysql' || dataSource.options.type === 'mariadb' ? sql.replace(/"/g, '`') : sql;
}

/** A reader straight on the data source (small reads outside the aggregate admission). */
export function directReader(dataSource: DataSource): SqlReader {
  return (sql, params = []) => dataSource.query(dialectSql(dataSource, sql), params);
}

export function count(value: unknown): number {
  const n = Number(value ?? 0);
  return Number.isFinite(n) ? n : 0;
}

/** The two regimes the Code's report sets side by side, as stored in contact.regime. */
export const REPORT_REGIMES = [
  { code: 'CHILDREN_ACT', label: 'Children Act (statutory)' },
  { code: 'COMPLAINT_HANDLING_CODE', label: 'Complaint Handling Code' },
] as const;
export type ReportRegime = (typeof REPORT_REGIMES)[number]['code'];
