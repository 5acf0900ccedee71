import { describeIcoClock, icoClock, icoDeadline, instantFromLondonLocal, londonLocalDateTime, reportedWithin72Hours } from './ico-clock';

describe('the 72-hour ICO clock', () => {
  it('runs across a weekend: discovered Friday afternoon, due Monday afternoon', () => {
    expect(icoDeadline('2026-11-27T16:00:00Z').toISOString()).toBe('2026-11-30T16:00:00.000Z');
  });

  it('does not skip bank holidays: discovered Thursday 24 December 2026, due Sunday 27 December across Christmas Day and Boxing Day', () => {
    expect(icoDeadline('2026-12-24T10:00:00Z').toISOString()).toBe('2026-12-27T10:00:00.000Z');
    // Five working days would run to 4 January 2027; the ICO clock does not.
    const clock = icoClock({ discoveredAt: '2026-12-24T10:00:00Z' }, '2026-12-27T11:00:00Z');
    expect(clock.state).toBe('OVERDUE');
    expect(clock.hoursOverdue).toBe(1);
  });

  it('does not skip Good Friday and Easter Monday, and counts elapsed hours across the change to British Summer Time', () => {
    // Thursday 25 March 2027 09:00 GMT; clocks go forward at 01:00 GMT on Sunday 28 March.
    const deadline = icoDeadline(instantFromLondonLocal('2027-03-25T09:00')!);
    expect(deadline.toISOString()).toBe('2027-03-28T09:00:00.000Z');
    // On London's wall clock that is 10:00 BST: 72 hours have passed, not 71.
    expect(londonLocalDateTime(deadline)).toBe('2027-03-28T10:00');
  });

  it('counts elapsed hours when the clocks go back', () => {
    // Saturday 24 October 2026 10:00 BST (09:00 UTC); clocks go back on Sunday 25 October.
    const discovered = instantFromLondonLocal('2026-10-24T10:00')!;
    expect(discovered.toISOString()).toBe('2026-10-24T09:00:00.000Z');
    expect(londonLocalDateTime(icoDeadline(discovered))).toBe('2026-10-27T09:00');
  });

  it('gives whole hours remaining (rounded down) while running, and whole hours overdue (rounded up)', () => {
    const discoveredAt = '2026-11-24T10:00:00Z';
    const running = icoClock({ discoveredAt }, '2026-11-26T19:30:00Z');
    expect(running).toMatchObject({ state: 'RUNNING', hoursRemaining: 14, hoursOverdue: 0 });
    expect(describeIcoClock(running)).toBe('ICO decision due in 14 h');
    const overdue = icoClock({ discoveredAt }, '2026-11-27T12:01:00Z');
    expect(overdue).toMatchObject({ state: 'OVERDUE', hoursRemaining: 0, hoursOverdue: 3 });
    expect(describeIcoClock(overdue)).toBe('ICO decision overdue by 3 h');
    expect(describeIcoClock(icoClock({ discoveredAt }, '2026-11-27T09:40:00Z'))).toBe('ICO decision due in under 1 h');
    // Exactly at the deadline is still in time.
    expect(icoClock({ discoveredAt }, '2026-11-27T10:00:00Z').state).toBe('RUNNING');
  });

  it('stops when the decision not to notify is made, or when the ICO is notified', () => {
    const discoveredAt = '2026-12-24T10:00:00Z';
    const notNotifying = { discoveredAt, icoDecision: 'DO_NOT_NOTIFY' as const, icoDecidedAt: '2026-12-26T09:00:00Z' };
    expect(icoClock(notNotifying, '2027-01-10T00:00:00Z')).toMatchObject({ state: 'MET', hoursOverdue: 0 });
    expect(reportedWithin72Hours(notNotifying)).toBe(true);

    // Deciding to notify does not stop the clock: the notification does.
    const decidedOnly = { discoveredAt, icoDecision: 'NOTIFY' as const, icoDecidedAt: '2026-12-25T09:00:00Z' };
    expect(icoClock(decidedOnly, '2026-12-27T12:00:00Z').state).toBe('OVERDUE');
    expect(describeIcoClock(icoClock(decidedOnly, '2026-12-27T12:00:00Z'), 'NOTIFY')).toBe('ICO notification overdue by 2 h');
    expect(reportedWithin72Hours(decidedOnly)).toBeNull();

    const late = { ...decidedOnly, icoNotifiedAt: '2026-12-28T15:00:00Z' };
    expect(icoClock(late, '2027-01-10T00:00:00Z')).toMatchObject({ state: 'MISSED', hoursOverdue: 29 });
    expect(reportedWithin72Hours(late)).toBe(false);
  });
});

describe('London wall-clock times', () => {
  it('round-trips GMT and BST times', () => {
    expect(instantFromLondonLocal('2026-07-01T12:00')!.toISOString()).toBe('2026-07-01T11:00:00.000Z');
    expect(instantFromLondonLocal('2026-12-01T12:00')!.toISOString()).toBe('2026-12-01T12:00:00.000Z');
    expect(londonLocalDateTime('2026-07-01T11:00:00Z')).toBe('2026-07-01T12:00');
  });

  it('takes the BST instant in the repeated autumn hour, and refuses what is not a time', () => {
    expect(instantFromLondonLocal('2026-10-25T01:30')!.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(instantFromLondonLocal('2026-02-30T10:00')).toBeNull();
    expect(instantFromLondonLocal('yesterday')).toBeNull();
  });
});
