#!/usr/bin/env node
/**
 * Gzipped sizes of the app's entry and of one route, read from a Vite build manifest, so
 * the "entry and explorer did not grow by more than 5 kB gzipped" check can be repeated.
 *
 *   npx vite build --manifest                      # (from apps/web) writes dist/.vite/manifest.json
 *   node scripts/bundle-size.mjs                    # entry + the trend explorer, from dist/
 *   node scripts/bundle-size.mjs --route src/routes/saved-chart.route.tsx
 *   node scripts/bundle-size.mjs --compare /tmp/base-dist   # adds a column for another build and the difference
 *   node scripts/bundle-size.mjs --with 'TrendChart|LineChart'    # also: entry + route + those lazy modules
 *   node scripts/bundle-size.mjs --json
 *
 * What is counted (gzip level 9 of each file, as served):
 * - entry: index.html's chunk, every chunk it imports statically (recursively) and their CSS —
 *   what every page loads before its route;
 * - route: the route module's chunk and its static imports (recursively) that the entry does not
 *   already load, with their CSS — what opening the page adds;
 * - route, on demand: chunks the route imports dynamically (a chart type, a dialog), at any depth,
 *   beyond both, listed separately because they load only when used;
 * - first view (with --with <regex>): entry + route + the on-demand modules whose source path
 *   matches, e.g. the explorer's default line chart: everything a first visit downloads.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
};
const positional = args.filter((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
const distDir = resolve(positional[0] ?? 'dist');
const route = option('--route', 'src/routes/trends.route.tsx');
const compareDir = option('--compare', undefined);
const asJson = args.includes('--json');
const withOption = option('--with', undefined);
const withPattern = withOption ? new RegExp(withOption) : undefined;

/** Sizes of one build: { entry, route, onDemand }, each { files: [{file, bytes, gzip}], bytes, gzip }. */
function measure(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey) throw new Error(`${dir}: no entry in the manifest`);
  if (!manifest[route]) throw new Error(`${dir}: the manifest has no ${route} (is it still a route module?)`);

  /** Chunk keys reachable from `key` through static imports. */
  const staticClosure = (key, into = new Set()) => {
    if (into.has(key)) return into;
    into.add(key);
    for (const imported of manifest[key].imports ?? []) staticClosure(imported, into);
    return into;
  };
  const files = (keys) => {
    const names = new Set();
    for (const key of keys) {
      names.add(manifest[key].file);
      for (const css of manifest[key].css ?? []) names.add(css);
    }
    return [...names].sort();
  };
  const sized = (names, exclude = new Set()) => {
    const list = names
      .filter((file) => !exclude.has(file))
      .map((file) => {
        const content = readFileSync(join(dir, file));
        return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
      });
    return {
      files: list,
      bytes: list.reduce((sum, f) => sum + f.bytes, 0),
      gzip: list.reduce((sum, f) => sum + f.gzip, 0),
    };
  };

  const entryKeys = staticClosure(entryKey);
  const entryFiles = files(entryKeys);
  const routeKeys = staticClosure(route);
  const routeFiles = files([...routeKeys].filter((key) => !entryKeys.has(key)));
  const loaded = new Set([...entryFiles, ...routeFiles]);
  /** Everything the route can load later: its dynamic imports, theirs in turn, and their static imports. */
  const onDemandKeys = new Set();
  const visitDynamic = (key) => {
    for (const dynamic of manifest[key].dynamicImports ?? []) {
      if (onDemandKeys.has(dynamic) || entryKeys.has(dynamic) || routeKeys.has(dynamic)) continue;
      for (const reached of staticClosure(dynamic)) {
        if (onDemandKeys.has(reached) || entryKeys.has(reached) || routeKeys.has(reached)) continue;
        onDemandKeys.add(reached);
        visitDynamic(reached);
      }
    }
  };
  for (const key of routeKeys) if (!entryKeys.has(key)) visitDynamic(key);
  /** A first view: the route plus the on-demand modules whose source matches --with (e.g. its default chart). */
  const firstViewKeys = new Set();
  if (withPattern) {
    for (const key of onDemandKeys) if (manifest[key].src && withPattern.test(manifest[key].src)) staticClosure(key, firstViewKeys);
  }
  return {
    dir,
    entry: sized(entryFiles),
    route: sized(routeFiles),
    onDemand: sized(files(onDemandKeys), loaded),
    firstView: sized([...new Set([...entryFiles, ...routeFiles, ...files(firstViewKeys)])].sort()),
  };
}

const kB = (n) => (n / 1000).toFixed(2);
const current = measure(distDir);
const base = compareDir ? measure(resolve(compareDir)) : undefined;

if (asJson) {
  console.log(JSON.stringify({ route, current, base }, null, 2));
} else {
  const section = (title, key) => {
    console.log(`\n${title}`);
    for (const f of current[key].files) console.log(`  ${f.file.padEnd(56)} ${kB(f.bytes).padStart(9)} kB  gzip ${kB(f.gzip).padStart(7)} kB`);
    const line = `  ${'total'.padEnd(56)} ${kB(current[key].bytes).padStart(9)} kB  gzip ${kB(current[key].gzip).padStart(7)} kB`;
    console.log(
      base
        ? `${line}   (compared: gzip ${kB(base[key].gzip)} kB, ${current[key].gzip >= base[key].gzip ? '+' : ''}${kB(current[key].gzip - base[key].gzip)} kB)`
        : line,
    );
  };
  console.log(`Build: ${distDir}${base ? `  compared with: ${base.dir}` : ''}  (gzip level 9, kB = 1000 bytes)`);
  section('Entry (index.html, its static imports and CSS)', 'entry');
  section(`Route ${route}: what it adds to the entry`, 'route');
  section(`Route ${route}: loaded on demand (dynamic imports, at any depth)`, 'onDemand');
  if (withPattern) section(`First view: entry + route + on-demand modules matching /${withOption}/`, 'firstView');
}
