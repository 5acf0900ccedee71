import { chartTypeFromSearch, chartTypesFor, defaultChartType, effectiveChartType, MAX_SERIES_OVER_TIME, withChartType } from './trend-chart-type';
import { channelYear, comparedMonthly, crossTab, monthly } from './trend-fixtures';

describe('chart types', () => {
  it('offers only the types the answer allows', () => {
    // One period: nothing to join with a line or to lay out as a grid over time.
    expect(chartTypesFor(channelYear())).toEqual(['BARS', 'TABLE']);
    expect(chartTypesFor(monthly())).toEqual(['LINE', 'BARS', 'GROUPED_BARS', 'HEATMAP', 'TABLE']);
    // A single series over time: no groups, no grid.
    expect(chartTypesFor(monthly({ groupBy: null, series: monthly().series.slice(0, 1) }))).toEqual(['LINE', 'BARS', 'TABLE']);
    expect(chartTypesFor(crossTab())).toEqual(['BARS', 'GROUPED_BARS', 'HEATMAP', 'TABLE']);
  });

  it('leaves grouped bars out when there are too many series to tell apart', () => {
    const many = Array.from({ length: 13 }, (_, i) => ({ ...monthly().series[0]!, key: `K${i}`, label: `Value ${i}` }));
    expect(chartTypesFor(monthly({ series: many }))).not.toContain('GROUPED_BARS');
  });

  it('draws what suits the answer when nothing is chosen', () => {
    expect(defaultChartType(crossTab())).toBe('HEATMAP');
    expect(defaultChartType(channelYear())).toBe('BARS');
    expect(defaultChartType(monthly())).toBe('BARS');
    expect(defaultChartType(monthly({ measure: 'RESPONDED_IN_TIME_PERCENT' }))).toBe('LINE');
    expect(defaultChartType(monthly({ countsContactsOncePerValue: true }))).toBe('LINE');
    // Compared with a year earlier, lines show both years.
    expect(defaultChartType(comparedMonthly())).toBe('LINE');
    const many = Array.from({ length: MAX_SERIES_OVER_TIME + 1 }, (_, i) => ({ ...monthly().series[0]!, key: `K${i}`, label: `Value ${i}` }));
    expect(defaultChartType(monthly({ series: many }))).toBe('BARS');
  });

  it('uses the chosen type when the answer allows it, otherwise what suits', () => {
    expect(effectiveChartType(monthly(), 'HEATMAP')).toBe('HEATMAP');
    expect(effectiveChartType(monthly(), 'TABLE')).toBe('TABLE');
    expect(effectiveChartType(channelYear(), 'LINE')).toBe('BARS');
    expect(effectiveChartType(monthly(), null)).toBe('BARS');
  });

  it('reads and writes chart= beside the question', () => {
    expect(chartTypeFromSearch('financialYear=2009/10&chart=HEATMAP')).toEqual({ chartType: 'HEATMAP', problems: [] });
    expect(chartTypeFromSearch('financialYear=2009/10')).toEqual({ chartType: null, problems: [] });
    expect(chartTypeFromSearch('chart=PIE')).toEqual({
      chartType: null,
      problems: [{ field: 'chart', message: "'PIE' is not one of LINE, BARS, GROUPED_BARS, HEATMAP, TABLE" }],
    });
    expect(chartTypeFromSearch('chart=LINE&chart=BARS').problems).toEqual([{ field: 'chart', message: 'is given more than once' }]);
    expect(withChartType('financialYear=2009/10', 'LINE')).toBe('financialYear=2009/10&chart=LINE');
    expect(withChartType('financialYear=2009/10', null)).toBe('financialYear=2009/10');
  });
});
