/** Contacts and queues shaped like the API's, for tests. */
import type { CaseworkQueueData } from './useCaseworkQueueQuery';
import type { CaseContact, CaseEscalation } from './useContactQuery';

type Steps = CaseContact['viewerCan'];

/** What the API offers nobody (a reader, or a closed case); name the steps it does offer. */
export function offering(...steps: (keyof Steps)[]): Steps {
  const none: Steps = {
    acknowledge: false,
    respond: false,
    extend: false,
    escalateToStage2: false,
    escalateToStage3: false,
    recordPanelHeld: false,
    recordEscalationResponse: false,
    withdraw: false,
  };
  return { ...none, ...Object.fromEntries(steps.map((step) => [step, true])) };
}

export function contactFixture(overrides: Partial<CaseContact> = {}): CaseContact {
  return {
    id: '643',
    reference: 'CS/2009/0334',
    receivedDate: '2010-01-11',
    recordType: { code: 'STATUTORY_COMPLAINT', name: 'Statutory complaint', group: 'FORMAL_COMPLAINT' },
    channel: { code: 'LETTER', name: 'Letter' },
    complainantType: 'RELATIVE',
    stage: 'STAGE_1',
    status: 'OPEN',
    nextDueDate: '2010-01-14',
    outcome: 'ONGOING',
    summary: null,
    acknowledgementDueDate: '2010-01-14',
    acknowledgementSentDate: null,
    responseDueDate: '2010-01-25',
    responseSentDate: null,
    extended: false,
    extendedDate: null,
    withdrawnDate: null,
    workingDaysToResponse: null,
    serviceAreas: [
      { code: 'SCHOOL_STANDARDS', name: 'School Standards' },
      { code: 'INCLUSION', name: 'Safeguarding: Inclusion' },
    ],
    issues: [{ code: 'COMMUNICATION_DELAY', name: 'Communication: delayed response' }],
    escalations: [],
    // What the API offers an officer on a new complaint before its response is due.
    viewerCan: offering('acknowledge', 'respond', 'extend', 'withdraw'),
    timeline: [
      {
        kind: 'RECEIVED',
        date: '2010-01-11',
        stage: 'STAGE_1',
        outcome: null,
        dueDate: '2010-01-14',
        description: 'Received; acknowledgement due 2010-01-14; response due 2010-01-25',
      },
    ],
    assignableStages: ['STAGE_1'],
    assignments: [],
    complainant: {
      givenName: 'Jane',
      familyName: 'Smith',
      email: 'jane.smith@example.com',
      phone: null,
      address: null,
      relationshipToChild: 'Grandmother',
      preferredContactMethod: 'EMAIL',
      reasonableAdjustments: 'Letters in large print',
    },
    ...overrides,
  };
}

export function escalationFixture(overrides: Partial<CaseEscalation> = {}): CaseEscalation {
  return {
    id: '7',
    stage: 'STAGE_2',
    requestedDate: '2010-02-01',
    responseDueDate: '2010-03-08',
    panelDueDate: null,
    panelHeldDate: null,
    responseSentDate: null,
    outcome: 'ONGOING',
    extended: false,
    ...overrides,
  };
}

export function queueFixture(overrides: Partial<CaseworkQueueData> = {}): CaseworkQueueData {
  const contact = (id: string, reference: string, name = 'Statutory complaint') => ({
    id,
    reference,
    recordType: { code: name === 'Statutory complaint' ? 'STATUTORY_COMPLAINT' : 'MP_CLLR_ENQUIRY', name },
  });
  return {
    asOf: '2010-03-01',
    dueUntil: '2010-03-08',
    overdueCount: 2,
    dueThisWeekCount: 2,
    lostInformation: [],
    items: [
      { step: 'RESPONSE', status: 'OVERDUE', dueDate: '2008-07-01', workingDaysOverdue: 422, workingDaysRemaining: 0, contact: contact('60', 'CS/2008/0060', 'MP/Cllr Enquiry'), escalation: null, officer: { id: '5', name: 'Ann Handler' } },
      { step: 'ACKNOWLEDGEMENT', status: 'OVERDUE', dueDate: '2010-02-24', workingDaysOverdue: 3, workingDaysRemaining: 0, contact: contact('677', 'CS/2009/0368'), escalation: null, officer: null },
      { step: 'RESPONSE', status: 'DUE_THIS_WEEK', dueDate: '2010-03-01', workingDaysOverdue: 0, workingDaysRemaining: 0, contact: contact('683', 'CS/2009/0374'), escalation: null, officer: null },
      { step: 'STAGE_2_RESPONSE', status: 'DUE_THIS_WEEK', dueDate: '2010-03-08', workingDaysOverdue: 0, workingDaysRemaining: 5, contact: contact('694', 'CS/2009/0385'), escalation: { id: '9', stage: 'STAGE_2' }, officer: { id: '6', name: 'Ben Investigator' } },
    ],
    ...overrides,
  };
}
