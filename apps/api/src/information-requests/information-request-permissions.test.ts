import type { RequestState } from './information-request-lifecycle';
import { pauseOptions, requestPermissions } from './information-request-permissions';

const today = '2009-11-20';
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

describe('pauseOptions', () => {
  it("lists the reasons the request's rule allows and what each does", () => {
    expect(pauseOptions(foi)).toEqual([
      { reason: 'AWAITING_CLARIFICATION', effect: 'RESTART' },
      { reason: 'AWAITING_FEE', effect: 'SUSPEND' },
    ]);
    expect(pauseOptions({ kind: 'ACCESS_TO_RECORDS', receivedDate: '2026-01-05' })).toEqual([
      { reason: 'AWAITING_ID', effect: 'RESTART' },
      { reason: 'AWAITING_CLARIFICATION', effect: 'SUSPEND' },
      { reason: 'AWAITING_FEE', effect: 'RESTART' },
    ]);
  });
});

describe('requestPermissions', () => {
  it('offers an officer the steps the rules would accept today', () => {
    expect(requestPermissions('COMPLAINTS_OFFICER', foi, today)).toEqual({ acknowledge: true, extend: true, pause: true, resume: false, respond: true, withdraw: true });
    const paused = { ...foi, acknowledgedDate: '2009-11-03', clockPausedOn: '2009-11-05', clockPauseReason: 'AWAITING_FEE' as const };
    expect(requestPermissions('COMPLAINTS_OFFICER', paused, today)).toEqual({ acknowledge: false, extend: false, pause: false, resume: true, respond: false, withdraw: true });
    // Past its due date: no extension, but a pause may still be dated back to when the requester was asked.
    expect(requestPermissions('COMPLAINTS_OFFICER', foi, '2009-12-01')).toMatchObject({ extend: false, pause: true, respond: true });
  });

  it('offers nothing on a closed request, and nothing to roles that do not record requests', () => {
    const none = { acknowledge: false, extend: false, pause: false, resume: false, respond: false, withdraw: false };
    expect(requestPermissions('COMPLAINTS_OFFICER', { ...foi, completedDate: '2009-11-10' }, today)).toEqual(none);
    expect(requestPermissions('COMPLAINTS_OFFICER', { ...foi, withdrawnDate: '2009-11-10' }, today)).toEqual(none);
    for (const role of ['SERVICE_MANAGER', 'ANALYST', 'ADMIN'] as const) expect(requestPermissions(role, foi, today)).toEqual(none);
  });
});
