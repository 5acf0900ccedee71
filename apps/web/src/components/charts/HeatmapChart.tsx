import { ResponsiveHeatMap } from '@nivo/heatmap';
import { ChartFigure } from './ChartFigure';
import { animateCharts, chartTheme, labelMargin, shorten } from './chart-theme';
import { SEQUENTIAL_HIGH, SEQUENTIAL_LOW, mixColours, readableTextOn } from './palette';

export interface HeatmapChartProps {
  title: string;
  description: string;
  rows: string[];
  columns: string[];
  /** values[row][column]; null cells are left blank. */
  values: (number | null)[][];
  formatValue: (value: number) => string;
  height?: number;
}

const ROW = 36;

/** A grid of rows × columns shaded by value, each cell labelled with its value. */
export default function HeatmapChart({ title, description, rows, columns, values, formatValue, height }: HeatmapChartProps) {
  const data = rows.map((row, i) => ({
    id: row,
    data: columns.map((column, j) => ({ x: column, y: values[i]?.[j] ?? null })),
  }));
  const max = Math.max(0, ...values.flat().map((v) => v ?? 0));
  const top = Math.min(200, Math.max(60, labelMargin(columns, 24) * 0.75));

  return (
    <ChartFigure description={description} height={height ?? rows.length * ROW + top + 16}>
      <ResponsiveHeatMap
        data={data}
        role="img"
        ariaLabel={title}
        margin={{ top, right: 24, bottom: 16, left: labelMargin(rows) }}
        valueFormat={(value) => formatValue(value)}
        colors={(cell) => mixColours(SEQUENTIAL_LOW, SEQUENTIAL_HIGH, max ? (cell.value ?? 0) / max : 0)}
        emptyColor="#ffffff"
        borderWidth={1}
        borderColor="#ffffff"
        labelTextColor={(cell) => readableTextOn(cell.color)}
        axisTop={{ tickRotation: -45, format: (value) => shorten(String(value), 24) }}
        axisLeft={{ format: (value) => shorten(String(value)) }}
        theme={chartTheme}
        animate={animateCharts()}
      />
    </ChartFigure>
  );
}
