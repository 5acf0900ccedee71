import {
  acknowledgeRequest,
  completeRequest,
  extendRequest,
  pauseRequest,
  resumeRequest,
  withdrawRequest,
  type ClockHistory,
  type RequestState,
} from './information-request-lifecycle';

const foi: RequestState = {
  kind: 'FREEDOM_OF_INFORMATION',
  receivedDate: '2009-11-02',
  dueDate: '2009-11-30',
  acknowledgedDate: null,
  completedDate: null,
  withdrawnDate: null,
  extended: false,
  clockPausedOn: null,
  clockPauseReason: null,
};
const paused: RequestState = { ...foi, clockPausedOn: '2009-11-05', clockPauseReason: 'AWAITING_CLARIFICATION' };
const resumed: ClockHistory = { pauses: [{ reason: 'AWAITING_FEE', pausedOn: '2009-11-05', resumedOn: '2009-11-09' }], lastResumedOn: '2009-11-09' };
const problems = (d: { ok: boolean; problems?: { field: string; message: string }[] }) => (d.ok ? [] : d.problems!.map((p) => `${p.field}: ${p.message}`));

describe('acknowledgeRequest', () => {
  it('records the date once, not before receipt or in the future', () => {
    expect(acknowledgeRequest(foi, '2009-11-03', '2009-12-01')).toEqual({ ok: true, value: { acknowledgedDate: '2009-11-03' } });
    expect(problems(acknowledgeRequest({ ...foi, acknowledgedDate: '2009-11-03' }, '2009-11-04', '2009-12-01'))).toEqual(['id: was already acknowledged on 2009-11-03']);
    expect(problems(acknowledgeRequest(foi, '2009-11-01', '2009-12-01'))).toEqual(['acknowledgedDate: 2009-11-01 is before the received date 2009-11-02']);
    expect(problems(acknowledgeRequest(foi, '2009-12-02', '2009-12-01'))).toEqual(['acknowledgedDate: 2009-12-02 is in the future']);
    expect(problems(acknowledgeRequest({ ...foi, withdrawnDate: '2009-11-04' }, '2009-11-05', '2009-12-01'))).toEqual(['id: was withdrawn on 2009-11-04']);
  });
});

describe('completeRequest', () => {
  it('records the completion date', () => {
    expect(completeRequest(foi, '2009-11-20', '2009-12-01')).toEqual({ ok: true, value: { completedDate: '2009-11-20' } });
  });

  it.each([
    ['a second completion', { ...foi, completedDate: '2009-11-10' }, '2009-11-20', 'id: was already completed on 2009-11-10'],
    ['a withdrawn request', { ...foi, withdrawnDate: '2009-11-10' }, '2009-11-20', 'id: was withdrawn on 2009-11-10'],
    ['a date before receipt', foi, '2009-11-01', 'completedDate: 2009-11-01 is before the received date 2009-11-02'],
    ['a date before the acknowledgement', { ...foi, acknowledgedDate: '2009-11-06' }, '2009-11-05', 'completedDate: 2009-11-05 is before the acknowledgement, sent on 2009-11-06'],
    ['a date in the future', foi, '2009-12-02', 'completedDate: 2009-12-02 is in the future'],
    ['a date that is not real', foi, '2009-11-31', "completedDate: '2009-11-31' is not a real date in the form YYYY-MM-DD"],
  ])('refuses %s', (_case, request, date, problem) => {
    expect(problems(completeRequest(request, date, '2009-12-01'))).toEqual([problem]);
  });

  it('refuses a response while the clock is paused, or dated before it resumed', () => {
    expect(problems(completeRequest(paused, '2009-11-20', '2009-12-01'))).toEqual([
      'id: has its clock paused (awaiting clarification, since 2009-11-05): record that it resumed before the response',
    ]);
    expect(problems(completeRequest(foi, '2009-11-06', '2009-12-01', resumed))).toEqual(['completedDate: 2009-11-06 is before the clock resumed on 2009-11-09']);
  });
});

