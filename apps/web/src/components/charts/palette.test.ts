import { SEQUENTIAL_HIGH, SEQUENTIAL_LOW, SERIES_COLOURS, contrastRatio, mixColours, readableTextOn } from './palette';

describe('chart palette', () => {
  it.each(SERIES_COLOURS)('%s has at least 4.5:1 contrast with the white page', (colour) => {
    expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('has no colour twice', () => {
    expect(new Set(SERIES_COLOURS).size).toBe(SERIES_COLOURS.length);
  });

  it('labels every shade of the heatmap and every series colour with text of at least 4.5:1', () => {
    const backgrounds = [...SERIES_COLOURS, ...Array.from({ length: 21 }, (_, i) => mixColours(SEQUENTIAL_LOW, SEQUENTIAL_HIGH, i / 20))];
    for (const background of backgrounds) {
      expect(contrastRatio(readableTextOn(background), background)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('mixes colours', () => {
    expect(mixColours('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mixColours('#000000', '#ffffff', 2)).toBe('#ffffff');
  });
});
