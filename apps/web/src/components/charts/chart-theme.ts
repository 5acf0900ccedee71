import type { PartialTheme } from '@nivo/theming';

/** The nivo theme every chart uses: the app's font and text colour, 14px ticks. */
export const chartTheme: PartialTheme = {
  text: { fontFamily: 'Arial, Helvetica, sans-serif', fontSize: 14, fill: '#0b0c0c' },
  axis: {
    domain: { line: { stroke: '#505a5f', strokeWidth: 1 } },
    ticks: { line: { stroke: '#505a5f', strokeWidth: 1 }, text: { fill: '#0b0c0c', fontSize: 14 } },
    legend: { text: { fill: '#0b0c0c', fontSize: 14, fontWeight: 700 } },
  },
  grid: { line: { stroke: '#d8dadc', strokeWidth: 1 } },
  labels: { text: { fontSize: 14, fontWeight: 700 } },
  tooltip: {
    container: { background: '#ffffff', color: '#0b0c0c', fontSize: 14, border: '1px solid #0b0c0c', borderRadius: 0 },
  },
};

/** Long tick labels are cut short on the chart; the table gives them in full. */
export function shorten(label: string, max = 32): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** Every nth category, so at most `max` ticks are drawn. */
export function thinTicks(categories: string[], max = 12): string[] {
  if (categories.length <= max) return categories;
  const step = Math.ceil(categories.length / max);
  return categories.filter((_, i) => i % step === 0);
}

/** Left margin wide enough for the longest (shortened) label at 14px. */
export function labelMargin(labels: string[], max = 32): number {
  const longest = Math.max(0, ...labels.map((label) => shorten(label, max).length));
  return Math.min(260, Math.max(60, Math.round(longest * 7.5) + 16));
}

/** Charts do not animate for people who ask their system for less motion. */
export function animateCharts(): boolean {
  return !(typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches);
}

/**
 * Axis ticks for small whole numbers (counts up to 10): each whole number once,
 * where the default ticks would fall between them and print '2' twice.
 */
export function wholeNumberTicks(values: ReadonlyArray<number | null>): number[] | undefined {
  const present = values.filter((v): v is number => v !== null);
  if (!present.length || present.some((v) => !Number.isInteger(v))) return undefined;
  const max = Math.max(0, ...present);
  return max <= 10 ? Array.from({ length: Math.max(1, max) + 1 }, (_, i) => i) : undefined;
}
