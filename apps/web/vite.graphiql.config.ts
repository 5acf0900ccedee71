/**
 * The GraphQL explorer (src/graphiql/): GraphiQL with its Monaco editor and
 * workers, built apart from the app into dist/graphiql/ so that the app never
 * loads any of it. The API serves dist/graphiql/index.html at GET /graphql
 * outside production (apps/api/src/http/explorer-page.ts), with a CSP allowing
 * only this origin (its prebuilt CSS carries its fonts as data: URLs); the
 * assets come from /graphiql/assets/.
 *
 * `vite build -c vite.graphiql.config.ts`, chained after the app's build
 * (which empties dist/ first).
 */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./src/graphiql', import.meta.url)),
  base: '/graphiql/',
  publicDir: false,
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('./dist/graphiql', import.meta.url)),
    emptyOutDir: true,
    // Monaco is large and loads only here: no point warning about it.
    chunkSizeWarningLimit: 5000,
    // Our own assets as files (GraphiQL's CSS comes with its fonts inlined already).
    assetsInlineLimit: 0,
    rolldownOptions: {
      // GraphiQL's React-compiler directives ("use no memo") are dropped when bundled, harmlessly: not worth a warning each.
      onLog(level, log, handler) {
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
      },
    },
  },
});
