/** Lines drawn by nivo's Line: a gap where a figure is missing or suppressed, each point in its link. */
import type { ReactElement } from 'react';
import { Line, type LineCustomSvgLayerProps } from '@nivo/line';
import { formatShownValue as formatShown } from '@complaints/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import { Linked, SuppressedMark } from './chart-marks';
import type { ChartMark, ChartModel } from './chart-model';
import { shorten, textWidth, thinTicks } from './chart-text';
import { nivoTheme, type ChartPalette } from './chart-theme';

type Series = { id: string; data: Array<{ x: string; y: number | null }> };

const MARKER = 6;

export function renderLineChart(model: ChartModel, width: number, height: number, palette: ChartPalette): string {
  const markOf = new Map<string, ChartMark>();
  const data: Series[] = model.series.map((series) => ({
    id: series.id,
    data: model.categories.map((category, c) => {
      const mark = series.marks[c]!;
      markOf.set(`${series.id}|${category.id}`, mark);
      // null breaks the line: a suppressed figure is a gap, never a point at its true height.
      return { x: category.id, y: mark.suppressed ? null : mark.value };
    }),
  }));
  const colourOf = new Map(model.series.map((s) => [s.id, s.colour]));
  const labelOf = new Map(model.categories.map((c) => [c.id, c.label]));
  const longest = Math.max(0, ...model.categories.map((c) => textWidth(c.label, 12)));
  const rotate = model.categories.length > 8 || longest > (width - 90) / Math.max(1, model.categories.length);
  const margin = { top: 16, right: 40, bottom: rotate ? Math.min(110, longest * 0.72 + 40) : 48, left: 72 };
  const max = Math.max(0, ...model.series.flatMap((s) => s.marks.map((m) => (m.suppressed ? 0 : (m.value ?? 0)))));

  const LinkedPoints = ({ points }: LineCustomSvgLayerProps<Series>) => (
    <g>
      {points.map((point) => {
        const mark = markOf.get(`${point.seriesId}|${point.data.x}`);
        if (!mark) return null;
        return (
          <Linked key={point.id} mark={mark}>
            <circle cx={point.x} cy={point.y} r={model.categories.length > 40 ? 2.5 : 4} fill={mark.colour} stroke={palette.background} strokeWidth={1} />
          </Linked>
        );
      })}
    </g>
  );

  const Suppressed = ({ xScale, yScale }: LineCustomSvgLayerProps<Series>) => {
    const x = xScale as unknown as (value: string) => number;
    const zero = (yScale as unknown as (value: number) => number)(0);
    const markers: ReactElement[] = [];
    model.series.forEach((series, s) =>
      series.marks.forEach((mark, c) => {
        if (!mark.suppressed) return;
        const centre = x(model.categories[c]!.id);
        // Markers of several series at one period stack upwards from the axis, so each stays visible.
        markers.push(<SuppressedMark key={`${series.id}${c}`} mark={mark} x={centre - 4} y={zero - MARKER * (s + 1)} width={8} height={MARKER} palette={palette} />);
      }),
    );
    return <g>{markers}</g>;
  };

  return renderToStaticMarkup(
    <Line<Series>
      width={width}
      height={height}
      data={data}
      xScale={{ type: 'point' }}
      yScale={{ type: 'linear', min: 0, max: model.unit === 'percent' ? 100 : max > 0 ? 'auto' : 1 }}
      margin={margin}
      colors={(series) => colourOf.get(String(series.id)) ?? palette.text}
      lineWidth={palette.strokeWidth}
      enablePoints={false}
      enableGridX={false}
      axisBottom={{
        format: (value) => shorten(labelOf.get(String(value)) ?? String(value)),
        tickValues: thinTicks(
          model.categories.map((c) => c.id),
          14,
        ),
        tickRotation: rotate ? -45 : 0,
        legend: model.categoryAxis,
        legendPosition: 'middle',
        legendOffset: rotate ? margin.bottom - 12 : 38,
      }}
      axisLeft={{ format: (value) => formatShown(Number(value), model.unit), tickValues: 5, legend: model.valueAxis, legendPosition: 'middle', legendOffset: -60 }}
      theme={nivoTheme(palette)}
      layers={['grid', 'axes', 'lines', LinkedPoints, Suppressed]}
      isInteractive={false}
      useMesh={false}
      animate={false}
      renderWrapper={false}
      role="presentation"
    />,
  );
}
