/** jest globalTeardown: removes this run's template files and drops its MySQL template databases. */
import { rmSync } from 'fs';
import { createConnection } from 'mysql2/promise';
import { mysqlTemplateName, TEMPLATE_DIR_ENV, templateRun } from './template-run';

export default async function templateGlobalTeardown(): Promise<void> {
  const run = templateRun();
  if (!run) return;
  const server = process.env.TEST_MYSQL_URL;
  if (process.env.TEST_DIALECT === 'mysql' && server) {
    const conn = await createConnection({ uri: server });
    try {
      for (const kind of ['base', 'demo'] as const) await conn.query(`DROP DATABASE IF EXISTS \`${mysqlTemplateName(run, kind)}\``);
    } finally {
      await conn.end();
    }
  }
  rmSync(run.dir, { recursive: true, force: true });
  delete process.env[TEMPLATE_DIR_ENV];
}