describe('extendRequest', () => {
  it('gives an FOI request 40 working days (over Christmas and the Boxing Day substitute), with the reason', () => {
    expect(extendRequest(foi, ' Public interest test ', '2009-11-20')).toEqual({
      ok: true,
      value: { extended: true, dueDate: '2009-12-30', deadlineRuleId: 'foi-2005', extensionReason: 'Public interest test' },
    });
  });

  it('counts the extension with the pauses so far', () => {
    // 3 working days awaiting the fee (Thursday 5, Friday 6 and Monday 9 November): 40 + 3 from 2 November.
    const result = extendRequest({ ...foi, dueDate: '2009-12-03' }, 'Public interest test', '2009-11-20', resumed);
    expect(result).toMatchObject({ ok: true, value: { dueDate: '2010-01-05' } });
  });

  it('gives a UK GDPR subject access request three months, clamped to the end of a shorter month', () => {
    const sar: RequestState = { ...foi, kind: 'ACCESS_TO_RECORDS', receivedDate: '2026-08-31', dueDate: '2026-09-30' };
    expect(extendRequest(sar, 'Complex: records from three teams', '2026-09-01')).toMatchObject({
      ok: true,
      value: { extended: true, dueDate: '2026-11-30', deadlineRuleId: 'access-to-records-uk-gdpr-2018' },
    });
  });

  it.each([
    [
      'a Data Protection Act 1998 request (no extension)',
      { ...foi, kind: 'ACCESS_TO_RECORDS' as const, dueDate: '2009-12-12' },
      "id: a access-to-records request received on 2009-11-02 cannot be extended (rule 'access-to-records-dpa-1998')",
    ],
    ['a second extension', { ...foi, extended: true }, 'id: is already extended'],
    ['a completed request', { ...foi, completedDate: '2009-11-10' }, 'id: was already completed on 2009-11-10'],
    ['a request with its clock paused', paused, 'id: has its clock paused (awaiting clarification, since 2009-11-05): record that it resumed before extending it'],
  ])('refuses %s', (_case, request, problem) => {
    expect(problems(extendRequest(request, 'Because', '2009-11-20'))).toEqual([problem]);
  });

  it('refuses an extension after the due date, or without a reason', () => {
    expect(problems(extendRequest(foi, 'Because', '2009-12-01'))).toEqual(['id: was due on 2009-11-30; an extension must be made by then']);
    expect(problems(extendRequest(foi, '  ', '2009-11-20'))).toEqual(['reason: is required']);
    expect(problems(extendRequest(foi, 'x'.repeat(1001), '2009-11-20'))).toEqual(['reason: is longer than 1000 characters']);
  });
});

describe('pauseRequest', () => {
  it('pauses the clock for a reason the rule allows, dated when the requester was asked', () => {
    expect(pauseRequest(foi, 'AWAITING_CLARIFICATION', '2009-11-05', '2009-12-01')).toEqual({
      ok: true,
      value: { clockPausedOn: '2009-11-05', clockPauseReason: 'AWAITING_CLARIFICATION' },
    });
  });

  it.each([
    ['proof of identity for an FOI request (applicant-blind)', foi, 'AWAITING_ID', '2009-11-05', "reason: a Freedom of Information request's clock cannot be paused awaiting proof of identity (rule 'foi-2005')"],
    ['a second pause', paused, 'AWAITING_FEE', '2009-11-06', 'id: already has its clock paused (awaiting clarification, since 2009-11-05)'],
    ['a completed request', { ...foi, completedDate: '2009-11-10' }, 'AWAITING_FEE', '2009-11-06', 'id: was already completed on 2009-11-10'],
    ['a date before receipt', foi, 'AWAITING_FEE', '2009-11-01', 'pausedOn: 2009-11-01 is before the received date 2009-11-02'],
    ['a date after the due date', foi, 'AWAITING_FEE', '2009-12-01', 'pausedOn: 2009-12-01 is after the due date 2009-11-30: the clock can be paused only before it runs out'],
    ['a date in the future', foi, 'AWAITING_FEE', '2009-12-02', 'pausedOn: 2009-12-02 is in the future'],
    ['an unknown reason', foi, 'AWAITING_GODOT', '2009-11-05', "reason: unknown reason 'AWAITING_GODOT'"],
  ] as const)('refuses %s', (_case, request, reason, date, problem) => {
    expect(problems(pauseRequest(request, reason as never, date, '2009-12-01'))).toEqual([problem]);
  });

  it('refuses a pause dated before the clock last resumed', () => {
    expect(problems(pauseRequest(foi, 'AWAITING_FEE', '2009-11-06', '2009-12-01', resumed))).toEqual([
      'pausedOn: 2009-11-06 is before the clock last resumed, on 2009-11-09',
    ]);
  });
});

