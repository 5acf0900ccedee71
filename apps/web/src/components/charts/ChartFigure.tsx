import { useId, type ReactNode } from 'react';

export interface ChartLegendItem {
  label: string;
  colour: string;
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
 * A chart in a <figure> with its text summary as the caption and, for charts
 * with several series, a legend as a list (it wraps and zooms with the text).
 */
export function ChartFigure({ description, height, legend, legendShape = 'block', children }: ChartFigureProps) {
  const captionId = useId();
  return (
    // Named by its caption explicitly: not every browser and screen reader does so unasked.
    <figure className="chart" aria-labelledby={captionId}>
      <div className="chart__canvas" style={{ height }}>
        {children}
      </div>
      {legend && legend.length > 1 && (
        <ul className="chart__legend" aria-label="Key">
          {legend.map((item) => (
            <li key={item.label} className="chart__legend-item">
              <span
                className={`chart__swatch chart__swatch--${legendShape}`}
                style={{ backgroundColor: item.colour }}
                aria-hidden="true"
              />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      <figcaption className="chart__caption" id={captionId}>{description}</figcaption>
    </figure>
  );
}
