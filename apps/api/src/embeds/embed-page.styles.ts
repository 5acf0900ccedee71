/**
 * The embed page's stylesheet, served as a file (/embed/static/embed.css):
 * the page's CSP allows no inline <style>. One class per theme on <body>,
 * with the chart images' palettes (chart-images/chart-theme.ts) so page and
 * chart match; every text, link, focus and border colour meets WCAG 2.2 AA
 * on its background (embed-page.styles.test.ts checks the ratios). Fits a
 * 320 px frame: the chart scales, and only the data table scrolls sideways.
 */
import { createHash } from 'crypto';
import { PALETTES, type ChartTheme } from '../chart-images/chart-theme';

export interface PageColours {
  background: string;
  text: string;
  muted: string;
  link: string;
  /** Focus: a highlight behind the text, the text on it, and a ring that stands out from the background (3:1). */
  focus: string;
  focusText: string;
  focusRing: string;
  /** Borders of the table and the button (non-text contrast, 3:1). */
  border: string;
  /** Shading of suppressed cells; text stays `text`. */
  suppressed: string;
}

export const PAGE_COLOURS: Readonly<Record<ChartTheme, PageColours>> = {
  light: { ...pick('light'), link: '#1d70b8', focus: '#ffdd00', focusText: '#0b0c0c', focusRing: '#0b0c0c', border: '#505a5f', suppressed: '#f3f2f1' },
  dark: { ...pick('dark'), link: '#8fc4f0', focus: '#ffdd00', focusText: '#0b0c0c', focusRing: '#ffdd00', border: '#b1b4b6', suppressed: '#2b2e30' },
  'high-contrast': { ...pick('high-contrast'), link: '#ffff00', focus: '#ffff00', focusText: '#000000', focusRing: '#ffff00', border: '#ffffff', suppressed: '#1f1f1f' },
};

function pick(theme: ChartTheme): Pick<PageColours, 'background' | 'text' | 'muted'> {
  const { background, text, muted } = PALETTES[theme];
  return { background, text, muted };
}

function themeRules(theme: ChartTheme, c: PageColours): string {
  const s = `.theme-${theme}`;
  return `
${s} { background: ${c.background}; color: ${c.text}; }
${s} .embed__meta, ${s} .embed__note, ${s} .embed__source { color: ${c.muted}; }
${s} a { color: ${c.link}; }
${s} a:focus, ${s} button:focus { outline: 3px solid ${c.focusRing}; outline-offset: 0; background: ${c.focus}; color: ${c.focusText}; }
${s} .embed__toggle { color: ${c.text}; border-color: ${c.border}; background: ${c.background}; }
${s} th, ${s} td { border-color: ${c.border}; }
${s} td.embed__suppressed { background: ${c.suppressed}; }`;
}

export const EMBED_CSS = `/* Complaints Insight: embedded chart */
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: Arial, Helvetica, 'Liberation Sans', sans-serif; font-size: 16px; line-height: 1.4; }
.embed { padding: 12px; max-width: 100%; }
.embed__title { font-size: 1.25rem; margin: 0 0 4px; }
.embed__meta { margin: 0 0 4px; font-size: 0.9rem; }
.embed__filters { margin: 0 0 8px; padding: 0; list-style: none; font-size: 0.9rem; }
.embed__figure { margin: 8px 0; }
.embed__figure svg { display: block; width: 100%; height: auto; max-width: 100%; }
.embed__note { margin: 8px 0; font-size: 0.9rem; }
.embed__toggle { font: inherit; font-size: 1rem; padding: 6px 12px; border: 2px solid; border-radius: 0; cursor: pointer; min-height: 44px; }
.embed__table { margin-top: 8px; max-width: 100%; overflow-x: auto; }
.embed__table table { border-collapse: collapse; font-size: 0.9rem; }
.embed__table caption { text-align: left; font-weight: bold; padding-bottom: 4px; }
.embed__table th, .embed__table td { border: 1px solid; padding: 4px 6px; text-align: right; white-space: nowrap; }
.embed__table th[scope="row"], .embed__table thead th:first-child { text-align: left; white-space: normal; }
.embed__source { margin: 8px 0 0; font-size: 0.9rem; }
.embed--unavailable p { margin: 0; font-size: 1rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: 0; padding: 0; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); border: 0; white-space: nowrap; }
${(Object.keys(PAGE_COLOURS) as ChartTheme[]).map((theme) => themeRules(theme, PAGE_COLOURS[theme])).join('\n')}
`;

/** Versioned by content, so it can be cached for a day and still change with a release. */
export const EMBED_STYLESHEET_PATH = `/embed/static/embed.css?v=${createHash('sha256').update(EMBED_CSS).digest('hex').slice(0, 12)}`;
