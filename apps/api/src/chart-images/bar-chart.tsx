/** Bars (stacked, grouped, or one per category) drawn by nivo's Bar, each bar in its link, suppressed figures hatched. */
import type { ReactElement } from 'react';
import { Bar, type BarCustomLayerProps, type BarDatum } from '@nivo/bar';
import { formatShownValue as formatShown } from '@complaints/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import { Linked, SuppressedMark } from './chart-marks';
import type { ChartMark, ChartModel } from './chart-model';
import { shorten, textWidth, thinTicks } from './chart-text';
import { nivoTheme, type ChartPalette } from './chart-theme';

/** How tall (or wide) a suppressed figure's hatched box is: a marker, never a size. */
const MARKER = 6;

interface BandScale {
  (value: string): number | undefined;
  bandwidth(): number;
}
type LinearScale = (value: number) => number;

export function renderBarChart(model: ChartModel, width: number, height: number, palette: ChartPalette): string {
  const horizontal = model.layout === 'horizontal';
  const markOf = new Map<string, ChartMark>();
  const data: BarDatum[] = model.categories.map((category, c) => {
    const row: BarDatum = { category: category.id };
    for (const series of model.series) {
      const mark = series.marks[c]!;
      markOf.set(`${series.id}|${category.id}`, mark);
      // Suppressed and empty figures are left out: nivo draws no bar for them.
      if (mark.value !== null && !mark.suppressed) row[series.id] = mark.value;
    }
    return row;
  });
  const keys = model.series.map((s) => s.id);
  const labelOf = new Map(model.categories.map((c) => [c.id, c.label]));
  const order = horizontal ? [...data].reverse() : data;
  const longest = Math.max(0, ...model.categories.map((c) => textWidth(shorten(c.label), 12)));
  const rotate = !horizontal && (model.categories.length > 8 || longest > (width - 90) / Math.max(1, model.categories.length));
  const margin = horizontal
    ? { top: 12, right: 24, bottom: 48, left: Math.min(width * 0.4, Math.max(60, longest + 16)) }
    : { top: 16, right: 16, bottom: rotate ? Math.min(120, Math.max(56, longest * 0.72 + 36)) : 48, left: 72 };
  const valueFormat = (value: number | string) => formatShown(Number(value), model.unit);
  const categoryFormat = (value: number | string) => shorten(labelOf.get(String(value)) ?? String(value));
  const categoryTicks = thinTicks(
    model.categories.map((c) => c.id),
    horizontal ? 30 : 14,
  );

  const LinkedBars = ({ bars }: BarCustomLayerProps<BarDatum>) => (
    <g>
      {bars.map((bar) => {
        const mark = markOf.get(`${bar.data.id}|${bar.data.indexValue}`);
        // nivo still lays out an empty bar for a figure left out; a suppressed one is drawn (once) by the layer below.
        if (!mark || mark.suppressed) return null;
        return (
          <Linked key={bar.key} mark={mark}>
            <rect x={bar.x} y={bar.y} width={Math.max(bar.width, 0)} height={Math.max(bar.height, 0)} fill={mark.colour} stroke={palette.background} strokeWidth={model.stacked ? 1 : 0} />
          </Linked>
        );
      })}
    </g>
  );

  const Suppressed = ({ bars, xScale, yScale }: BarCustomLayerProps<BarDatum>) => {
    const index = (horizontal ? yScale : xScale) as unknown as BandScale;
    const value = (horizontal ? xScale : yScale) as unknown as LinearScale;
    const zero = value(0);
    const markers: ReactElement[] = [];
    model.categories.forEach((category, c) => {
      const start = index(category.id);
      if (start === undefined) return;
      const band = index.bandwidth();
      let stackedAbove = 0;
      const stackTop = Math.min(zero, ...bars.filter((b) => b.data.indexValue === category.id).map((b) => b.y));
      const hidden = model.series.filter((series) => series.marks[c]!.suppressed);
      // Stacked markers sit on top of the stack; the topmost names them all ('<5, c').
      const together = hidden.map((series) => series.marks[c]!.display).join(', ');
      model.series.forEach((series, s) => {
        const mark = series.marks[c]!;
        if (!mark.suppressed) return;
        const slot = model.stacked ? band : band / model.series.length;
        const offset = model.stacked ? 0 : s * slot;
        const key = `${series.id}${category.id}`;
        if (horizontal) {
          markers.push(<SuppressedMark key={key} mark={mark} x={zero} y={start + offset} width={MARKER} height={slot} palette={palette} symbolAt="right" />);
        } else if (model.stacked) {
          stackedAbove += 1;
          const last = stackedAbove === hidden.length;
          markers.push(<SuppressedMark key={key} mark={mark} x={start} y={stackTop - MARKER * stackedAbove} width={slot} height={MARKER} palette={palette} symbol={last ? together : ''} />);
        } else {
          markers.push(<SuppressedMark key={key} mark={mark} x={start + offset} y={zero - MARKER} width={slot} height={MARKER} palette={palette} />);
        }
      });
    });
    return <g>{markers}</g>;
  };

  const valueAxis = { format: valueFormat, legend: model.valueAxis, legendPosition: 'middle' as const, tickValues: 5 };
  const categoryAxis = { format: categoryFormat, tickValues: categoryTicks, legend: horizontal ? undefined : model.categoryAxis, legendPosition: 'middle' as const };
  return renderToStaticMarkup(
    <Bar<BarDatum>
      width={width}
      height={height}
      data={order}
      keys={keys}
      indexBy="category"
      groupMode={model.stacked ? 'stacked' : 'grouped'}
      layout={horizontal ? 'horizontal' : 'vertical'}
      margin={margin}
      padding={0.25}
      valueScale={{ type: 'linear', min: 0 }}
      enableLabel={false}
      enableGridX={horizontal}
      enableGridY={!horizontal}
      axisBottom={horizontal ? { ...valueAxis, legendOffset: 38 } : { ...categoryAxis, tickRotation: rotate ? -45 : 0, legendOffset: rotate ? margin.bottom - 12 : 38 }}
      axisLeft={horizontal ? categoryAxis : { ...valueAxis, legendOffset: -60 }}
      theme={nivoTheme(palette)}
      layers={['grid', 'axes', LinkedBars, Suppressed]}
      isInteractive={false}
      animate={false}
      renderWrapper={false}
      role="presentation"
    />,
  );
}
