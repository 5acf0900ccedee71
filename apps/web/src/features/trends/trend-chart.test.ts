import { MAX_SERIES_OVER_TIME, chooseChart, describeTrend, trendChartSpec } from './trend-chart';
import { channelYear, crossTab, monthly } from './trend-fixtures';

describe('choosing a chart', () => {
  it('uses a heatmap for cross-tabs, bars for one period, stacked bars for counts over time, lines otherwise', () => {
    expect(chooseChart(crossTab())).toBe('heatmap');
    expect(chooseChart(channelYear())).toBe('bar');
    expect(chooseChart(monthly())).toBe('stacked-bar');
    expect(chooseChart(monthly({ measure: 'RESPONDED_IN_TIME_PERCENT' }))).toBe('line');
    expect(chooseChart(monthly({ groupBy: null, series: monthly().series.slice(0, 1) }))).toBe('line');
    expect(chooseChart(monthly({ countsContactsOncePerValue: true }))).toBe('line');
  });

  it('shows totals as bars when there are too many series to follow over time', () => {
    const many = Array.from({ length: MAX_SERIES_OVER_TIME + 1 }, (_, i) => ({ ...monthly().series[0]!, key: `K${i}`, label: `Value ${i}` }));
    expect(chooseChart(monthly({ series: many }))).toBe('bar');
  });

  it('describes the question in words for the heading and the chart label', () => {
    expect(describeTrend(channelYear(), '2009/10')).toBe('Number of contacts by channel per financial year, 2009/10');
    expect(describeTrend(monthly())).toBe('Number of contacts by record type per month, 1 April 2009 to 30 June 2009');
  });

  it('gives each chart a text summary naming the largest value', () => {
    const spec = trendChartSpec(channelYear(), '2009/10');
    expect(spec.kind).toBe('bar');
    expect(spec.props.description).toContain('The largest is Letter: 165.');
    expect(spec.props.description).toContain('The table below gives every number.');
  });

  it('turns a cross-tab into a grid of totals', () => {
    const spec = trendChartSpec(crossTab());
    if (spec.kind !== 'heatmap') throw new Error('expected a heatmap');
    expect(spec.props.rows).toEqual(['Email', 'Letter']);
    expect(spec.props.columns).toEqual(['Upheld', 'Not upheld']);
    expect(spec.props.values).toEqual([
      [3, 5],
      [4, 8],
    ]);
  });
});
