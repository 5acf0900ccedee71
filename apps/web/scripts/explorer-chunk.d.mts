import type { Plugin, Rolldown } from 'vite';

/** The name of the chunk the trend explorer and a saved chart's page share (see explorer-chunk.mjs). */
export const EXPLORER_CHUNK: string;

/** Rolldown's code-splitting group for that chunk: the modules TrendResults imports statically. */
export const explorerChunkGroup: Rolldown.CodeSplittingGroup;

/** Fails `vite build` when any page other than /trends and /charts/:id (or the entry) would load that chunk. */
export function explorerChunkGuard(): Plugin;
