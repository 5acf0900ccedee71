/**
 * Column types that mean the same on MySQL/MariaDB and SQLite. Entities use
 * these instead of naming a database type, so dialect differences live here.
 */
import { Column, ColumnOptions } from 'typeorm';

/** A calendar date stored as DATE; read and written as 'YYYY-MM-DD'. */
export function DateColumn(options: ColumnOptions = {}) {
  return Column({ type: 'date', ...options });
}

/** A short code or label; always a bounded VARCHAR so MySQL can index it. */
export function CodeColumn(length = 64, options: ColumnOptions = {}) {
  return Column({ type: 'varchar', length, ...options });
}

export function TextColumn(options: ColumnOptions = {}) {
  return Column({ type: 'text', ...options });
}

export function FlagColumn(options: ColumnOptions = {}) {
  return Column({ type: 'boolean', default: false, ...options });
}

export function IntColumn(options: ColumnOptions = {}) {
  return Column({ type: 'int', ...options });
}
