import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { explorerChunkGroup, explorerChunkGuard } from './scripts/explorer-chunk.mjs';
import { graphqlDocumentsPlugin } from './scripts/graphql-documents-plugin.mjs';
import { preloadDepsPlugin, resolveDependencies } from './scripts/preload-deps.mjs';

/** Where the API (apps/api) listens in development. */
const API_ORIGIN = 'http://localhost:4000';

/**
 * Paths served by the API rather than by Vite; nginx proxies the same ones in docker/nginx.conf.
 * '/report/' (the printable annual report, /report/2009-10) keeps its slash, as in nginx, so the
 * app's own /annual-report page and any future /reports… page stay with Vite; likewise '/embed/'
 * (the public embed pages and images) keeps its slash so the app's /embeds register stays with Vite.
 */
const API_PATHS = ['/graphql', '/healthz', '/export', '/report/', '/import', '/embed/', '/embed.js', '/embed-page.js'] as const;

export default defineConfig({
  // graphqlDocumentsPlugin: in `vite build`, each graphql() call imports only its own document,
  // so pages do not load every document in the app (see the plugin's file). explorerChunkGuard: see
  // explorerChunkGroup below; preloadDepsPlugin: see modulePreload.
  plugins: [graphqlDocumentsPlugin(fileURLToPath(new URL('./src/', import.meta.url))), react(), explorerChunkGuard(), preloadDepsPlugin()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(API_PATHS.map((path) => [path, { target: API_ORIGIN, changeOrigin: true }])),
  },
  preview: {
    port: 4173,
    strictPort: true,
    proxy: Object.fromEntries(API_PATHS.map((path) => [path, { target: API_ORIGIN, changeOrigin: true }])),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // A lazy import preloads only the chunks its importer has not already loaded (scripts/preload-deps.mjs).
    modulePreload: { resolveDependencies },
    rolldownOptions: {
      output: {
        // The chunk every chart shares (nivo core, d3 scales, react-spring) would be named after
        // whichever of our modules came first in it; call it what it is.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.includes('/node_modules/@nivo/core/'))
            ? 'assets/nivo-[hash].js'
            : 'assets/[name]-[hash].js',
        // What the trend explorer and a saved chart's page share, in one chunk whatever the lazy
        // parts beside it (scripts/explorer-chunk.mjs says why; its guard keeps other pages off it).
        codeSplitting: { groups: [explorerChunkGroup] },
      },
    },
  },
});
