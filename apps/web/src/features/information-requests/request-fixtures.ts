/** Requests for component and unit tests, shaped as the API sends them. */
import type { RequestData } from './useInformationRequestQuery';

const NOTHING = { acknowledge: false, extend: false, pause: false, resume: false, respond: false, withdraw: false };

export function offering(...steps: Array<keyof typeof NOTHING>): RequestData['viewerCan'] {
  return { ...NOTHING, ...Object.fromEntries(steps.map((step) => [step, true])) };
}

export function requestFixture(overrides: Partial<RequestData> = {}): RequestData {
  return {
    id: '41',
    reference: 'FOI/2009/0007',
    kind: 'FREEDOM_OF_INFORMATION',
    status: 'OPEN',
    requesterType: 'MEDIA',
    requesterName: 'Jo Bloggs',
    serviceArea: { code: 'SCHOOL_STANDARDS', name: 'School Standards' },
    receivedDate: '2009-12-01',
    dueDate: '2009-12-31',
    acknowledgedDate: null,
    completedDate: null,
    withdrawnDate: null,
    extended: false,
    extensionReason: null,
    clockPausedOn: null,
    clockPauseReason: null,
    jointWithDirectorate: null,
    summary: 'How many school meals were served in 2008/09?',
    completedWithinDeadline: null,
    workingDaysOverdue: null,
    workingDaysRemaining: 12,
    clockPauseOptions: [
      { reason: 'AWAITING_CLARIFICATION', effect: 'RESTART' },
      { reason: 'AWAITING_FEE', effect: 'SUSPEND' },
    ],
    viewerCan: offering('acknowledge', 'extend', 'pause', 'respond', 'withdraw'),
    history: [{ kind: 'RECEIVED', date: '2009-12-01', reason: null, note: null, dueDate: '2009-12-31', recordedBy: 'Olivia Officer' }],
    ...overrides,
  };
}
