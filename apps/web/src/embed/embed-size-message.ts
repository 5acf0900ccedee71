/**
 * The one message the embed page (inside the iframe) sends to the page that
 * frames it: how tall its content is, so embed.js can size the frame.
 */
export const EMBED_SIZE_MESSAGE = 'complaints-insight:embed-size';

export interface EmbedSizeMessage {
  type: typeof EMBED_SIZE_MESSAGE;
  /** CSS pixels, a whole number. */
  height: number;
}

/** Taller than any chart with its table; a bound so a bad message cannot make a page endless. */
export const MAX_EMBED_HEIGHT = 20_000;

export function embedSizeMessage(height: number): EmbedSizeMessage {
  return { type: EMBED_SIZE_MESSAGE, height: Math.ceil(height) };
}

/** The height a message asks for, or null when it is not ours or not a sensible height. */
export function requestedHeight(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, height } = data as Partial<EmbedSizeMessage>;
  if (type !== EMBED_SIZE_MESSAGE || typeof height !== 'number' || !Number.isFinite(height) || height <= 0) return null;
  return Math.min(Math.ceil(height), MAX_EMBED_HEIGHT);
}
