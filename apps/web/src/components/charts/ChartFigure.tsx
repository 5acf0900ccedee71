import { useEffect, useId, useRef, type ReactNode } from 'react';
import { mutedColour } from './palette';

export interface ChartLegendItem {
  label: string;
  colour: string;
  /** How the key draws it: a solid line or block, a dashed line, or a pale block with an edge (an earlier year). */
  style?: 'solid' | 'dashed' | 'muted';
}

export interface ChartFigureProps {
  /** The chart's text alternative: what it shows and its main points. */
  description: string;
  height: number;
  legend?: ChartLegendItem[];
  /** How legend swatches are drawn: a line for line charts, a block for bars. */
  legendShape?: 'line' | 'block';
  children: ReactNode;
}

/**
 * Gives the chart's <svg> a viewBox matching its drawn size, so print CSS can
 * scale it to the page's width (nivo draws at the screen's width, and a
 * browser lays a page out for print without running scripts first).
 */
function useScalableSvg() {
  const canvas = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const sync = () => {
      const svg = element.querySelector('svg');
      const width = svg?.getAttribute('width');
      const height = svg?.getAttribute('height');
      if (!svg || !width || !height) return;
      const viewBox = `0 0 ${width} ${height}`;
      if (svg.getAttribute('viewBox') !== viewBox) svg.setAttribute('viewBox', viewBox);
    };
    sync();
    const observer = new MutationObserver(sync);
    observer.observe(element, { subtree: true, childList: true, attributes: true, attributeFilter: ['width', 'height'] });
    return () => observer.disconnect();
  }, []);
  return canvas;
}

function swatchStyle({ colour, style = 'solid' }: ChartLegendItem) {
  if (style === 'dashed') return { borderColor: colour };
  if (style === 'muted') return { backgroundColor: mutedColour(colour), borderColor: colour };
  return { backgroundColor: colour };
}

/**
 * A chart in a <figure> with its text summary as the caption and, for charts
 * with several series, a legend as a list (it wraps and zooms with the text).
 */
export function ChartFigure({ description, height, legend, legendShape = 'block', children }: ChartFigureProps) {
  const captionId = useId();
  const canvas = useScalableSvg();
  return (
    // Named by its caption explicitly: not every browser and screen reader does so unasked.
    <figure className="chart" aria-labelledby={captionId}>
      <div className="chart__canvas" style={{ height }} ref={canvas}>
        {children}
      </div>
      {legend && legend.length > 1 && (
        <ul className="chart__legend" aria-label="Key">
          {legend.map((item) => (
            <li key={item.label} className="chart__legend-item">
              <span
                className={`chart__swatch chart__swatch--${legendShape} chart__swatch--${item.style ?? 'solid'}`}
                style={swatchStyle(item)}
                aria-hidden="true"
              />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      <figcaption className="chart__caption" id={captionId}>
        {description}
      </figcaption>
    </figure>
  );
}
