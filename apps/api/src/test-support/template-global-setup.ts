/** jest globalSetup: a fresh directory for this run's template databases (built lazily, see template-database.ts). */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { TEMPLATE_DIR_ENV } from './template-run';

export default function templateGlobalSetup(): void {
  process.env[TEMPLATE_DIR_ENV] = mkdtempSync(join(tmpdir(), 'complaints-templates-'));
}
