import { requestFixture, offering } from './request-fixtures';
import { doneMessage, EMPTY_STEP, lastResumedOn, requestSteps, validateStep } from './request-steps';

describe('requestSteps', () => {
  it('offers what viewerCan allows, most pressing first', () => {
    expect(requestSteps(requestFixture()).map((s) => s.kind)).toEqual(['RESPOND', 'ACKNOWLEDGE', 'PAUSE', 'EXTEND', 'WITHDRAW']);
    const paused = requestFixture({ status: 'PAUSED', clockPausedOn: '2009-12-21', clockPauseReason: 'AWAITING_FEE', viewerCan: offering('resume', 'withdraw') });
    expect(requestSteps(paused).map((s) => s.kind)).toEqual(['RESUME', 'WITHDRAW']);
    expect(requestSteps(requestFixture({ viewerCan: offering() }))).toEqual([]);
  });

  it('gives the pause the reasons the rule allows, and dates after the clock last restarted', () => {
    const request = requestFixture({
      history: [
        { kind: 'RECEIVED', date: '2009-12-01', reason: null, note: null, dueDate: '2009-12-31', recordedBy: 'A' },
        { kind: 'CLOCK_PAUSED', date: '2009-12-02', reason: 'AWAITING_FEE', note: null, dueDate: '2009-12-31', recordedBy: 'A' },
        { kind: 'CLOCK_RESUMED', date: '2009-12-04', reason: null, note: null, dueDate: '2010-01-05', recordedBy: 'A' },
      ],
      dueDate: '2010-01-05',
    });
    expect(lastResumedOn(request)).toBe('2009-12-04');
    const pause = requestSteps(request).find((s) => s.kind === 'PAUSE')!;
    expect(pause.pauseReasons.map((r) => r.reason)).toEqual(['AWAITING_CLARIFICATION', 'AWAITING_FEE']);
    expect(validateStep(pause, { ...EMPTY_STEP, date: '2009-12-03' }, '2009-12-20')).toEqual({
      pauseReason: 'Select what the requester was asked for',
      date: 'Date the requester was asked must be the same as or after the day the clock restarted (4 December 2009)',
    });
    expect(validateStep(pause, { ...EMPTY_STEP, pauseReason: 'AWAITING_FEE', date: '2010-01-06' }, '2010-01-10')).toEqual({
      date: 'Date the requester was asked must be on or before the due date (5 January 2010)',
    });
    expect(validateStep(pause, { ...EMPTY_STEP, pauseReason: 'AWAITING_FEE', date: '2009-12-10' }, '2009-12-20')).toEqual({});
  });
});

describe('validateStep', () => {
  const [respond, , , extend, withdraw] = requestSteps(requestFixture());

  it('asks for a real date, not in the future', () => {
    expect(validateStep(respond!, EMPTY_STEP, '2009-12-20')).toEqual({ date: 'Enter the date the response was sent' });
    expect(validateStep(respond!, EMPTY_STEP, '2009-12-20', true)).toEqual({ date: 'Date the response was sent must be a real date' });
    expect(validateStep(respond!, { ...EMPTY_STEP, date: '2009-12-21' }, '2009-12-20')).toEqual({ date: 'Date the response was sent must be today or in the past' });
    expect(validateStep(respond!, { ...EMPTY_STEP, date: '2009-11-30' }, '2009-12-20')).toEqual({
      date: 'Date the response was sent must be the same as or after the date received (1 December 2009)',
    });
  });

  it('needs a reason to extend, and takes an optional one to withdraw', () => {
    expect(validateStep(extend!, { ...EMPTY_STEP, reason: '  ' }, '2009-12-20')).toEqual({ reason: 'Enter why it needs longer' });
    expect(validateStep(withdraw!, { ...EMPTY_STEP, date: '2009-12-02' }, '2009-12-20')).toEqual({});
    expect(validateStep(withdraw!, { ...EMPTY_STEP, date: '2009-12-02', reason: 'x'.repeat(1001) }, '2009-12-20')).toEqual({
      reason: 'The reason must be 1,000 characters or fewer',
    });
  });
});

describe('doneMessage', () => {
  it('gives the new due date where the step moved it', () => {
    expect(doneMessage({ kind: 'RESUME' }, { dueDate: '2010-01-14' })).toBe('Clock restarted: the request is now due on 14 January 2010');
    expect(doneMessage({ kind: 'PAUSE' }, { dueDate: '2009-12-31' })).toBe('Clock paused');
  });
});
