/**
 * Chart colours, from the domain's one colour map (which chart images and
 * embeds use too). Every series colour has a contrast ratio of at least 4.5:1
 * against the white page (checked in palette.test.ts), so thin lines and small
 * bars stay visible; text drawn on a colour is black or white, whichever
 * contrasts more. Colour is never the only way to read a chart: every chart
 * has a text summary and the same numbers in a table.
 */
import { CATEGORY_PALETTE, mixColours } from '@complaints/domain';

export {
  contrastRatio,
  mixColours,
  readableTextOn,
  relativeLuminance,
  SEQUENTIAL_HIGH,
  SEQUENTIAL_LOW,
  TEXT_DARK,
  TEXT_LIGHT,
} from '@complaints/domain';

/** Colours by position, for series that stand for no category (the category map gives the rest theirs). */
export const SERIES_COLOURS = CATEGORY_PALETTE;

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length]!;
}

/**
 * The pale fill of an earlier year's bar, drawn with an edge in the full colour
 * (the edge, not the fill, gives the 3:1 contrast a graphic needs).
 */
export function mutedColour(colour: string): string {
  return mixColours(colour, '#ffffff', 0.6);
}
