import { trendChange } from '@complaints/domain';
import { channelYear, comparedMonthly, crossTab, inTimeByQuarter, monthly } from './trend-fixtures';
import { previousTableModel, withChanges } from './trend-comparison';
import { combine, trendTableModel } from './trend-table';

const same = (period: string) => period;
const values = (cells: Array<{ value: number | null }>) => cells.map((cell) => cell.value);

describe('trend table', () => {
  it('has a row per series with its total, and the API’s totals row', () => {
    const model = trendTableModel(monthly(), 'Record type', same);
    expect(model.columns).toEqual(['2009-04', '2009-05', '2009-06']);
    expect(model.rows.map((row) => [row.label, values(row.cells), row.total.value])).toEqual([
      ['Comment', [2, 4, 6], 12],
      ['Compliment', [5, 6, 7], 18],
    ]);
    expect(model.totals?.label).toBe('All contacts');
    expect(values(model.totals!.cells)).toEqual([7, 10, 13]);
    expect(model.totals?.total).toEqual({ value: 30, base: 30 });
    expect(model.rows[0]?.change).toBeUndefined();
  });

  it('reads Letter 165 from the channel table for 2009/10', () => {
    const letter = trendTableModel(channelYear(), 'Channel', same).rows.find((row) => row.label === 'Letter');
    expect(letter).toEqual({ label: 'Letter', cells: [{ value: 165, base: 165 }], total: { value: 165, base: 165 } });
  });

  it('says when the totals are of the contacts matching filters, and names a single row the same way', () => {
    expect(trendTableModel(monthly(), 'Record type', same, { filtered: true }).totals?.label).toBe('All contacts matching the filters');
    const single = monthly({ groupBy: null, series: [{ ...monthly().series[0]!, key: 'ALL', label: 'All contacts' }] });
    expect(trendTableModel(single, 'Contacts', same, { filtered: true }).rows[0]?.label).toBe('All contacts matching the filters');
  });

  it('takes the totals row from the API when contacts count under several values, each counted once', () => {
    const result = monthly({ countsContactsOncePerValue: true, groupBy: 'ALL_SERVICE_AREAS', total: 25, totalCount: 25 });
    result.periodTotals = result.periodTotals.map((p, i) => ({ ...p, value: [5, 9, 11][i]! }));
    const model = trendTableModel(result, 'Service area', same);
    expect(model.totals?.label).toBe('All contacts (each counted once)');
    expect(values(model.totals!.cells)).toEqual([5, 9, 11]);
    expect(model.totals?.total.value).toBe(25);
  });

  it('keeps each percentage’s base', () => {
    const model = trendTableModel(inTimeByQuarter(), 'Channel', same);
    const fax = model.rows.find((row) => row.label === 'Fax')!;
    expect(fax.cells).toEqual([
      { value: 100, base: 1 },
      { value: null, base: 0 },
    ]);
    expect(model.totals?.total.base).toBe(122);
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
    expect(model.rows.map((row) => [row.label, values(row.cells), row.total.value])).toEqual([
      ['Email', [3, 5], 8],
      ['Letter', [4, 8], 12],
    ]);
    expect(values(model.totals!.cells)).toEqual([7, 13]);
    expect(model.totals?.total.value).toBe(20);
  });

  it('adds each row’s total a year earlier and the change when the question compares', () => {
    const result = comparedMonthly();
    const model = withChanges(result, trendTableModel(result, 'Record type', same), previousTableModel(result, 'Record type', same));
    expect(model.rows.map((row) => [row.label, row.change?.previous.value, row.change?.change, row.change?.percentChange])).toEqual([
      ['Comment', 8, 4, 50],
      ['Compliment', 20, -2, -10],
    ]);
    expect(model.totals?.change).toMatchObject({ previous: { value: 28 }, change: 2 });
    expect(model.totals?.change?.percentChange).toBeCloseTo(7.14, 2);
  });

  it('gives the compared periods their own table, headed by the earlier periods', () => {
    const previous = previousTableModel(comparedMonthly(), 'Record type', same)!;
    expect(previous.columns).toEqual(['2008-04', '2008-05', '2008-06']);
    expect(previous.rows.map((row) => [row.label, values(row.cells), row.total.value])).toEqual([
      ['Comment', [1, 4, 3], 8],
      ['Compliment', [5, 8, 7], 20],
    ]);
    expect(values(previous.totals!.cells)).toEqual([6, 12, 10]);
    expect(previous.totals?.total.value).toBe(28);
    expect(previousTableModel(monthly(), 'Record type', same)).toBeNull();
  });

  it('compares a cross-tab row by row through the earlier totals of its cells', () => {
    const before: Record<string, number> = { 'EMAIL UPHELD': 2, 'EMAIL NOT_UPHELD': 3, 'LETTER UPHELD': 4, 'LETTER NOT_UPHELD': 4 };
    const earlier = (value: number, now: number) => ({ period: null, value, count: value, ...trendChange('count', now, value) });
    const now = crossTab();
    const result = {
      ...now,
      comparison: { compareWith: 'PREVIOUS_YEAR' as const, from: '2008-04-01', to: '2009-03-31' },
      previousTotal: earlier(13, 20),
      series: now.series.map((s) => ({ ...s, previousTotal: earlier(before[`${s.key} ${s.crossKey}`]!, s.total!) })),
    };
    const previous = previousTableModel(result, 'Channel', same)!;
    expect(previous.columns).toEqual(['Upheld', 'Not upheld']);
    expect(previous.rows.map((row) => [row.label, values(row.cells), row.total.value])).toEqual([
      ['Email', [2, 3], 5],
      ['Letter', [4, 4], 8],
    ]);
    expect(previous.totals?.total.value).toBe(13);
    const model = withChanges(result, trendTableModel(result, 'Channel', same), previous);
    expect(model.rows.map((row) => [row.label, row.change?.previous.value, row.change?.change, row.change?.percentChange])).toEqual([
      ['Email', 5, 3, 60],
      ['Letter', 8, 4, 50],
    ]);
    expect(model.totals?.change).toMatchObject({ previous: { value: 13 }, change: 7 });
  });
});
