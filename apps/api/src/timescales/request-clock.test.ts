import { informationRequestDeadline } from './deadlines';
import { clockPauseEffect, informationRequestClock, type ClockPause } from './request-clock';

const foi = (receivedDate: string, pauses: ClockPause[] = [], extended = false) =>
  informationRequestClock({ kind: 'FREEDOM_OF_INFORMATION', receivedDate, extended, pauses });
const sar = (receivedDate: string, pauses: ClockPause[] = [], extended = false) =>
  informationRequestClock({ kind: 'ACCESS_TO_RECORDS', receivedDate, extended, pauses });

describe('clockPauseEffect', () => {
  it('follows the rule in force on the received date', () => {
    // FOI: clarification starts the 20 days again (s1(3)); a fees notice stops them (s10(2)); no ID (applicant-blind).
    expect(clockPauseEffect('FREEDOM_OF_INFORMATION', '2009-11-02', 'AWAITING_CLARIFICATION')).toBe('RESTART');
    expect(clockPauseEffect('FREEDOM_OF_INFORMATION', '2009-11-02', 'AWAITING_FEE')).toBe('SUSPEND');
    expect(clockPauseEffect('FREEDOM_OF_INFORMATION', '2009-11-02', 'AWAITING_ID')).toBeNull();
    // DPA 1998 s7(10): the 40 days run from the day the council has everything it needs.
    expect(clockPauseEffect('ACCESS_TO_RECORDS', '2009-11-02', 'AWAITING_CLARIFICATION')).toBe('RESTART');
    // UK GDPR: the month starts when ID arrives; clarification stops the clock.
    expect(clockPauseEffect('ACCESS_TO_RECORDS', '2026-01-05', 'AWAITING_ID')).toBe('RESTART');
    expect(clockPauseEffect('ACCESS_TO_RECORDS', '2026-01-05', 'AWAITING_CLARIFICATION')).toBe('SUSPEND');
  });
});

