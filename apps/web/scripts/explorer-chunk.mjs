// @ts-check
/**
 * One chunk for what the trend explorer (/trends) and a saved chart's page (/charts/:id) both
 * show: the answer (TrendResults), its table, chart choice, words and formatting.
 *
 * Rolldown's automatic splitting keeps these together only while one lazy module (TrendChart)
 * shares them. With a second (trend-comparison, loaded for "Compare with the previous year")
 * it reduces each module's set of importers one group at a time, stops where a reduction would
 * briefly form a cycle, and so emits `trend-format`, `trend-labels` and the domain's
 * `trend-description` as three more small chunks: about 0.5 kB gzip more on the explorer's
 * route than in one chunk (bundle-size.mjs, measured with Vite 8.3 / Rolldown 1.2). This group
 * names the modules instead; their own imports (domain rules, React, urql) stay where automatic
 * splitting puts them (`includeDependenciesRecursively: false`), so no other page's code moves.
 *
 * The group puts the domain's `trend-description` (headings, dates in words) in this chunk, so a
 * page that later imports one of its functions would load the explorer's chunk with it;
 * `explorerChunkGuard` fails the build if any page other than these two reaches the chunk.
 */

/** The group's (and so the chunk's) name. */
export const EXPLORER_CHUNK = 'trends';

/** What TrendResults imports statically (not what it loads lazily: the chart, the comparison, filter names). */
const MEMBERS = new RegExp(
  [
    String.raw`/src/features/trends/(TrendResults|TrendTable|TrendChartChoice|useTrendQuery)\.tsx?$`,
    String.raw`/src/features/trends/trend-(table|chart-type|words|format|labels)\.ts$`,
    String.raw`/packages/domain/dist/esm/trends/trend-description\.js$`,
    String.raw`^\0virtual:graphql-document:TrendDocument$`,
  ].join('|'),
);

/** The pages (route modules) that may load the chunk. */
const ROUTES = ['src/routes/trends.route.tsx', 'src/routes/saved-chart.route.tsx'];

/** @type {import('vite').Rolldown.CodeSplittingGroup} */
export const explorerChunkGroup = {
  name: EXPLORER_CHUNK,
  test: (id) => MEMBERS.test(id.replaceAll('\\', '/')),
  includeDependenciesRecursively: false,
};

/**
 * Fails the build when a chunk that another page (or the entry) loads imports the explorer's
 * chunk statically, naming the chunk and the pages.
 * @returns {import('vite').Plugin}
 */
export function explorerChunkGuard() {
  return {
    name: 'complaints:explorer-chunk-guard',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = /** @type {import('vite').Rolldown.OutputChunk[]} */ (Object.values(bundle).filter((file) => file.type === 'chunk'));
      const explorer = chunks.find((chunk) => chunk.name === EXPLORER_CHUNK && chunk.moduleIds.some((id) => MEMBERS.test(id)));
      if (!explorer) return;
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      /**
       * Pages reaching each chunk, through static and lazy imports but not through the entry (which
       * every chunk imports, and which imports every page lazily); the entry, through static imports.
       */
      /** @type {Map<string, Set<string>>} */
      const reachedFrom = new Map();
      /** @param {string} root @param {string} fileName @param {boolean} lazyToo */
      const visit = (root, fileName, lazyToo) => {
        const seen = reachedFrom.get(fileName) ?? new Set();
        if (seen.has(root)) return;
        seen.add(root);
        reachedFrom.set(fileName, seen);
        const chunk = byFile.get(fileName);
        if (lazyToo && chunk?.isEntry) return;
        for (const next of [...(chunk?.imports ?? []), ...(lazyToo ? (chunk?.dynamicImports ?? []) : [])]) visit(root, next, lazyToo);
      };
      for (const chunk of chunks) {
        const page = chunk.facadeModuleId?.replaceAll('\\', '/').match(/src\/routes\/[^/]+\.route\.tsx$/)?.[0];
        if (page) visit(page, chunk.fileName, true);
        if (chunk.isEntry) visit('the entry', chunk.fileName, false);
      }
      for (const chunk of chunks) {
        if (!chunk.imports.includes(explorer.fileName)) continue;
        const others = [...(reachedFrom.get(chunk.fileName) ?? [])].filter((root) => !ROUTES.includes(root));
        if (others.length) {
          this.error(
            `${chunk.fileName} imports the explorer's chunk (${explorer.fileName}) and is loaded by ${others.join(', ')}: ` +
              'move what it needs out of the group in scripts/explorer-chunk.mjs, or stop importing it there',
          );
        }
      }
    },
  };
}
