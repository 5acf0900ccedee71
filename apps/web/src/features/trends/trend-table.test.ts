import { channelYear, crossTab, monthly } from './trend-fixtures';
import { combine, trendTableModel } from './trend-table';

const same = (period: string) => period;

describe('trend table', () => {
  it('has a row per series with its total, and a totals row that adds up counts', () => {
    const model = trendTableModel(monthly(), 'Record type', same);
    expect(model.columns).toEqual(['2009-04', '2009-05', '2009-06']);
    expect(model.rows).toEqual([
      { label: 'Comment', cells: [2, 4, 6], total: 12 },
      { label: 'Compliment', cells: [5, 6, 7], total: 18 },
    ]);
    expect(model.totals).toEqual({ label: 'All contacts', cells: [7, 10, 13], total: 30 });
  });

  it('reads Letter 165 from the channel table for 2009/10', () => {
    const letter = trendTableModel(channelYear(), 'Channel', same).rows.find((row) => row.label === 'Letter');
    expect(letter).toEqual({ label: 'Letter', cells: [165], total: 165 });
  });

  it('does not add up when a contact counts under several values', () => {
    const model = trendTableModel(monthly({ countsContactsOncePerValue: true, groupBy: 'ALL_SERVICE_AREAS', total: 25 }), 'Service area', same);
    expect(model.totals).toEqual({ label: 'All contacts (each counted once)', cells: [null, null, null], total: 25 });
  });

  it('combines percentages through their denominators, and never medians', () => {
    const percent = { measure: 'RESPONDED_IN_TIME_PERCENT' as const, countsContactsOncePerValue: false };
    expect(combine(percent, [{ value: 50, count: 10 }, { value: 100, count: 30 }])).toBeCloseTo(87.5);
    expect(combine(percent, [{ value: null, count: 0 }])).toBeNull();
    expect(combine({ measure: 'MEDIAN_WORKING_DAYS_TO_RESPONSE', countsContactsOncePerValue: false }, [{ value: 5, count: 3 }])).toBeNull();
  });

  it('lays a cross-tab out as rows by columns with totals both ways', () => {
    const model = trendTableModel(crossTab(), 'Channel', same);
    expect(model.columns).toEqual(['Upheld', 'Not upheld']);
    expect(model.rows).toEqual([
      { label: 'Email', cells: [3, 5], total: 8 },
      { label: 'Letter', cells: [4, 8], total: 12 },
    ]);
    expect(model.totals).toEqual({ label: 'All contacts', cells: [7, 13], total: 20 });
  });
});
