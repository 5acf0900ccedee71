import { ResponsiveLine } from '@nivo/line';
import { ChartFigure } from './ChartFigure';
import { animateCharts, chartTheme, thinTicks } from './chart-theme';
import { seriesColour } from './palette';

export interface LineChartSeries {
  /** Unique within the chart; shown in the legend and tooltips. */
  id: string;
  /** One value per category; null where there is nothing to show. */
  values: (number | null)[];
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
  const data = series.map((s) => ({
    id: s.id,
    data: categories.map((category, i) => ({ x: category, y: s.values[i] ?? null })),
  }));
  const colours = series.map((_, i) => seriesColour(i));
  const rotate = categories.length > 8;

  return (
    <ChartFigure
      description={description}
      height={height}
      legend={series.map((s, i) => ({ label: s.id, colour: seriesColour(i) }))}
      legendShape="line"
    >
      <ResponsiveLine
        data={data}
        role="img"
        ariaLabel={title}
        margin={{ top: 16, right: 56, bottom: rotate ? 80 : 56, left: 72 }}
        xScale={{ type: 'point' }}
        yScale={{ type: 'linear', min: 0, max: 'auto' }}
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
        axisLeft={{
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
