/**
 * Chart colours. Every series colour has a contrast ratio of at least 4.5:1
 * against the white page (checked in palette.test.ts), so thin lines and small
 * bars stay visible; text drawn on a colour is black or white, whichever
 * contrasts more. Colour is never the only way to read a chart: every chart
 * has a text summary and the same numbers in a table.
 */
export const SERIES_COLOURS = [
  '#1d70b8', // blue 5.2:1
  '#b55000', // orange 5.1:1
  '#00703c', // green 6.2:1
  '#912b88', // purple 7.2:1
  '#0b0c0c', // black 19.6:1
  '#8a6d00', // olive 4.9:1
  '#a6185f', // crimson 7.2:1
  '#00716b', // teal 5.9:1
  '#4c2c92', // indigo 10.1:1
  '#505a5f', // grey 7.1:1
] as const;

/** The ends of the heatmap's scale: pale blue for the smallest value, dark blue for the largest. */
export const SEQUENTIAL_LOW = '#e8f1f8';
export const SEQUENTIAL_HIGH = '#0b3d6b';

// Pure black: with white, one of the two always reaches 4.5:1 on any fill (#0b0c0c would not quite).
export const TEXT_DARK = '#000000';
export const TEXT_LIGHT = '#ffffff';

function channels(hex: string): [number, number, number] {
  const value = hex.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Black or white text, whichever contrasts more with the background (always at least 4.5:1). */
export function readableTextOn(background: string): string {
  return contrastRatio(background, TEXT_DARK) >= contrastRatio(background, TEXT_LIGHT) ? TEXT_DARK : TEXT_LIGHT;
}

/** The colour a fraction t (0 to 1) of the way from one colour to another. */
export function mixColours(from: string, to: string, t: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  const a = channels(from);
  const b = channels(to);
  return `#${a.map((c, i) => Math.round(c + (b[i]! - c) * clamped).toString(16).padStart(2, '0')).join('')}`;
}

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length]!;
}
