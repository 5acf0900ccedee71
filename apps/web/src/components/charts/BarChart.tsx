import { ResponsiveBar } from '@nivo/bar';
import { ChartFigure } from './ChartFigure';
import { animateCharts, chartTheme, labelMargin, shorten, thinTicks } from './chart-theme';
import { readableTextOn, seriesColour } from './palette';

export interface BarChartSeries {
  /** Unique within the chart; shown in the legend and tooltips. */
  id: string;
  /** One value per category; null counts as nothing. */
  values: (number | null)[];
}

export interface BarChartProps {
  title: string;
  description: string;
  categories: string[];
  series: BarChartSeries[];
  formatValue: (value: number) => string;
  /** Several series stacked in one bar per category (composition), or side by side. */
  stacked?: boolean;
  /** Horizontal bars suit long category names; they are drawn first to last from the top. */
  layout?: 'vertical' | 'horizontal';
  categoryAxisLabel?: string;
  valueAxisLabel?: string;
  height?: number;
}

const ROW = 34;

/** Bars per category, stacked or grouped by series. Knows nothing of what is counted. */
export default function BarChart({
  title,
  description,
  categories,
  series,
  formatValue,
  stacked = true,
  layout = 'vertical',
  categoryAxisLabel,
  valueAxisLabel,
  height,
}: BarChartProps) {
  const horizontal = layout === 'horizontal';
  const order = horizontal ? [...categories.keys()].reverse() : [...categories.keys()];
  const data = order.map((i) => ({
    category: categories[i]!,
    ...Object.fromEntries(series.map((s) => [s.id, s.values[i] ?? 0])),
  }));
  const colourOf = new Map(series.map((s, i) => [s.id, seriesColour(i)]));
  const rotate = !horizontal && categories.length > 8;
  const left = horizontal ? labelMargin(categories) : 72;
  const barsPerCategory = stacked ? 1 : series.length;
  const chartHeight = height ?? (horizontal ? Math.max(160, categories.length * barsPerCategory * ROW + 80) : 380);
  const valueAxis = {
    format: (value: number | string) => formatValue(Number(value)),
    legend: valueAxisLabel,
    legendPosition: 'middle' as const,
  };
  const categoryAxis = {
    format: (value: number | string) => shorten(String(value)),
    legend: categoryAxisLabel,
    legendPosition: 'middle' as const,
  };

  return (
    <ChartFigure
      description={description}
      height={chartHeight}
      legend={series.map((s) => ({ label: s.id, colour: colourOf.get(s.id)! }))}
    >
      <ResponsiveBar
        data={data}
        keys={series.map((s) => s.id)}
        indexBy="category"
        role="img"
        ariaLabel={title}
        groupMode={stacked ? 'stacked' : 'grouped'}
        layout={layout}
        margin={{ top: 16, right: 24, bottom: rotate ? 80 : 56, left }}
        padding={0.25}
        colors={({ id }) => colourOf.get(String(id)) ?? seriesColour(0)}
        borderColor="#ffffff"
        borderWidth={1}
        valueFormat={(value) => formatValue(value)}
        labelSkipWidth={36}
        labelSkipHeight={18}
        labelTextColor={({ color }) => readableTextOn(color)}
        enableGridX={horizontal}
        enableGridY={!horizontal}
        axisBottom={
          horizontal
            ? { ...valueAxis, legendOffset: 44 }
            : {
                ...categoryAxis,
                tickValues: thinTicks(categories),
                tickRotation: rotate ? -45 : 0,
                legendOffset: rotate ? 70 : 44,
              }
        }
        axisLeft={horizontal ? { ...categoryAxis, legend: undefined } : { ...valueAxis, legendOffset: -60 }}
        theme={chartTheme}
        animate={animateCharts()}
      />
    </ChartFigure>
  );
}
