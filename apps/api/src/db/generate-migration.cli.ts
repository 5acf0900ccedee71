/**
 * Writes a migration for each dialect from the difference between the entities
 * and the schema the existing migrations build (what `typeorm migration:generate`
 * does, for both dialects in one go, with no config file to keep in step).
 *
 *   npm run migration:generate -w @complaints/api -- AddSomething [--mysql-url mysql://root@127.0.0.1:3306/test]
 *
 * The MySQL side needs a server; it works in a scratch database it drops afterwards.
 */
import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config/config';
import { createDataSource } from './data-source';
import { withScratchMysqlDatabase } from './scratch-mysql-database';

type Query = { query: string; parameters?: unknown[] };

function render(queries: Query[]): string {
  return queries
    .map((q) => {
      const params = q.parameters && q.parameters.length ? `, ${JSON.stringify(q.parameters)}` : '';
      return `    await queryRunner.query(${JSON.stringify(q.query)}${params});`;
    })
    .join('\n');
}

async function pendingChanges(database: DatabaseConfig): Promise<{ up: Query[]; down: Query[] }> {
  const dataSource: DataSource = await createDataSource(database);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return { up: sql.upQueries, down: sql.downQueries.reverse() };
  } finally {
    await dataSource.destroy();
  }
}

function write(dialect: 'sqlite' | 'mysql', name: string, timestamp: number, changes: { up: Query[]; down: Query[] }) {
  const folder = resolve(__dirname, 'migrations', dialect);
  const className = `${name}${timestamp}`;
  const file = `${timestamp}-${name}`;
  writeFileSync(
    join(folder, `${file}.ts`),
    `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${render(changes.up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${render(changes.down)}
  }
}
`,
  );
  // Keep the explicit, ordered index of migrations in step.
  const indexFile = join(folder, 'index.ts');
  const index = readFileSync(indexFile, 'utf8');
  const exportName = dialect === 'sqlite' ? 'SQLITE_MIGRATIONS' : 'MYSQL_MIGRATIONS';
  const imports = [...index.matchAll(/^import .*$/gm)].map((m) => m[0]);
  const names = [...index.matchAll(/^import \{ (\w+) \}/gm)].map((m) => m[1]);
  imports.push(`import { ${className} } from './${file}';`);
  names.push(className);
  writeFileSync(indexFile, `${imports.join('\n')}\n\nexport const ${exportName} = [${names.join(', ')}];\n`);
  console.log(`${dialect}: wrote ${file}.ts (${changes.up.length} statements)`);
}

async function main() {
  const args = process.argv.slice(2);
  const name = args.find((a) => !a.startsWith('--'));
  const urlFlag = args.indexOf('--mysql-url');
  const mysqlUrl = urlFlag >= 0 ? args[urlFlag + 1] : 'mysql://root@127.0.0.1:3306/test';
  if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
    console.error('Usage: generate-migration <PascalCaseName> [--mysql-url mysql://user@host:3306/db]');
    process.exit(2);
  }
  const timestamp = Date.now();
  const scratchDir = mkdtempSync(join(tmpdir(), 'migration-'));
  const sqlite = await pendingChanges({ dialect: 'sqlite', path: join(scratchDir, 'scratch.sqlite') }).finally(() =>
    rmSync(scratchDir, { recursive: true, force: true }),
  );
  const mysql = await withScratchMysqlDatabase(mysqlUrl, 'migration', (url) =>
    pendingChanges({ dialect: 'mysql', url }),
  );
  if (!sqlite.up.length && !mysql.up.length) {
    console.log('No schema changes: the migrations already match the entities.');
    return;
  }
  if (sqlite.up.length) write('sqlite', name, timestamp, sqlite);
  if (mysql.up.length) write('mysql', name, timestamp, mysql);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
