import { render, screen, waitFor, within } from '@testing-library/react';
import BarChart from './BarChart';
import { ChartFigure } from './ChartFigure';
import { wholeNumberTicks } from './chart-theme';
import HeatmapChart from './HeatmapChart';
import LineChart from './LineChart';
import { mutedColour } from './palette';

const format = (value: number) => `${value} things`;

describe('generic chart wrappers', () => {
  it('put the chart in a figure with its summary as the caption and a key for several series', () => {
    render(
      <LineChart
        title="Things per month"
        description="Two lines. The table below gives every number."
        categories={['Apr', 'May']}
        series={[
          { id: 'Apples', values: [1, 2] },
          { id: 'Pears', values: [3, null] },
        ]}
        formatValue={format}
      />,
    );
    const figure = screen.getByRole('figure');
    expect(figure).toHaveAccessibleName('Two lines. The table below gives every number.');
    expect(within(figure).getByRole('img', { name: 'Things per month' })).toHaveAttribute('data-series', '["Apples","Pears"]');
    expect(within(figure).getByRole('list', { name: 'Key' })).toHaveTextContent('ApplesPears');
  });

  it('give bars one key per series and no key for a single series', () => {
    render(
      <BarChart
        title="Totals"
        description="Bars."
        categories={['A', 'B']}
        series={[{ id: 'Total', values: [1, 2] }]}
        formatValue={format}
        layout="horizontal"
      />,
    );
    expect(screen.getByRole('img', { name: 'Totals' })).toHaveAttribute('data-series', '["Total"]');
    expect(screen.queryByRole('list', { name: 'Key' })).not.toBeInTheDocument();
  });

  it('give a heatmap one row per row label', () => {
    render(
      <HeatmapChart
        title="Grid"
        description="A grid."
        rows={['Email', 'Letter']}
        columns={['Upheld']}
        values={[[1], [2]]}
        formatValue={format}
      />,
    );
    expect(screen.getByRole('img', { name: 'Grid' })).toHaveAttribute('data-series', '["Email","Letter"]');
  });

  it('key a dashed series (a year earlier) with a dashed line in its colour', () => {
    render(
      <LineChart
        title="Things"
        description="Lines."
        categories={['Apr', 'May']}
        series={[
          { id: '2009/10', values: [1, 2], colour: '#1d70b8' },
          { id: '2008/09', values: [2, 1], colour: '#1d70b8', dashed: true },
        ]}
        formatValue={format}
      />,
    );
    const key = screen.getByRole('list', { name: 'Key' });
    const swatch = within(key).getByText('2008/09').querySelector('.chart__swatch');
    expect(swatch).toHaveClass('chart__swatch--dashed');
    expect(swatch).toHaveStyle({ borderColor: '#1d70b8' });
  });

  it('key pale bars (a year earlier) as a pale block with an edge', () => {
    render(
      <BarChart
        title="Totals"
        description="Bars."
        categories={['A', 'B']}
        series={[
          { id: '2009/10', values: [1, 2], colour: '#b55000' },
          { id: '2008/09', values: [2, 1], colour: '#b55000', muted: true },
        ]}
        formatValue={format}
        stacked={false}
      />,
    );
    const swatch = within(screen.getByRole('list', { name: 'Key' })).getByText('2008/09').querySelector('.chart__swatch');
    expect(swatch).toHaveClass('chart__swatch--muted');
    expect(swatch).toHaveStyle({ backgroundColor: mutedColour('#b55000'), borderColor: '#b55000' });
  });

  it('give the chart a viewBox that follows its drawn size, so print can scale it to the page', async () => {
    const { container, rerender } = render(
      <ChartFigure description="A chart." height={300}>
        <svg width="800" height="300" />
      </ChartFigure>,
    );
    const svg = container.querySelector('svg')!;
    await waitFor(() => expect(svg).toHaveAttribute('viewBox', '0 0 800 300'));
    rerender(
      <ChartFigure description="A chart." height={300}>
        <svg width="500" height="300" />
      </ChartFigure>,
    );
    await waitFor(() => expect(svg).toHaveAttribute('viewBox', '0 0 500 300'));
  });

  it('ticks small whole numbers once each', () => {
    expect(wholeNumberTicks([0, 3, null, 2])).toEqual([0, 1, 2, 3]);
    expect(wholeNumberTicks([0, 0])).toEqual([0, 1]);
    expect(wholeNumberTicks([1.5, 2])).toBeUndefined();
    expect(wholeNumberTicks([0, 40])).toBeUndefined();
  });
});
