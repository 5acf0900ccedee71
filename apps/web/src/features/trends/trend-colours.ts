/**
 * One colour per category everywhere: a series takes its value's colour from
 * the domain's colour map, as chart images and embeds do, so Letter is the
 * same colour in every chart whatever else is shown.
 */
import { categoryColours } from '@complaints/domain';
import { seriesColour } from '../../components/charts/palette';
import type { Dimension } from '../../graphql/graphql';

/** The colours of a dimension's values in one chart, in order (values the map does not fix take the colours left). */
export function colourMap(dimension: Dimension | null | undefined, codes: readonly string[]): string[] {
  return dimension ? categoryColours(dimension, codes) : codes.map((_, i) => seriesColour(i));
}
