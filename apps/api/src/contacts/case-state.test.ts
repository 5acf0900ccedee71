import { caseState, type CaseStateContact, type CaseStateEscalation } from './case-state';

const contact = (changes: Partial<CaseStateContact> = {}): CaseStateContact => ({
  id: 1,
  acknowledgementDueDate: '2009-11-05',
  acknowledgementSentDate: null,
  responseDueDate: '2009-11-16',
  responseSentDate: null,
  outcome: 'ONGOING',
  withdrawnDate: null,
  ...changes,
});

const escalation = (changes: Partial<CaseStateEscalation> = {}): CaseStateEscalation => ({
  id: 7,
  contactId: 1,
  stage: 'STAGE_2',
  responseDueDate: '2009-12-09',
  responseSentDate: null,
  panelDueDate: null,
  panelHeldDate: null,
  outcome: 'ONGOING',
  ...changes,
});

describe('where a contact stands', () => {
  it('is open until the acknowledgement is due, then until the response is', () => {
    expect(caseState(contact(), [])).toEqual({ status: 'OPEN', nextDueDate: '2009-11-05' });
    expect(caseState(contact({ acknowledgementSentDate: '2009-11-03' }), [])).toEqual({ status: 'OPEN', nextDueDate: '2009-11-16' });
  });

  it('is closed once answered, or when no reply was ever due (a compliment)', () => {
    expect(caseState(contact({ responseSentDate: '2009-11-10', outcome: 'UPHELD' }), [])).toEqual({ status: 'CLOSED', nextDueDate: null });
    expect(caseState(contact({ acknowledgementDueDate: null, responseDueDate: null, outcome: 'NOT_RECORDED' }), [])).toEqual({
      status: 'CLOSED',
      nextDueDate: null,
    });
  });

  it('opens again with an escalation: the Stage 3 panel first, then its response', () => {
    const answered = contact({ acknowledgementSentDate: '2009-10-02', responseSentDate: '2009-10-15', outcome: 'NOT_UPHELD' });
    expect(caseState(answered, [escalation()])).toEqual({ status: 'OPEN', nextDueDate: '2009-12-09' });
    const stage2Done = escalation({ responseSentDate: '2009-12-01', outcome: 'NOT_UPHELD' });
    const stage3 = escalation({ id: 8, stage: 'STAGE_3', panelDueDate: '2010-01-20', responseDueDate: '2010-02-20' });
    expect(caseState(answered, [stage2Done, stage3])).toEqual({ status: 'OPEN', nextDueDate: '2010-01-20' });
    expect(caseState(answered, [stage2Done, { ...stage3, panelHeldDate: '2010-01-18' }])).toEqual({ status: 'OPEN', nextDueDate: '2010-02-20' });
    expect(caseState(answered, [stage2Done])).toEqual({ status: 'CLOSED', nextDueDate: null });
  });

  it('is withdrawn however the withdrawal was recorded', () => {
    expect(caseState(contact({ withdrawnDate: '2009-11-03', outcome: 'WITHDRAWN' }), [])).toEqual({ status: 'WITHDRAWN', nextDueDate: null });
    expect(caseState(contact({ outcome: 'WITHDRAWN' }), [])).toEqual({ status: 'WITHDRAWN', nextDueDate: null });
    expect(caseState(contact({ responseSentDate: '2009-10-15', outcome: 'NOT_UPHELD' }), [escalation({ outcome: 'WITHDRAWN' })]).status).toBe('WITHDRAWN');
  });

  it("opens again with the Code's Stage 2: its acknowledgement, then its response; closed once answered or off the Code", () => {
    const answered = contact({ acknowledgementSentDate: '2026-05-05', responseSentDate: '2026-05-15', outcome: 'NOT_UPHELD', regime: 'COMPLAINT_HANDLING_CODE' });
    const stage2 = { id: 3, contactId: 1, stage: 'STAGE_2' as const, acknowledgementDueDate: '2026-06-08', acknowledgementSentDate: null, responseDueDate: '2026-07-06', responseSentDate: null };
    expect(caseState(answered, [], [stage2])).toEqual({ status: 'OPEN', nextDueDate: '2026-06-08' });
    expect(caseState(answered, [], [{ ...stage2, acknowledgementSentDate: '2026-06-03', responseDueDate: '2026-07-01' }])).toEqual({ status: 'OPEN', nextDueDate: '2026-07-01' });
    expect(caseState(answered, [], [{ ...stage2, responseSentDate: '2026-06-30' }])).toEqual({ status: 'CLOSED', nextDueDate: null });
    expect(caseState({ ...answered, regime: 'CHILDREN_ACT' }, [], [stage2])).toEqual({ status: 'CLOSED', nextDueDate: null });
  });
});
