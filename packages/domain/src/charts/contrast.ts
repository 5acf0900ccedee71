/**
 * WCAG colour arithmetic for charts: relative luminance, contrast ratio, and
 * the text colour that reads on a fill. Graphical objects need 3:1 against
 * their background (WCAG 2.2, 1.4.11); text needs 4.5:1 (1.4.3).
 */

/** Pure black: with white, one of the two always reaches 4.5:1 on any fill (#0b0c0c would not quite). */
export const TEXT_DARK = '#000000';
export const TEXT_LIGHT = '#ffffff';

function channels(hex: string): [number, number, number] {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) throw new RangeError(`'${hex}' is not a #rrggbb colour`);
  const value = match[1]!;
  return [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance of a #rrggbb colour (0 for black, 1 for white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white), whichever order they come in. */
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
