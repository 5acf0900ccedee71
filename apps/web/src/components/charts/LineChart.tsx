import { ResponsiveLine, type LineCustomSvgLayerProps, type LineSvgLayer } from '@nivo/line';
import { ChartFigure } from './ChartFigure';
import { animateCharts, chartTheme, thinTicks, wholeNumberTicks } from './chart-theme';
import { seriesColour } from './palette';

export interface LineChartSeries {
  /** Unique within the chart; shown in the legend and tooltips. */
  id: string;
  /** One value per category; null where there is nothing to show. */
  values: (number | null)[];
  /** The series' colour; by default the palette's next one. */
  colour?: string;
  /** Drawn dashed, e.g. the same periods a year earlier beside this year's solid line. */
  dashed?: boolean;
}

export interface LineChartProps {
  /** Short name of the chart, read out as the image's label. */
  title: string;
  /** Text alternative shown as the caption. */
  description: string;
  /** The x axis, in order (e.g. periods). */
  categories: string[];
  series: LineChartSeries[];
  formatValue: (value: number) => string;
  xAxisLabel?: string;
  yAxisLabel?: string;
  height?: number;
}

type Datum = { x: string; y: number | null };
type Series = { id: string; dashed: boolean; data: Datum[] };

/** nivo's line layer, with a dash for the series that ask for one. */
function Lines({ series, lineGenerator, lineWidth }: LineCustomSvgLayerProps<Series>) {
  return (
    <g>
      {series.map((s) => (
        <path
          key={s.id}
          d={lineGenerator(s.data.map((d) => d.position)) ?? undefined}
          fill="none"
          stroke={s.color}
          strokeWidth={s.dashed ? Math.max(2, lineWidth - 1) : lineWidth}
          strokeDasharray={s.dashed ? '8 5' : undefined}
        />
      ))}
    </g>
  );
}

const LAYERS: LineSvgLayer<Series>[] = ['grid', 'markers', 'axes', 'areas', 'crosshair', Lines, 'points', 'slices', 'mesh', 'legends'];

/** One line per series over ordered categories. Knows nothing of what is counted. */
export default function LineChart({
  title,
  description,
  categories,
  series,
  formatValue,
  xAxisLabel,
  yAxisLabel,
  height = 360,
}: LineChartProps) {
  const data: Series[] = series.map((s) => ({
    id: s.id,
    dashed: Boolean(s.dashed),
    data: categories.map((category, i) => ({ x: category, y: s.values[i] ?? null })),
  }));
  const colours = series.map((s, i) => s.colour ?? seriesColour(i));
  const rotate = categories.length > 8;
  const valueTicks = wholeNumberTicks(series.flatMap((s) => s.values));

  return (
    <ChartFigure
      description={description}
      height={height}
      legend={series.map((s, i) => ({ label: s.id, colour: colours[i]!, style: s.dashed ? 'dashed' : 'solid' }))}
      legendShape="line"
    >
      <ResponsiveLine<Series>
        data={data}
        role="img"
        ariaLabel={title}
        layers={LAYERS}
        margin={{ top: 16, right: 56, bottom: rotate ? 80 : 56, left: 72 }}
        xScale={{ type: 'point' }}
        yScale={{ type: 'linear', min: 0, max: valueTicks ? valueTicks.at(-1)! : 'auto' }}
        yFormat={(value) => formatValue(Number(value))}
        colors={colours}
        lineWidth={3}
        pointSize={7}
        pointColor={{ from: 'series.color' }}
        pointBorderWidth={1}
        pointBorderColor="#ffffff"
        enableGridX={false}
        axisBottom={{
          tickValues: thinTicks(categories),
          tickRotation: rotate ? -45 : 0,
          legend: xAxisLabel,
          legendOffset: rotate ? 70 : 44,
          legendPosition: 'middle',
        }}
        gridYValues={valueTicks}
        axisLeft={{
          tickValues: valueTicks,
          format: (value) => formatValue(Number(value)),
          legend: yAxisLabel,
          legendOffset: -60,
          legendPosition: 'middle',
        }}
        useMesh
        theme={chartTheme}
        animate={animateCharts()}
      />
    </ChartFigure>
  );
}
