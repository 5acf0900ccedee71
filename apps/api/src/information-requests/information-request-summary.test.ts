import { completedInTimePercent, foldRequestCounts } from './information-request-summary-aggregate';
import { summarise } from './information-request-summary';

const row = (kind: string, year: string, counts: Record<string, unknown>) => ({
  kind,
  year,
  received: 0,
  fromPolice: 0,
  joint: 0,
  completed: 0,
  inTime: 0,
  open: 0,
  overdue: 0,
  withdrawn: 0,
  ...counts,
});

describe('summarise', () => {
  it('works out percentages from the counts, with strings from MySQL and zeros for a kind with no rows', () => {
    const counts = foldRequestCounts([
      row('ACCESS_TO_RECORDS', '2009/10', { received: '65', fromPolice: '14', completed: '65', inTime: '62' }),
      row('ACCESS_TO_RECORDS', '2008/09', { received: 39, fromPolice: 5, completed: 39, inTime: 39 }),
    ]);
    expect(summarise(counts, '2009/10', '2008/09')).toEqual([
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
        withdrawn: 0,
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
        withdrawn: 0,
      },
    ]);
  });

  it('takes the percentage in time of those received, as the printed report does (10.4: 62 of 65 received is 96%)', () => {
    const counts = foldRequestCounts([row('FREEDOM_OF_INFORMATION', '2026/27', { received: 10, joint: 1, completed: 8, inTime: 6, open: 2, overdue: 1 })]);
    expect(summarise(counts, '2026/27', '2025/26')[1]).toMatchObject({ completedWithinDeadlinePercent: 60, stillOpen: 2, overdue: 1 });
  });
});

describe('completedInTimePercent', () => {
  it('divides by requests received; null when none were received', () => {
    expect(completedInTimePercent({ inTime: 1, received: 2 })).toBe(50);
    expect(completedInTimePercent({ inTime: 135, received: 137 })).toBe(98.5);
    expect(completedInTimePercent({ inTime: 0, received: 0 })).toBeNull();
  });
});
