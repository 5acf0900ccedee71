/**
 * The two small scripts of the embed feature, built apart from the app (no
 * React, no shared chunks) as classic scripts with fixed names, so the
 * snippet and the embed page can name them:
 *
 * - dist/embed.js       on the intranet page: sizes each embed's iframe (src/embed/embed.ts)
 * - dist/embed-page.js  inside the iframe: the table toggle and size reports (src/embed/embed-page.ts)
 *
 * `vite build -c vite.embed.config.ts` (chained after the app's build, which
 * empties dist/ first) prints their gzipped sizes and fails when together
 * they pass EMBED_SCRIPTS_BUDGET: the issue allows the embed page 20 KB of
 * JavaScript, and embed.js runs on the same page view.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig, type EnvironmentOptions } from 'vite';

const OUT_DIR = 'dist';
export const EMBED_SCRIPTS_BUDGET = 20 * 1024;

/** Environment name → [entry, output file]. One build each: an IIFE has exactly one entry. */
const SCRIPTS = {
  embed: ['src/embed/embed.ts', 'embed.js'],
  embedPage: ['src/embed/embed-page.ts', 'embed-page.js'],
} as const;

function scriptEnvironment(entry: string, fileName: string): EnvironmentOptions {
  return {
    consumer: 'client',
    build: {
      outDir: OUT_DIR,
      // The app's build has just written dist/; keep it.
      emptyOutDir: false,
      copyPublicDir: false,
      // embed.js runs on intranet pages we do not control, in whatever browser they have.
      target: 'es2017',
      lib: { entry, formats: ['iife'], name: 'ComplaintsInsightEmbed', fileName: () => fileName },
    },
  };
}

function gzipKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(2)} kB`;
}

function reportSizes(): void {
  let total = 0;
  const lines = Object.values(SCRIPTS).map(([, fileName]) => {
    const content = readFileSync(join(OUT_DIR, fileName));
    const gzipped = gzipSync(content, { level: 9 }).length;
    total += gzipped;
    return `  ${fileName.padEnd(14)} ${gzipKb(content.length).padStart(10)} │ gzip: ${gzipKb(gzipped)}`;
  });
  process.stdout.write(`\nEmbed scripts:\n${lines.join('\n')}\n  together: ${gzipKb(total)} gzip (budget ${gzipKb(EMBED_SCRIPTS_BUDGET)})\n`);
  if (total > EMBED_SCRIPTS_BUDGET) {
    throw new Error(`The embed scripts are ${gzipKb(total)} gzipped, over the ${gzipKb(EMBED_SCRIPTS_BUDGET)} budget for the embed page's JavaScript.`);
  }
}

export default defineConfig({
  publicDir: false,
  environments: Object.fromEntries(Object.entries(SCRIPTS).map(([name, [entry, fileName]]) => [name, scriptEnvironment(entry, fileName)])),
  builder: {
    async buildApp(builder) {
      for (const name of Object.keys(SCRIPTS)) await builder.build(builder.environments[name]!);
      reportSizes();
    },
  },
});
