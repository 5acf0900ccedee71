// @ts-check
/**
 * Build-time replacement for the client preset's `graphql()` map (src/graphql/gql.ts).
 *
 * gql.ts maps every document's source text to its typed document, so any page calling
 * `graphql()` pulled every document in the app into the entry's chunk (the map's keys
 * repeat each query's text as well). The preset's Babel optimizer only swaps each call
 * for an import from the one generated `graphql.ts`, which would still put every document
 * in one chunk shared with the entry, and @vitejs/plugin-react 6 runs no Babel anyway.
 *
 * So in `vite build`, each `graphql(\`…\`)` call is replaced by the default import of a
 * virtual module holding just that document: the one codegen wrote in graphql.ts (fragments
 * included), as minified GraphQL text that urql's `gql` parses. Each document then lands in
 * the chunk of the page that uses it, and gql.ts, no longer called, is tree-shaken away.
 * Works for any document anyone adds, since both files are read after `npm run codegen`; a
 * call codegen does not know (stale codegen, or text in a comment) is left to the map with a
 * warning naming its file. Tests (jest) and `vite` dev keep the plain map: same documents.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { print, stripIgnoredCharacters } from 'graphql';

const VIRTUAL_PREFIX = 'virtual:graphql-document:';
/** `graphql(` + a template literal without substitutions; `(?<![\w$.])` skips `x.graphql(`. */
const CALL = /(?<![\w$.])graphql\(\s*`([^`]*)`\s*\)/g;

/**
 * @typedef {object} Generated
 * @property {Map<string, string>} nameBySource document source text (a key of gql.ts's map) → generated export name
 * @property {Map<string, string>} literalByName export name → the document's object literal, as codegen wrote it
 */

/** @param {string} generatedDir @returns {Generated} */
function readGenerated(generatedDir) {
  const gql = readFileSync(join(generatedDir, 'gql.ts'), 'utf8');
  const graphqlTs = readFileSync(join(generatedDir, 'graphql.ts'), 'utf8');

  /** @type {Map<string, string>} */
  const nameBySource = new Map();
  const start = gql.indexOf('const documents: Documents = {');
  if (start === -1) throw new Error(`graphql-documents: no documents map in ${generatedDir}/gql.ts (did the client preset's output change?)`);
  for (const line of gql.slice(start).split('\n').slice(1)) {
    if (line.startsWith('}')) break;
    const entry = /^\s*(".*"): types\.(\w+),?$/.exec(line);
    if (!entry) throw new Error(`graphql-documents: unexpected line in gql.ts's documents map: ${line.slice(0, 120)}`);
    nameBySource.set(JSON.parse(entry[1]), entry[2]);
  }

  /** @type {Map<string, string>} */
  const literalByName = new Map();
  for (const match of graphqlTs.matchAll(/^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode<.*>;$/gm)) {
    literalByName.set(match[1], match[2]);
  }
  return { nameBySource, literalByName };
}

/**
 * @param {string} srcDir the app's src/ (absolute); its `graphql/` subfolder is codegen's output.
 * @returns {import('vite').Plugin}
 */
export function graphqlDocumentsPlugin(srcDir) {
  const generatedDir = join(srcDir, 'graphql') + '/';
  /** @type {Generated} */
  let generated;

  return {
    name: 'complaints:graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      generated = readGenerated(generatedDir);
    },
    resolveId(id) {
      return id.startsWith(VIRTUAL_PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${VIRTUAL_PREFIX}`)) return undefined;
      const name = id.slice(VIRTUAL_PREFIX.length + 1);
      const literal = generated.literalByName.get(name);
      if (!literal) this.error(`graphql-documents: src/graphql/graphql.ts has no ${name}; run \`npm run codegen -w @complaints/web\``);
      // The document as its shortest GraphQL text, parsed in the browser by urql's own parser
      // (already in the entry for urql): far smaller than the JSON syntax tree in graphql.ts.
      const text = stripIgnoredCharacters(print(JSON.parse(literal)));
      return `import { gql } from '@urql/core';\nexport default gql(${JSON.stringify(text)});\n`;
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (!/\.[cm]?[jt]sx?$/.test(file) || !file.startsWith(srcDir) || file.startsWith(generatedDir)) return undefined;
      if (!code.includes('graphql(')) return undefined;
      /** @type {Map<string, string>} */
      const imports = new Map();
      const replaced = code.replace(CALL, (call, source) => {
        if (source.includes('\\')) return call; // escapes: the text would differ from the map's key
        const name = generated.nameBySource.get(source);
        if (!name) {
          this.warn(
            `graphql-documents: a graphql() document in ${relative(srcDir, file)} is not in src/graphql/gql.ts, so it ` +
              'stays a lookup in the map of every document; run `npm run codegen -w @complaints/web`',
          );
          return call;
        }
        const local = `__graphqlDocument_${name}`;
        imports.set(local, `${VIRTUAL_PREFIX}${name}`);
        // Keep the call's line breaks so later lines keep their numbers.
        return local + '\n'.repeat(call.split('\n').length - 1);
      });
      if (imports.size === 0) return undefined;
      // Prepended on the first line, again so that line numbers do not move.
      const header = [...imports].map(([local, from]) => `import ${local} from ${JSON.stringify(from)};`).join(' ');
      return { code: header + replaced, map: null };
    },
  };
}
