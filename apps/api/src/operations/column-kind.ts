/**
 * What kind of value each entity column holds, independent of the dialect, so
 * that db-copy, backups and checksums treat a value the same way whichever
 * database it came from. Read from TypeORM's metadata; a column type not
 * listed here stops the operation rather than being copied on a guess.
 */
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

export type ColumnKind = 'integer' | 'decimal' | 'float' | 'boolean' | 'text' | 'date' | 'datetime' | 'blob';

export interface ColumnPlan {
  name: string;
  kind: ColumnKind;
  /** Fractional-second digits a datetime keeps on MySQL (0 to 3), the same in either dialect's plan. */
  precision: number | null;
}

const KINDS: Record<string, ColumnKind> = {
  int: 'integer',
  integer: 'integer',
  smallint: 'integer',
  mediumint: 'integer',
  bigint: 'integer',
  decimal: 'decimal',
  numeric: 'decimal',
  float: 'float',
  double: 'float',
  real: 'float',
  'double precision': 'float',
  boolean: 'boolean',
  bool: 'boolean',
  varchar: 'text',
  char: 'text',
  nvarchar: 'text',
  text: 'text',
  tinytext: 'text',
  mediumtext: 'text',
  longtext: 'text',
  'simple-json': 'text',
  'simple-array': 'text',
  uuid: 'text',
  date: 'date',
  datetime: 'datetime',
  timestamp: 'datetime',
  blob: 'blob',
  mediumblob: 'blob',
  longblob: 'blob',
  binary: 'blob',
  varbinary: 'blob',
};

/** Types given as a TypeScript class (a column typed by reflection, e.g. a foreign key's `number`). */
const CONSTRUCTOR_KINDS = new Map<unknown, ColumnKind>([
  [Number, 'integer'],
  [String, 'text'],
  [Boolean, 'boolean'],
  [Date, 'datetime'],
  [Buffer, 'blob'],
]);

export class UnknownColumnTypeError extends Error {}

export function columnKind(type: unknown, where: string): ColumnKind {
  const kind = typeof type === 'string' ? KINDS[type.toLowerCase()] : CONSTRUCTOR_KINDS.get(type);
  if (!kind) {
    const name = typeof type === 'function' ? type.name : String(type);
    throw new UnknownColumnTypeError(`column ${where} has type '${name}', which the copy and backup tools do not know; add it to operations/column-kind.ts`);
  }
  return kind;
}

/**
 * The precision MySQL gives a datetime column, whichever dialect's metadata
 * this is (SQLite's says nothing): TypeORM makes create/update/delete-date
 * columns DATETIME(6) on MySQL, and any other DATETIME keeps whole seconds.
 */
function mysqlPrecision(column: ColumnMetadata): number {
  if (column.precision !== null && column.precision !== undefined) return column.precision;
  return column.isCreateDate || column.isUpdateDate || column.isDeleteDate ? 6 : 0;
}

export function columnPlan(column: ColumnMetadata, table: string): ColumnPlan {
  const kind = columnKind(column.type, `${table}.${column.databaseName}`);
  return {
    name: column.databaseName,
    kind,
    // JavaScript dates hold milliseconds: no more than 3 digits ever reach either database.
    precision: kind === 'datetime' ? Math.min(mysqlPrecision(column), 3) : null,
  };
}
