/** Text on a chart image: cutting labels short and wrapping lines, by estimated width (no browser to measure in). */

/** Average advance of a character in Arial, as a share of the font size: enough to wrap and size margins safely. */
const AVERAGE_ADVANCE = 0.56;

export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * AVERAGE_ADVANCE;
}

/** Long labels are cut short on the chart; the description and the data say them in full. */
export function shorten(label: string, max = 28): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** Words into lines no wider than `width`; a word longer than a line is cut. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(8, Math.floor(width / (fontSize * AVERAGE_ADVANCE)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= perLine) line = candidate;
    else {
      if (line) lines.push(line);
      line = word.length > perLine ? shorten(word, perLine) : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Every nth category label, so at most `max` ticks are drawn. */
export function thinTicks<T>(categories: T[], max: number): T[] {
  if (categories.length <= max) return categories;
  const step = Math.ceil(categories.length / max);
  return categories.filter((_, i) => i % step === 0);
}
