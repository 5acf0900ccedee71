/**
 * One jest run's template databases: jest's globalSetup makes a directory for
 * the run and names it in the environment, which every test worker inherits;
 * globalTeardown removes it (and drops the MySQL templates). Templates are
 * built from the current migrations in every run, never kept between runs.
 */
export const TEMPLATE_DIR_ENV = 'COMPLAINTS_TEST_TEMPLATE_DIR';

export type TemplateKind = 'base' | 'demo';

export interface TemplateRun {
  /** Holds the SQLite template files and the build locks. */
  dir: string;
  /** Short and unique to the run: names the MySQL template databases. */
  id: string;
}

/** The current run's templates, or null outside a jest run with the globalSetup (then each file migrates). */
export function templateRun(): TemplateRun | null {
  const dir = process.env[TEMPLATE_DIR_ENV];
  if (!dir) return null;
  return { dir, id: dir.slice(-6).replace(/[^A-Za-z0-9]/g, '_') };
}

export function mysqlTemplateName(run: TemplateRun, kind: TemplateKind): string {
  return `ci_tpl_${run.id}_${kind}`;
}
