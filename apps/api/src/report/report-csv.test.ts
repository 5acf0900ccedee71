import type { LearningAction } from '../actions/learning-action.entity';
import { toCsv } from '../export/csv';
import { learningActionsCsvRows, reportTableCsvRows } from './report-csv';
import { monthLabel } from './tables/table3-monthly';

describe('report CSV', () => {
  it('writes a header row with a blank corner, the rows, a blank line and the notes', () => {
    const csv = toCsv(
      reportTableCsvRows({
        id: 'table2',
        title: 'Table 2',
        columns: ['Number', '%'],
        rows: [
          { label: 'Letter', values: [165, 37.4] },
          { label: '=HYPERLINK("http://example.com")', values: [null, -1.5] },
        ],
        notes: ['Percentages are of all contacts, to one decimal place.', '-1 is not a formula'],
      }),
    );
    expect(csv).toBe(
      '\uFEFF,Number,%\r\n' +
        'Letter,165,37.4\r\n' +
        `"'=HYPERLINK(""http://example.com"")",,-1.5\r\n` +
        '\r\n' +
        '"Percentages are of all contacts, to one decimal place."\r\n' +
        `"'-1 is not a formula"\r\n`,
    );
  });

  it('writes learning actions with their labels', () => {
    const rows = learningActionsCsvRows(
      [{ issueIdentified: 'Generic issues', count: null, actionNeeded: 'Meet complainants', byWhom: 'Service Manager', status: 'COMPLETED', dueDate: null, furtherAction: null } as LearningAction],
      '2009/10',
    );
    expect(rows[0]).toEqual(['Issue identified', 'Complaints', 'Action needed', 'By whom', 'Status', 'Review date', 'Further action']);
    expect(rows[1]).toEqual(['Generic issues', null, 'Meet complainants', 'Service Manager', 'Completed', null, null]);
    expect(rows[2]).toEqual([]);
  });

  it("labels table 3's months as the printed report does", () => {
    expect(monthLabel('2009-10')).toBe('Oct 2009');
    expect(monthLabel('2010-03')).toBe('Mar 2010');
  });
});
