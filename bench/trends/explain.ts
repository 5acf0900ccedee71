/**
 * `--explain`: the query plans behind the numbers. Captures the SQL the trend
 * engine actually sends (by listening on the data source's logger during one
 * GraphQL request) and prints the plan of that and of the hand-written SQL.
 */
import type { DataSource, Logger } from 'typeorm';
import type { Dialect } from './options';
import type { BenchQuery } from './queries';

export async function captureSql(dataSource: DataSource, work: () => Promise<unknown>): Promise<Array<{ sql: string; params: unknown[] }>> {
  const original = dataSource.logger;
  const captured: Array<{ sql: string; params: unknown[] }> = [];
  const listening: Logger = Object.assign(Object.create(original), {
    logQuery(query: string, parameters?: unknown[]) {
      captured.push({ sql: query, params: parameters ?? [] });
    },
  });
  dataSource.logger = listening;
  try {
    await work();
  } finally {
    dataSource.logger = original;
  }
  // The session's, the reference catalog's and the data versions' reads are not the trend's (it reads the
  // contacts or a rollup); EXPLAIN and the engine SQL timing want the SELECT without its time limit.
  return captured
    .filter((q) => /\bFROM\s+[`"]?(contact|rollup_\w+)[`"]?\s/i.test(q.sql))
    .map((q) => ({ ...q, sql: q.sql.replace(/^SET STATEMENT max_statement_time=[\d.]+ FOR /i, '').replace(/\/\*\+ MAX_EXECUTION_TIME\(\d+\) \*\/ /, '') }));
}

async function plan(dataSource: DataSource, dialect: Dialect, sql: string, params: unknown[]): Promise<string[]> {
  if (dialect === 'sqlite') {
    const rows: Array<{ detail: string }> = await dataSource.query(`EXPLAIN QUERY PLAN ${sql}`, params);
    return rows.map((r) => r.detail);
  }
  const rows: Array<Record<string, unknown>> = await dataSource.query(`EXPLAIN ${sql}`, params);
  return rows.map((r) => `${r.table} ${r.type} key=${r.key} rows=${r.rows} ${r.Extra ?? ''}`);
}

export async function explain(dataSource: DataSource, dialect: Dialect, query: BenchQuery, engineSql: Array<{ sql: string; params: unknown[] }>): Promise<string> {
  const lines = [`-- ${query.id} (${dialect})`];
  for (const [label, statements] of [
    ['engine', engineSql],
    ['raw', query.raw],
  ] as const) {
    for (const s of statements) {
      lines.push(`${label}: ${'sql' in s ? s.sql : ''}`);
      for (const step of await plan(dataSource, dialect, s.sql, s.params)) lines.push(`    ${step}`);
    }
  }
  return lines.join('\n');
}
