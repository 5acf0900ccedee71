/**
 * The three looks of a chart image: light (the app's), dark, and high contrast
 * (white on black, heavier strokes). Series colours are made legible on the
 * background: on dark backgrounds each category colour is lightened until it
 * contrasts 4.5:1, so the same category keeps the same hue everywhere.
 */
import { contrastRatio, mixColours } from '@complaints/domain';
import type { PartialTheme } from '@nivo/theming';

export type ChartTheme = 'light' | 'dark' | 'high-contrast';

export const CHART_THEMES: readonly ChartTheme[] = ['light', 'dark', 'high-contrast'];

export interface ChartPalette {
  background: string;
  text: string;
  /** Secondary text: period, filters, source. */
  muted: string;
  axis: string;
  grid: string;
  /** A heatmap cell with nothing to show. */
  empty: string;
  /** Strokes of the hatching that marks a suppressed figure. */
  hatch: string;
  heatLow: string;
  heatHigh: string;
  strokeWidth: number;
}

export const PALETTES: Readonly<Record<ChartTheme, ChartPalette>> = {
  light: {
    background: '#ffffff',
    text: '#0b0c0c',
    muted: '#3d4346',
    axis: '#505a5f',
    grid: '#d8dadc',
    empty: '#ffffff',
    hatch: '#505a5f',
    heatLow: '#e8f1f8',
    heatHigh: '#0b3d6b',
    strokeWidth: 2,
  },
  dark: {
    background: '#1b1d1e',
    text: '#f3f2f1',
    muted: '#c9cbcc',
    axis: '#b1b4b6',
    grid: '#3f4447',
    empty: '#1b1d1e',
    hatch: '#b1b4b6',
    heatLow: '#23354a',
    heatHigh: '#9fcbef',
    strokeWidth: 2,
  },
  'high-contrast': {
    background: '#000000',
    text: '#ffffff',
    muted: '#ffffff',
    axis: '#ffffff',
    grid: '#6f777b',
    empty: '#000000',
    hatch: '#ffffff',
    heatLow: '#1a1a00',
    heatHigh: '#ffdd00',
    strokeWidth: 3,
  },
};

/** Arial where installed; Liberation Sans (the same metrics) where the PNG is drawn on Linux. */
export const FONT_FAMILY = "Arial, Helvetica, 'Liberation Sans', sans-serif";

export function nivoTheme(palette: ChartPalette): PartialTheme {
  return {
    background: 'transparent',
    text: { fontFamily: FONT_FAMILY, fontSize: 13, fill: palette.text },
    axis: {
      domain: { line: { stroke: palette.axis, strokeWidth: 1 } },
      ticks: { line: { stroke: palette.axis, strokeWidth: 1 }, text: { fill: palette.text, fontSize: 12, fontFamily: FONT_FAMILY } },
      legend: { text: { fill: palette.text, fontSize: 13, fontWeight: 700, fontFamily: FONT_FAMILY } },
    },
    grid: { line: { stroke: palette.grid, strokeWidth: 1 } },
    labels: { text: { fontSize: 12, fontWeight: 700, fontFamily: FONT_FAMILY } },
  };
}

/** A category colour made to contrast 4.5:1 with the background, moving towards the text colour only as far as needed. */
export function legibleOn(colour: string, palette: ChartPalette): string {
  for (let t = 0; t <= 1; t += 0.05) {
    const candidate = mixColours(colour, palette.text, t);
    if (contrastRatio(candidate, palette.background) >= 4.5) return candidate;
  }
  return palette.text;
}