describe('resumeRequest', () => {
  it('restarts an FOI request\'s 20 working days on the day clarification arrives', () => {
    expect(resumeRequest(paused, '2009-12-14', '2009-12-20')).toEqual({
      ok: true,
      value: { clockPausedOn: null, clockPauseReason: null, dueDate: '2010-01-14', deadlineRuleId: 'foi-2005' },
    });
  });

  it('adds the working days awaiting an FOI fee, both ends included, to those of earlier pauses', () => {
    const fee: RequestState = { ...foi, clockPausedOn: '2009-11-16', clockPauseReason: 'AWAITING_FEE' };
    // 5, 6, 9 November (3) and 16-18 November (3): 20 + 6 working days from 2 November.
    expect(resumeRequest(fee, '2009-11-18', '2009-12-01', resumed)).toMatchObject({ ok: true, value: { dueDate: '2009-12-08' } });
  });

  it('starts a UK GDPR month on the day proof of identity arrives (moved off a bank holiday)', () => {
    const sar: RequestState = { ...foi, kind: 'ACCESS_TO_RECORDS', receivedDate: '2026-02-20', dueDate: '2026-03-20', clockPausedOn: '2026-02-23', clockPauseReason: 'AWAITING_ID' };
    expect(resumeRequest(sar, '2026-03-03', '2026-03-03')).toMatchObject({ ok: true, value: { dueDate: '2026-04-07' } });
  });

  it.each([
    ['a running clock', foi, '2009-11-10', 'id: does not have its clock paused'],
    ['a date before the pause', paused, '2009-11-04', 'resumedOn: 2009-11-04 is before the clock was paused on 2009-11-05'],
    ['a date in the future', paused, '2009-12-02', 'resumedOn: 2009-12-02 is in the future'],
    ['a withdrawn request', { ...paused, withdrawnDate: '2009-11-06' }, '2009-11-10', 'id: was withdrawn on 2009-11-06'],
  ])('refuses %s', (_case, request, date, problem) => {
    expect(problems(resumeRequest(request, date, '2009-12-01'))).toEqual([problem]);
  });
});

describe('withdrawRequest', () => {
  it('withdraws an open request, ending any pause, with an optional reason', () => {
    expect(withdrawRequest(paused, '2009-11-20', ' ID never came ', '2009-12-01')).toEqual({
      ok: true,
      value: { withdrawnDate: '2009-11-20', clockPausedOn: null, clockPauseReason: null, reason: 'ID never came' },
    });
    expect(withdrawRequest(foi, '2009-11-20', '', '2009-12-01')).toMatchObject({ ok: true, value: { reason: null } });
  });

  it.each([
    ['a completed request', { ...foi, completedDate: '2009-11-10' }, '2009-11-20', 'id: was already completed on 2009-11-10'],
    ['a second withdrawal', { ...foi, withdrawnDate: '2009-11-10' }, '2009-11-20', 'id: was withdrawn on 2009-11-10'],
    ['a date before the pause', paused, '2009-11-04', 'withdrawnDate: 2009-11-04 is before the clock was paused on 2009-11-05'],
    ['a date in the future', foi, '2009-12-02', 'withdrawnDate: 2009-12-02 is in the future'],
  ])('refuses %s', (_case, request, date, problem) => {
    expect(problems(withdrawRequest(request, date, null, '2009-12-01'))).toEqual([problem]);
  });
});
