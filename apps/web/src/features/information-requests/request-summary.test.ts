import { summaryRows } from './request-summary';

describe('summaryRows', () => {
  it('gives each figure of tables 8 and 9 for both kinds, in words people read', () => {
    const kind = { received: 65, receivedPreviousYear: 39, changePercent: 66.7, fromPolice: 14, jointWithAnotherDirectorate: 0, completed: 65, completedWithinDeadline: 62, completedWithinDeadlinePercent: 95.4, stillOpen: 0, overdue: 0, withdrawn: 0 };
    const rows = summaryRows({
      financialYear: '2009/10',
      previousFinancialYear: '2008/09',
      asOf: '2026-11-26',
      kinds: [
        { kind: 'ACCESS_TO_RECORDS', ...kind },
        { kind: 'FREEDOM_OF_INFORMATION', ...kind, received: 1370, receivedPreviousYear: 0, changePercent: null, completedWithinDeadlinePercent: null },
      ],
    });
    expect(rows.map((r) => [r.label, ...r.values])).toEqual([
      ['Received in 2009/10', '65', '1,370'],
      ['Received in 2008/09', '39', '0'],
      ['Change from the year before', '+66.7%', 'Not applicable'],
      ['From the police', '14', '14'],
      ['Answered jointly with another directorate', '0', '0'],
      ['Responded', '65', '65'],
      ['Responded within the time limit', '62 (95.4% of those received)', '62'],
      ['Still open', '0', '0'],
      ['Overdue on 26 November 2026', '0', '0'],
      ['Withdrawn', '0', '0'],
    ]);
  });
});
