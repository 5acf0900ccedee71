import { ResponsiveBar } from '@nivo/bar';
import { ChartFigure } from './ChartFigure';
import { animateCharts, chartTheme, labelMargin, shorten, thinTicks, wholeNumberTicks } from './chart-theme';
import { mutedColour, readableTextOn, seriesColour } from './palette';

export interface BarChartSeries {
  /** Unique within the chart; shown in the legend and tooltips. */
  id: string;
  /** One value per category; null counts as nothing. */
  values: (number | null)[];
  /** The series' colour; by default the palette's next one. */
  colour?: string;
  /** Drawn pale with an edge, e.g. the same periods a year earlier beside this year's bars. */
  muted?: boolean;
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
  /** A colour per category, when the categories are what the colours stand for (one bar per value of a split). */
  categoryColours?: string[];
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
  categoryColours,
}: BarChartProps) {
  const horizontal = layout === 'horizontal';
  const order = horizontal ? [...categories.keys()].reverse() : [...categories.keys()];
  const data = order.map((i) => ({
    category: categories[i]!,
    ...Object.fromEntries(series.map((s) => [s.id, s.values[i] ?? 0])),
  }));
  const colourOf = new Map(series.map((s, i) => [s.id, s.colour ?? seriesColour(i)]));
  const mutedIds = new Set(series.filter((s) => s.muted).map((s) => s.id));
  const categoryColour = new Map(categories.map((category, i) => [category, categoryColours?.[i]]));
  // The colour a bar stands for: its category's when categories are coloured, else its series'.
  const edgeOf = (id: string | number, category: string | number) =>
    categoryColour.get(String(category)) ?? colourOf.get(String(id)) ?? seriesColour(0);
  const fillOf = (id: string | number, category: string | number) =>
    mutedIds.has(String(id)) ? mutedColour(edgeOf(id, category)) : edgeOf(id, category);
  const rotate = !horizontal && categories.length > 8;
  const left = horizontal ? labelMargin(categories) : 72;
  const barsPerCategory = stacked ? 1 : series.length;
  const chartHeight = height ?? (horizontal ? Math.max(160, categories.length * barsPerCategory * ROW + 80) : 380);
  // The heights drawn: each bar, or each stack's total.
  const heights = stacked ? categories.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0)) : series.flatMap((s) => s.values);
  const valueTicks = wholeNumberTicks(heights);
  const valueAxis = {
    tickValues: valueTicks,
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
      legend={series.map((s) => ({
        label: s.id,
        // Bars coloured by category have no one colour per series: the key shows solid against pale in grey.
        colour: categoryColours ? '#505a5f' : colourOf.get(s.id)!,
        style: s.muted ? ('muted' as const) : ('solid' as const),
      }))}
    >
      <ResponsiveBar
        data={data}
        keys={series.map((s) => s.id)}
        indexBy="category"
        role="img"
        ariaLabel={title}
        groupMode={stacked ? 'stacked' : 'grouped'}
        valueScale={valueTicks ? { type: 'linear', max: valueTicks.at(-1)! } : { type: 'linear', nice: true }}
        gridXValues={horizontal ? valueTicks : undefined}
        gridYValues={horizontal ? undefined : valueTicks}
        layout={layout}
        margin={{ top: 16, right: 24, bottom: rotate ? 80 : 56, left }}
        padding={0.25}
        colors={({ id, indexValue }) => fillOf(id, indexValue)}
        borderColor={({ data }) => (mutedIds.has(String(data.id)) ? edgeOf(data.id, data.indexValue) : '#ffffff')}
        borderWidth={mutedIds.size ? 2 : 1}
        valueFormat={(value) => formatValue(value)}
        labelSkipWidth={36}
        labelSkipHeight={18}
        labelTextColor={({ color }) => readableTextOn(color)}
        enableGridX={horizontal}
        enableGridY={!horizontal}
        axisBottom={
          horizontal
            ? // Across the bottom, at most 5 ticks: labels such as '1,200' would run together on a phone.
              { ...valueAxis, tickValues: valueTicks ?? 5, legendOffset: 44 }
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
