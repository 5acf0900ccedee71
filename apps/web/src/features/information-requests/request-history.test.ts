import { historyItems } from './request-history';

describe('historyItems', () => {
  it('gives each step a title, the date in words and its details', () => {
    const items = historyItems([
      { kind: 'RECEIVED', date: '2009-12-01', reason: null, note: null, dueDate: '2009-12-31', recordedBy: 'Olivia Officer' },
      { kind: 'CLOCK_PAUSED', date: '2009-12-21', reason: 'AWAITING_FEE', note: null, dueDate: '2009-12-31', recordedBy: 'Olivia Officer' },
      { kind: 'CLOCK_RESUMED', date: '2010-01-05', reason: null, note: null, dueDate: '2010-01-14', recordedBy: 'Olivia Officer' },
      { kind: 'WITHDRAWN', date: '2010-01-06', reason: null, note: 'No longer needed', dueDate: null, recordedBy: null },
    ]);
    expect(items.map((i) => [i.title, i.dateText, ...i.details])).toEqual([
      ['Received', '1 December 2009', 'Due 31 December 2009', 'Recorded by Olivia Officer'],
      ['Clock paused', '21 December 2009', 'Awaiting the fee', 'Was due 31 December 2009', 'Recorded by Olivia Officer'],
      ['Clock restarted', '5 January 2010', 'Now due 14 January 2010', 'Recorded by Olivia Officer'],
      ['Withdrawn', '6 January 2010', 'Reason: No longer needed', 'From the request’s dates: recorded before this system kept its history'],
    ]);
  });
});
