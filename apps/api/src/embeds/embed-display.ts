/**
 * How an embed is shown: the only query parameters an embed URL heeds. The
 * chart's question is locked in the saved chart; anything else in the query
 * string is ignored, and a bad theme or height falls back to the default
 * rather than failing an intranet page. Pure.
 */
import { CHART_THEMES, type ChartTheme } from '../chart-images/chart-theme';

export interface EmbedDisplay {
  theme: ChartTheme;
  /** The chart's height in pixels (its width is fixed and it scales to the frame). */
  height: number;
}

export const EMBED_DISPLAY_DEFAULTS: EmbedDisplay = { theme: 'light', height: 400 };
export const EMBED_HEIGHT_LIMITS = { min: 200, max: 1000 } as const;
/**
 * Heights are rounded to this step: each height is a drawing of its own, made on
 * the server's event loop, so a reader must not be able to ask for 800 of them.
 */
export const EMBED_HEIGHT_STEP = 50;
/** Drawn width; the SVG has a viewBox, so it scales to any frame, 320 px included. */
export const EMBED_CHART_WIDTH = 800;

function single(value: unknown): string | undefined {
  return typeof value === 'string' ? value.trim() : undefined;
}

export function readEmbedDisplay(query: Readonly<Record<string, unknown>>): EmbedDisplay {
  const theme = single(query.theme);
  const height = single(query.height);
  const pixels = height !== undefined && /^\d{1,4}$/.test(height) ? Number(height) : NaN;
  return {
    theme: theme !== undefined && (CHART_THEMES as readonly string[]).includes(theme) ? (theme as ChartTheme) : EMBED_DISPLAY_DEFAULTS.theme,
    height:
      pixels >= EMBED_HEIGHT_LIMITS.min && pixels <= EMBED_HEIGHT_LIMITS.max
        ? Math.round(pixels / EMBED_HEIGHT_STEP) * EMBED_HEIGHT_STEP
        : EMBED_DISPLAY_DEFAULTS.height,
  };
}

