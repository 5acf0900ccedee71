/**
 * Complainants' details are kept out of aggregates, exports and embeds by
 * construction: only case work (contacts, complainants), the demo data that
 * seeds them and the wiring that registers every entity and resolver may
 * import this folder. A trend, report, export, chart image or embed that
 * reached for a complainant would have to import it, and fails here first.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';

const SRC = join(__dirname, '..');
// retention/ deletes complainants' rows when it anonymises a closed case, and reads nothing from them.
// have-your-say's test reads the complainant a converted submission made, to show nothing beyond what was typed is kept.
const ALLOWED = ['have-your-say/have-your-say.integration.test.ts', 'complainants/', 'contacts/', 'demo-data/', 'test-support/', 'retention/', 'db/entities.ts', 'db/migrations/', 'graphql/build-schema.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("complainants' details stay in case work", () => {
  it('are imported by case work only: never by trends, reports, exports, chart images, embeds or aggregates', () => {
    const importers = sourceFiles(SRC)
      .filter((file) => /from '[./]*\/?complainants\/|from '\.\.\/complainants\//.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file).replace(/\\/g, '/'));
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter((file) => !ALLOWED.some((allowed) => file.startsWith(allowed)))).toEqual([]);
  });
});
