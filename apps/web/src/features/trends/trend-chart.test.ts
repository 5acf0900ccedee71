import { chartKind, trendChartSpec } from './trend-chart';
import { channelYear, comparedMonthly, crossTab, inTimeByQuarter, monthly } from './trend-fixtures';

const TITLE = 'A title';

describe('drawing a trend', () => {
  it('draws bars as stacks where the series divide a whole, as totals for one period or a cross-tab, else side by side', () => {
    expect(chartKind(monthly(), 'BARS')).toBe('stacked-bar');
    expect(chartKind(channelYear(), 'BARS')).toBe('bar');
    expect(chartKind(crossTab(), 'BARS')).toBe('bar');
    expect(chartKind(inTimeByQuarter(), 'BARS')).toBe('grouped-bar');
    expect(chartKind(monthly({ countsContactsOncePerValue: true }), 'BARS')).toBe('grouped-bar');
  });

  it('gives each chart a text summary naming the largest value', () => {
    const spec = trendChartSpec(channelYear(), 'BARS', TITLE);
    expect(spec.kind).toBe('bar');
    expect(spec.props.title).toBe(TITLE);
    expect(spec.props.description).toContain('Bar chart: A title.');
    expect(spec.props.description).toContain('The largest is Letter: 165.');
    expect(spec.props.description).toContain('The table below gives every number.');
  });

  it('colours bars of totals by their category, one colour per value', () => {
    const spec = trendChartSpec(channelYear(), 'BARS', TITLE);
    if (spec.kind !== 'bar') throw new Error('expected bars');
    expect(spec.props.categoryColours).toHaveLength(3);
    expect(new Set(spec.props.categoryColours).size).toBe(3);
  });

  it('turns a cross-tab into a grid of totals, or groups of bars', () => {
    const spec = trendChartSpec(crossTab(), 'HEATMAP', TITLE);
    if (spec.kind !== 'heatmap') throw new Error('expected a heatmap');
    expect(spec.props.rows).toEqual(['Email', 'Letter']);
    expect(spec.props.columns).toEqual(['Upheld', 'Not upheld']);
    expect(spec.props.values).toEqual([
      [3, 5],
      [4, 8],
    ]);
    const grouped = trendChartSpec(crossTab(), 'GROUPED_BARS', TITLE);
    if (grouped.kind !== 'grouped-bar') throw new Error('expected grouped bars');
    expect(grouped.props.categories).toEqual(['Email', 'Letter']);
    expect(grouped.props.series.map((s) => [s.id, s.values])).toEqual([
      ['Upheld', [3, 4]],
      ['Not upheld', [5, 8]],
    ]);
  });

  it('draws series by periods as a heatmap', () => {
    const spec = trendChartSpec(monthly(), 'HEATMAP', TITLE);
    if (spec.kind !== 'heatmap') throw new Error('expected a heatmap');
    expect(spec.props.rows).toEqual(['Comment', 'Compliment']);
    expect(spec.props.columns).toEqual(['Apr 2009', 'May 2009', 'Jun 2009']);
    expect(spec.props.values).toEqual([
      [2, 4, 6],
      [5, 6, 7],
    ]);
  });

  it('draws a year earlier as dashed lines in the same colours', () => {
    const spec = trendChartSpec(comparedMonthly(), 'LINE', TITLE);
    if (spec.kind !== 'line') throw new Error('expected a line chart');
    expect(spec.props.series.map((s) => [s.id, s.dashed ?? false, s.values])).toEqual([
      ['Comment', false, [2, 4, 6]],
      ['Compliment', false, [5, 6, 7]],
      ['Comment, 1 April 2008 to 30 June 2008', true, [1, 4, 3]],
      ['Compliment, 1 April 2008 to 30 June 2008', true, [5, 8, 7]],
    ]);
    expect(spec.props.series[2]?.colour).toBe(spec.props.series[0]?.colour);
    expect(spec.props.description).toContain('with dashed lines for the same months of 1 April 2008 to 30 June 2008');
  });

  it('names one line and its year earlier by their ranges, and pale bars beside bars of totals', () => {
    const one = comparedMonthly();
    one.groupBy = null;
    one.series = one.series.slice(0, 1);
    const line = trendChartSpec(one, 'LINE', TITLE);
    expect(line.kind === 'line' && line.props.series.map((s) => s.id)).toEqual(['1 April 2009 to 30 June 2009', '1 April 2008 to 30 June 2008']);

    const totals = { ...comparedMonthly(), periods: ['2009/10'] };
    const bars = trendChartSpec(totals, 'BARS', TITLE);
    if (bars.kind !== 'bar') throw new Error('expected bars');
    expect(bars.props.series.map((s) => [s.id, s.muted ?? false, s.values])).toEqual([
      ['1 April 2009 to 30 June 2009', false, [12, 18]],
      ['1 April 2008 to 30 June 2008', true, [8, 20]],
    ]);
  });

  it('says the table has the year earlier when the chart leaves it out', () => {
    const spec = trendChartSpec(comparedMonthly(), 'BARS', TITLE);
    expect(spec.kind).toBe('stacked-bar');
    expect(spec.props.description).toContain('The table below gives every number, with 1 April 2008 to 30 June 2008 beside it.');
  });
});
