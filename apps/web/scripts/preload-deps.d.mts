import type { Plugin } from 'vite';

/** Keeps the output bundle for resolveDependencies (see preload-deps.mjs). */
export function preloadDepsPlugin(): Plugin;

/** `build.modulePreload.resolveDependencies`: a lazy chunk's dependencies minus what its importer already loaded statically. */
export function resolveDependencies(fileName: string, deps: string[], context: { hostId: string; hostType: 'html' | 'js' }): string[];
