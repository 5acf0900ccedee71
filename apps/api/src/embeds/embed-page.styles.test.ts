import { contrastRatio as contrast } from '@complaints/domain';
import { EMBED_CSS, EMBED_STYLESHEET_PATH, PAGE_COLOURS } from './embed-page.styles';

describe('the embed page stylesheet', () => {
  it.each(Object.entries(PAGE_COLOURS))('meets WCAG AA contrast in the %s theme', (_theme, c) => {
    for (const colour of [c.text, c.muted, c.link]) expect(contrast(colour, c.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(c.text, c.suppressed)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(c.focusText, c.focus)).toBeGreaterThanOrEqual(4.5);
    // Non-text contrast: the focus ring, and borders of the button and table cells.
    expect(contrast(c.focusRing, c.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(c.border, c.background)).toBeGreaterThanOrEqual(3);
  });

  it('has a rule set for each theme, and a path that changes with its content', () => {
    for (const theme of Object.keys(PAGE_COLOURS)) expect(EMBED_CSS).toContain(`.theme-${theme} {`);
    expect(EMBED_STYLESHEET_PATH).toMatch(/^\/embed\/static\/embed\.css\?v=[0-9a-f]{12}$/);
  });
});
