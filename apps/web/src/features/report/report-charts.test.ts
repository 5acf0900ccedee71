import { emptyReport, outcomes, reportTable, table2, table3 } from './report-fixtures';
import { MAX_SERIES, reportChart, rowsWithoutTotal } from './report-charts';

describe('annual report charts', () => {
  it('draws table 3 as stacked bars by month, one part per record type with contacts', () => {
    const chart = reportChart(table3())!;
    expect(chart.stacked).toBe(true);
    expect(chart.categories).toHaveLength(12);
    expect(chart.categories[6]).toBe('Oct 2009');
    expect(chart.series.map((s) => s.id)).toEqual(['Compliment', 'MP/Cllr Enquiry', 'Statutory complaint']);
    expect(chart.series[2]!.values[6]).toBe(22);
    expect(chart.title).toBe('Chart: Table 3: Contacts received month by month, 2009/10, by record type');
    expect(chart.description).toBe(
      'Stacked bar chart of Table 3: Contacts received month by month, 2009/10. One bar for each of 12 months, from Apr 2009 to Mar 2010, ' +
        'divided by record type (record types with no contacts are left out). The busiest month is Oct 2009, with 41 contacts; ' +
        'the most common record type is Statutory complaint, with 167. The table below gives every number.',
    );
  });

  it('puts the smallest record types together when there are more than colours', () => {
    const rows: Array<[string, number[]]> = Array.from({ length: MAX_SERIES + 2 }, (_, i) => [`Type ${i + 1}`, [i + 1, i + 1, 2 * (i + 1)]]);
    const chart = reportChart(reportTable('table3', 'Table 3: Monthly', ['Apr 2009', 'May 2009', 'Total'], rows))!;
    expect(chart.series).toHaveLength(MAX_SERIES);
    expect(chart.series.at(-1)).toEqual({ id: 'Other record types (3)', values: [6, 6] });
    expect(chart.series[0]!.id).toBe('Type 4');
  });

  it('draws channels, issues and outcomes as bars of their counts, without the total row', () => {
    const channels = reportChart(table2())!;
    expect(channels.layout).toBe('horizontal');
    expect(channels.categories).toEqual(['Email', 'Letter', 'Telephone', 'Web application']);
    expect(channels.series).toEqual([{ id: 'Contacts', values: [114, 165, 136, 26] }]);
    expect(channels.description).toBe(
      'Bar chart of Table 2: Contacts – how received, 2009/10. One bar for each of 4 ways contacts were received. ' +
        'The largest is Letter: 165 (37.4%). The table below gives every number.',
    );

    // 6.2's last row totals the others without saying 'Total'.
    const outcome = reportChart(outcomes())!;
    expect(outcome.categories).not.toContain('Stage 1 complaints');
    expect(outcome.series[0]!.id).toBe('Stage 1 complaints');
    expect(outcome.description).toContain('The largest is Not upheld: 70 (38.7%).');
  });

  it('keeps a last row that is not a total', () => {
    const rows = [
      { label: 'A', values: [1] },
      { label: 'B', values: [5] },
    ];
    expect(rowsWithoutTotal(rows, 0)).toEqual(rows);
  });

  it('draws nothing for other tables, or when every figure is zero', () => {
    const empty = emptyReport();
    expect(reportChart(empty.tables.find((t) => t.id === 'table3')!)).toBeNull();
    expect(reportChart(empty.tables.find((t) => t.id === 'table2')!)).toBeNull();
    expect(reportChart(empty.outcomes)).toBeNull();
    expect(reportChart(empty.tables.find((t) => t.id === 'table1')!)).toBeNull();
  });
});
