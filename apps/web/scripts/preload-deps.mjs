// @ts-check
/**
 * Shorter preload lists for lazy imports.
 *
 * Before a lazy chunk loads, Vite preloads the chunks it imports, from a list of file names
 * written into the importing chunk (`__vite__mapDeps([...])`). The list names every one of
 * them, including those the importing chunk has itself imported statically (React, the
 * entry, shared domain chunks), which are certainly loaded by then and which the preload
 * helper skips at run time anyway. Dropping those names changes nothing in the browser and
 * takes about 10 names out of the trend explorer's route chunk, for example.
 *
 * `preloadDepsPlugin` keeps a reference to the output bundle (its `generateBundle` runs before
 * Vite's, which writes the lists); `resolveDependencies` (for `build.modulePreload`) then leaves
 * out what the importing chunk loads statically. CSS files are not passed to it (Vite keeps them).
 */

/** @type {import('vite').Rolldown.OutputBundle | undefined} */
let bundle;

/** @returns {import('vite').Plugin} */
export function preloadDepsPlugin() {
  return {
    name: 'complaints:preload-deps',
    apply: 'build',
    generateBundle(_options, output) {
      bundle = output;
    },
  };
}

/**
 * Chunks `fileName` imports statically, at any depth (so loaded before it runs).
 * @param {string} fileName
 * @param {Set<string>} into
 */
function staticImports(fileName, into = new Set()) {
  const chunk = bundle?.[fileName];
  if (chunk?.type !== 'chunk') return into;
  for (const imported of chunk.imports) {
    if (into.has(imported)) continue;
    into.add(imported);
    staticImports(imported, into);
  }
  return into;
}

/**
 * `build.modulePreload.resolveDependencies`: a lazy chunk's dependencies minus what its importer
 * (`hostId`, a JS chunk) has already loaded statically. For the HTML entry, all of them.
 * @param {string} _fileName
 * @param {string[]} deps
 * @param {{ hostId: string; hostType: 'html' | 'js' }} context
 * @returns {string[]}
 */
export function resolveDependencies(_fileName, deps, { hostId, hostType }) {
  if (hostType !== 'js' || !bundle) return deps;
  const loaded = staticImports(hostId);
  return deps.filter((dep) => !loaded.has(dep));
}
