/**
 * A chart image's SVG as PNG, drawn by resvg (Rust, prebuilt for the platform;
 * no browser). Text needs a font on the machine: Arial or its metric twin
 * Liberation Sans (Debian's fonts-liberation), else the first sans-serif found.
 */
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';

export interface PngOptions {
  /** Pixels per SVG unit: 2 gives a sharp image on high-density screens and in print. */
  scale?: number;
}

function renderOptions({ scale = 1 }: PngOptions): ResvgRenderOptions {
  return {
    fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
    logLevel: 'off',
  };
}

/** Draws on the calling thread: for scripts and tests. */
export function svgToPng(svg: string, options: PngOptions = {}): Buffer {
  return new Resvg(svg, renderOptions(options)).render().asPng();
}

/** Draws on libuv's thread pool, leaving the event loop free: for HTTP routes. */
export async function svgToPngAsync(svg: string, options: PngOptions = {}): Promise<Buffer> {
  return (await renderAsync(svg, renderOptions(options))).asPng();
}
