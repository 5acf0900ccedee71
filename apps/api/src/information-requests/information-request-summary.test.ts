import { summarise } from './information-request-summary';

describe('summarise', () => {
  it('works out percentages from the counts, with strings from MySQL and zeros for a kind with no rows', () => {
    const rows = [
      { kind: 'ACCESS_TO_RECORDS', year: '2009/10', received: '65', police: '14', joint: '0', completed: '65', inTime: '62', open: '0', overdue: '0' },
      { kind: 'ACCESS_TO_RECORDS', year: '2008/09', received: 39, police: 5, joint: 0, completed: 39, inTime: 39, open: 0, overdue: 0 },
    ];
    expect(summarise(rows, '2009/10', '2008/09')).toEqual([
      {
        kind: 'ACCESS_TO_RECORDS',
        received: 65,
        receivedPreviousYear: 39,
        changePercent: 66.7,
        fromPolice: 14,
        jointWithAnotherDirectorate: 0,
        completed: 65,
        completedWithinDeadline: 62,
        completedWithinDeadlinePercent: 95.4,
        stillOpen: 0,
        overdue: 0,
      },
      {
        kind: 'FREEDOM_OF_INFORMATION',
        received: 0,
        receivedPreviousYear: 0,
        changePercent: null,
        fromPolice: 0,
        jointWithAnotherDirectorate: 0,
        completed: 0,
        completedWithinDeadline: 0,
        completedWithinDeadlinePercent: null,
        stillOpen: 0,
        overdue: 0,
      },
    ]);
  });

  it('takes the percentage in time of those completed, not of those received', () => {
    const rows = [{ kind: 'FREEDOM_OF_INFORMATION', year: '2026/27', received: 10, police: 0, joint: 1, completed: 8, inTime: 6, open: 2, overdue: 1 }];
    expect(summarise(rows, '2026/27', '2025/26')[1]).toMatchObject({ completedWithinDeadlinePercent: 75, stillOpen: 2, overdue: 1 });
  });
});
