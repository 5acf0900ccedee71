/** Pieces the three renderers share: a mark wrapped in its link, and the hatching that marks a suppressed figure. */
import type { ReactNode } from 'react';
import type { ChartPalette } from './chart-theme';
import type { ChartMark } from './chart-model';

export const HATCH_ID = 'suppressed-hatch';

/** The pattern suppressed figures are drawn with (defined once per image). */
export function HatchPattern({ palette }: { palette: ChartPalette }) {
  return (
    <pattern id={HATCH_ID} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width={6} height={6} fill={palette.background} />
      <line x1={0} y1={0} x2={0} y2={6} stroke={palette.hatch} strokeWidth={2} />
    </pattern>
  );
}

/** A mark with its own <title> (what a pointer or screen reader finds), inside a link when it has one. */
export function Linked({ mark, children }: { mark: ChartMark; children: ReactNode }) {
  const content = (
    <g>
      <title>{mark.label}</title>
      {children}
    </g>
  );
  return mark.link ? (
    <a href={mark.link} target="_top">
      {content}
    </a>
  ) : (
    content
  );
}

/** The short box a suppressed figure is drawn as, with its symbol beside it. */
export function SuppressedMark({
  mark,
  x,
  y,
  width,
  height,
  palette,
  symbol = mark.display,
  symbolAt = 'above',
}: {
  mark: ChartMark;
  x: number;
  y: number;
  width: number;
  height: number;
  palette: ChartPalette;
  /** The text above the mark ('<5', 'c'); '' for none, e.g. below another mark that names both. */
  symbol?: string;
  /** Above a vertical bar's marker, right of a horizontal bar's. */
  symbolAt?: 'above' | 'right';
}) {
  return (
    <Linked mark={mark}>
      <rect x={x} y={y} width={Math.max(width, 2)} height={height} fill={`url(#${HATCH_ID})`} stroke={palette.hatch} strokeWidth={1} data-suppressed="true" />
      {symbol && symbolAt === 'right' ? (
        <text x={x + width + 4} y={y + height / 2} dominantBaseline="central" fontSize={11} fill={palette.text}>
          {symbol}
        </text>
      ) : null}
      {symbol && symbolAt === 'above' && width >= 14 ? (
        <text x={x + width / 2} y={y - 3} textAnchor="middle" fontSize={11} fill={palette.text}>
          {symbol}
        </text>
      ) : null}
    </Linked>
  );
}