describe('informationRequestClock', () => {
  it('without pauses gives the deadline of the rule in force', () => {
    for (const [kind, date, extended] of [
      ['FREEDOM_OF_INFORMATION', '2009-12-01', false],
      ['FREEDOM_OF_INFORMATION', '2009-12-01', true],
      ['ACCESS_TO_RECORDS', '2009-11-02', false],
      ['ACCESS_TO_RECORDS', '2026-08-31', true],
    ] as const) {
      const clock = informationRequestClock({ kind, receivedDate: date, extended, pauses: [] });
      expect({ dueDate: clock.dueDate, ruleId: clock.ruleId }).toEqual(informationRequestDeadline({ kind, receivedDate: date, extended }));
      expect(clock).toMatchObject({ clockStartedOn: date, daysDisregarded: 0 });
    }
    // 20 working days, skipping Christmas Day and the Boxing Day substitute (Monday 28th).
    expect(foi('2009-12-01').dueDate).toBe('2009-12-31');
  });

  it('FOI fees notice: the working days from notice to payment, both included, do not count (over Christmas and New Year)', () => {
    // 21-24 Dec, 29-31 Dec, 4-5 Jan: 9 working days; 25 and 28 Dec and 1 Jan are bank holidays.
    const clock = foi('2009-12-01', [{ reason: 'AWAITING_FEE', pausedOn: '2009-12-21', resumedOn: '2010-01-05' }]);
    // 13 working days were used before the notice; the other 7 run from 6 January.
    expect(clock).toEqual({ dueDate: '2010-01-14', ruleId: 'foi-2005', clockStartedOn: '2009-12-01', daysDisregarded: 9, disregardedUnit: 'WORKING_DAYS' });
  });

  it('FOI fees notice on the day of receipt: that day never counted, so only the days after it are disregarded', () => {
    expect(foi('2009-10-05').dueDate).toBe('2009-11-02');
    expect(foi('2009-10-05', [{ reason: 'AWAITING_FEE', pausedOn: '2009-10-05', resumedOn: '2009-10-07' }])).toMatchObject({
      dueDate: '2009-11-04',
      daysDisregarded: 2,
    });
  });

  it('two fees notices sharing a day count that day once', () => {
    const first = { reason: 'AWAITING_FEE', pausedOn: '2009-10-06', resumedOn: '2009-10-07' } as const;
    const second = { reason: 'AWAITING_FEE', pausedOn: '2009-10-07', resumedOn: '2009-10-08' } as const;
    expect(foi('2009-10-05', [first, second]).daysDisregarded).toBe(3);
  });

  it('FOI clarification: 20 working days from the day it arrives, over Christmas', () => {
    const clock = foi('2009-11-02', [{ reason: 'AWAITING_CLARIFICATION', pausedOn: '2009-11-05', resumedOn: '2009-12-14' }]);
    expect(clock).toMatchObject({ dueDate: '2010-01-14', clockStartedOn: '2009-12-14', daysDisregarded: 0 });
  });

  it('a restart wipes out the days disregarded before it; a suspension after it adds to the new start', () => {
    const fee = { reason: 'AWAITING_FEE', pausedOn: '2009-10-19', resumedOn: '2009-10-21' } as const;
    const clarification = { reason: 'AWAITING_CLARIFICATION', pausedOn: '2009-10-06', resumedOn: '2009-10-12' } as const;
    // From 12 October, 20 + 3 (19-21 October) working days.
    expect(foi('2009-10-05', [fee, clarification])).toMatchObject({ dueDate: '2009-11-12', clockStartedOn: '2009-10-12', daysDisregarded: 3 });
    const later = { reason: 'AWAITING_CLARIFICATION', pausedOn: '2009-10-22', resumedOn: '2009-10-26' } as const;
    expect(foi('2009-10-05', [clarification, fee, later])).toMatchObject({ clockStartedOn: '2009-10-26', daysDisregarded: 0, dueDate: '2009-11-23' });
  });

  it('UK GDPR: the month starts when proof of identity arrives, and a due date on Good Friday moves past Easter Monday', () => {
    const clock = sar('2026-02-20', [{ reason: 'AWAITING_ID', pausedOn: '2026-02-23', resumedOn: '2026-03-03' }]);
    // 3 April 2026 is Good Friday and 6 April Easter Monday.
    expect(clock).toMatchObject({ dueDate: '2026-04-07', clockStartedOn: '2026-03-03', ruleId: 'access-to-records-uk-gdpr-2018' });
    // Extended (complex): three months from the day ID arrived.
    expect(sar('2026-01-05', [{ reason: 'AWAITING_ID', pausedOn: '2026-01-05', resumedOn: '2026-01-09' }], true).dueDate).toBe('2026-04-09');
  });

  it('UK GDPR clarification: the calendar days asked for to answered, both included, move the month end on', () => {
    // Asked Monday 12th, answered Friday 16th: 5 days; 5 February + 5.
    expect(sar('2026-01-05', [{ reason: 'AWAITING_CLARIFICATION', pausedOn: '2026-01-12', resumedOn: '2026-01-16' }])).toMatchObject({
      dueDate: '2026-02-10',
      daysDisregarded: 5,
      disregardedUnit: 'CALENDAR_DAYS',
    });
    // 28 August + 2 days is Sunday 30th; Monday 31st is the summer bank holiday.
    expect(sar('2026-07-28', [{ reason: 'AWAITING_CLARIFICATION', pausedOn: '2026-08-03', resumedOn: '2026-08-04' }]).dueDate).toBe('2026-09-01');
  });

  it('DPA 1998: 40 calendar days from the day the fee arrives, not moved off a weekend', () => {
    expect(sar('2009-11-02', [{ reason: 'AWAITING_FEE', pausedOn: '2009-11-03', resumedOn: '2009-11-20' }])).toMatchObject({
      dueDate: '2009-12-30',
      ruleId: 'access-to-records-dpa-1998',
    });
    expect(sar('2009-11-02', [{ reason: 'AWAITING_ID', pausedOn: '2009-11-03', resumedOn: '2009-11-21' }]).dueDate).toBe('2009-12-31');
  });

  it('refuses pauses that no validation should have let through', () => {
    expect(() => foi('2009-11-02', [{ reason: 'AWAITING_ID', pausedOn: '2009-11-03', resumedOn: '2009-11-04' }])).toThrow(
      "Rule 'foi-2005' allows no pause for AWAITING_ID",
    );
    expect(() => foi('2009-11-02', [{ reason: 'AWAITING_FEE', pausedOn: '2009-11-01', resumedOn: '2009-11-04' }])).toThrow('starts before 2009-11-02');
    expect(() => foi('2009-11-02', [{ reason: 'AWAITING_FEE', pausedOn: '2009-11-05', resumedOn: '2009-11-04' }])).toThrow('resumes before it started');
    expect(() =>
      foi('2009-11-02', [
        { reason: 'AWAITING_FEE', pausedOn: '2009-11-03', resumedOn: '2009-11-10' },
        { reason: 'AWAITING_FEE', pausedOn: '2009-11-09', resumedOn: '2009-11-12' },
      ]),
    ).toThrow('starts before 2009-11-10');
    expect(() => foi('2009-11-31')).toThrow('Not a valid ISO date');
  });
});
