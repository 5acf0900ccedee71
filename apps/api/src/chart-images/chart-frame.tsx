/**
 * The frame around a chart: what makes an image say what it shows wherever it
 * is pasted. Title, period and filters above; the chart; its legend; the
 * disclosure note, source and generation time below; <title> and <desc> (the
 * alt text) for screen readers, with role="img". The image grows taller rather
 * than cut any of it off.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { HatchPattern } from './chart-marks';
import { shorten, textWidth, wrapText } from './chart-text';
import { FONT_FAMILY, type ChartPalette } from './chart-theme';

export interface FrameContent {
  width: number;
  height: number;
  title: string;
  description: string;
  period: string;
  filters: string[];
  legend: Array<{ label: string; colour: string }>;
  /** Under the chart: the disclosure note, if any. */
  note: string | null;
  source: string;
  generated?: string;
  palette: ChartPalette;
}

interface Line {
  text: string;
  size: number;
  bold?: boolean;
  muted?: boolean;
}

const PAD = 16;
/** The most filter lines drawn; the rest are counted ("and 3 more filters"). */
const MAX_FILTER_LINES = 6;
const MIN_CHART_HEIGHT = 180;

function lines(text: string, width: number, style: Omit<Line, 'text'>, max = Infinity): Line[] {
  const wrapped = wrapText(text, width, style.size);
  const kept = wrapped.length > max ? [...wrapped.slice(0, max - 1), shorten(wrapped.slice(max - 1).join(' '), Math.floor(width / (style.size * 0.56)))] : wrapped;
  return kept.map((line) => ({ text: line, ...style }));
}

const lineHeight = (line: Line) => Math.round(line.size * 1.35);

/** Legend entries in rows that fit the width: a swatch and a label each. */
function legendRows(legend: FrameContent['legend'], width: number): Array<Array<{ label: string; colour: string; x: number }>> {
  const rows: Array<Array<{ label: string; colour: string; x: number }>> = [];
  let row: Array<{ label: string; colour: string; x: number }> = [];
  let x = 0;
  for (const item of legend) {
    const label = shorten(item.label, 36);
    const itemWidth = 18 + textWidth(label, 12) + 16;
    if (row.length && x + itemWidth > width) {
      rows.push(row);
      row = [];
      x = 0;
    }
    row.push({ label, colour: item.colour, x });
    x += itemWidth;
  }
  if (row.length) rows.push(row);
  return rows;
}

/** The frame's layout: how tall the header and footer are, so the chart gets the rest. */
export function frameLayout(content: Omit<FrameContent, 'palette'>): { header: Line[]; footer: Line[]; legend: ReturnType<typeof legendRows>; chartTop: number; chartHeight: number; height: number } {
  const inner = content.width - 2 * PAD;
  const filterText = content.filters.length ? content.filters : ['Filters: none (all contacts)'];
  const shownFilters = filterText.slice(0, MAX_FILTER_LINES);
  const more = filterText.length - shownFilters.length;
  const header = [
    ...lines(content.title, inner, { size: 20, bold: true }, 2),
    ...lines(content.period, inner, { size: 14, muted: true }, 2),
    ...shownFilters.flatMap((filter) => lines(filter, inner, { size: 13, muted: true }, 2)),
    ...(more > 0 ? lines(`and ${more} more filter${more === 1 ? '' : 's'} (see the data download)`, inner, { size: 13, muted: true }) : []),
  ];
  const footer = [
    ...(content.note ? lines(content.note, inner, { size: 12 }, 6) : []),
    ...lines(content.source, inner, { size: 12, muted: true }, 2),
    ...(content.generated ? lines(content.generated, inner, { size: 12, muted: true }, 1) : []),
  ];
  const legend = legendRows(content.legend, inner);
  const headerHeight = PAD + header.reduce((h, l) => h + lineHeight(l), 0) + 8;
  const footerHeight = legend.length * 20 + (legend.length ? 8 : 0) + footer.reduce((h, l) => h + lineHeight(l), 0) + PAD;
  const chartHeight = Math.max(MIN_CHART_HEIGHT, content.height - headerHeight - footerHeight);
  return { header, footer, legend, chartTop: headerHeight, chartHeight, height: headerHeight + chartHeight + footerHeight };
}

/** The whole image: the frame with the chart's own SVG (from nivo) placed inside. */
export function renderFrame(content: FrameContent, layout: ReturnType<typeof frameLayout>, chartSvg: string): string {
  const { palette, width } = content;
  const { height } = layout;
  let y = PAD;
  const text = (line: Line, key: string) => {
    y += lineHeight(line);
    return (
      <text key={key} x={PAD} y={y - Math.round(line.size * 0.3)} fontSize={line.size} fontWeight={line.bold ? 700 : 400} fill={line.muted ? palette.muted : palette.text}>
        {line.text}
      </text>
    );
  };
  const header = layout.header.map((line, i) => text(line, `h${i}`));
  y = layout.chartTop + layout.chartHeight + 8;
  const legend = layout.legend.map((row, r) => {
    const rowY = y + r * 20;
    return (
      <g key={`l${r}`} transform={`translate(${PAD},${rowY})`}>
        {row.map((item, i) => (
          <g key={i} transform={`translate(${item.x},0)`}>
            <rect width={12} height={12} y={1} fill={item.colour} />
            <text x={18} y={11} fontSize={12} fill={palette.text}>
              {item.label}
            </text>
          </g>
        ))}
      </g>
    );
  });
  y += layout.legend.length * 20;
  const footer = layout.footer.map((line, i) => text(line, `f${i}`));

  return renderToStaticMarkup(
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby="chart-title chart-desc"
      fontFamily={FONT_FAMILY}
    >
      <title id="chart-title">{content.title}</title>
      <desc id="chart-desc">{content.description}</desc>
      <defs>
        <HatchPattern palette={palette} />
      </defs>
      <rect width={width} height={height} fill={palette.background} />
      {header}
      <g transform={`translate(${PAD},${layout.chartTop})`} dangerouslySetInnerHTML={{ __html: chartSvg }} />
      {legend}
      {footer}
    </svg>,
  );
}
