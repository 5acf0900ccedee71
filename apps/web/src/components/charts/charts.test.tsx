import { render, screen, within } from '@testing-library/react';
import BarChart from './BarChart';
import HeatmapChart from './HeatmapChart';
import LineChart from './LineChart';

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
});
