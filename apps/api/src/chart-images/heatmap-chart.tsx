/** A grid shaded by value, drawn by nivo's HeatMap: each cell labelled with its figure, suppressed cells hatched and never shaded. */
import { HeatMap, type CustomLayerProps } from '@nivo/heatmap';
import { renderToStaticMarkup } from 'react-dom/server';
import { HATCH_ID, Linked } from './chart-marks';
import type { ChartMark, ChartModel } from './chart-model';
import { shorten, textWidth } from './chart-text';
import { mixColours, readableTextOn } from '@complaints/domain';
import { nivoTheme, type ChartPalette } from './chart-theme';

type Datum = { x: string; y: number | null };

export function renderHeatmapChart(model: ChartModel, width: number, height: number, palette: ChartPalette): string {
  const markOf = new Map<string, ChartMark>();
  const data = model.series.map((series) => ({
    id: series.id,
    data: model.categories.map((category, c) => {
      const mark = series.marks[c]!;
      markOf.set(`${series.id}|${category.id}`, mark);
      return { x: category.id, y: mark.suppressed ? null : mark.value };
    }),
  }));
  const rowLabel = new Map(model.series.map((s) => [s.id, s.label]));
  const columnLabel = new Map(model.categories.map((c) => [c.id, c.label]));
  const max = Math.max(0, ...model.series.flatMap((s) => s.marks.map((m) => (m.suppressed ? 0 : (m.value ?? 0)))));
  const fill = (value: number | null) => (value === null ? palette.empty : mixColours(palette.heatLow, palette.heatHigh, max ? value / max : 0));
  const left = Math.min(width * 0.35, Math.max(60, ...model.series.map((s) => textWidth(shorten(s.label), 12) + 16)));
  const top = Math.min(140, Math.max(40, ...model.categories.map((c) => textWidth(shorten(c.label, 20), 12) * 0.72 + 16)));

  const Cells = ({ cells }: CustomLayerProps<Datum>) => (
    <g>
      {cells.map((cell) => {
        const mark = markOf.get(`${cell.serieId}|${cell.data.x}`);
        if (!mark) return null;
        const colour = mark.suppressed ? palette.background : fill(mark.value);
        const x = cell.x - cell.width / 2;
        const y = cell.y - cell.height / 2;
        return (
          <Linked key={cell.id} mark={mark}>
            <rect
              x={x}
              y={y}
              width={cell.width}
              height={cell.height}
              fill={mark.suppressed ? `url(#${HATCH_ID})` : colour}
              stroke={palette.grid}
              strokeWidth={1}
              {...(mark.suppressed ? { 'data-suppressed': 'true' } : {})}
            />
            {cell.width >= 28 && cell.height >= 14 ? (
              <text
                x={cell.x}
                y={cell.y}
                textAnchor="middle"
                dominantBaseline="central"
                fontSize={11}
                fontWeight={700}
                fill={mark.suppressed ? palette.text : readableTextOn(colour)}
                {...(mark.suppressed ? { stroke: palette.background, strokeWidth: 3, paintOrder: 'stroke' } : {})}
              >
                {mark.value === null && !mark.suppressed ? '' : mark.display}
              </text>
            ) : null}
          </Linked>
        );
      })}
    </g>
  );

  return renderToStaticMarkup(
    <HeatMap<Datum, object>
      width={width}
      height={height}
      data={data}
      margin={{ top, right: 16, bottom: 12, left }}
      colors={(cell) => fill(cell.value)}
      emptyColor={palette.empty}
      axisTop={{ tickRotation: -45, format: (value) => shorten(columnLabel.get(String(value)) ?? String(value), 20) }}
      axisLeft={{ format: (value) => shorten(rowLabel.get(String(value)) ?? String(value)) }}
      theme={nivoTheme(palette)}
      layers={['grid', 'axes', Cells]}
      isInteractive={false}
      animate={false}
      renderWrapper={false}
      role="presentation"
    />,
  );
}
