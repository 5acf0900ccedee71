import { contactFixture, escalationFixture, offering } from './case-fixtures';
import { EMPTY_STEP, isWithdrawn, nextSteps, validateStep, type NextStep } from './contact-steps';

const kinds = (steps: NextStep[]) => steps.map((s) => s.kind);

describe('next steps for a contact (which ones: the API\'s viewerCan)', () => {
  it('offers the steps the API allows, in the procedure\'s order, worded for a complaint', () => {
    const steps = nextSteps(contactFixture());
    expect(kinds(steps)).toEqual(['ACKNOWLEDGE', 'RESPOND', 'EXTEND', 'WITHDRAW']);
    expect(steps.find((s) => s.kind === 'RESPOND')).toMatchObject({ needsOutcome: true, title: 'Record the Stage 1 response' });
    expect(nextSteps(contactFixture({ viewerCan: offering('acknowledge', 'respond', 'withdraw') })).map((s) => s.kind)).toEqual([
      'ACKNOWLEDGE',
      'RESPOND',
      'WITHDRAW',
    ]);
  });

  it('asks an enquiry\'s response for no outcome', () => {
    const enquiry = contactFixture({
      recordType: { code: 'MP_CLLR_ENQUIRY', name: 'MP/Cllr Enquiry', group: 'ENQUIRY' },
      stage: null,
      outcome: 'NOT_RECORDED',
      viewerCan: offering('acknowledge', 'respond'),
    });
    const steps = nextSteps(enquiry);
    expect(kinds(steps)).toEqual(['ACKNOWLEDGE', 'RESPOND']);
    expect(steps[1]).toMatchObject({ needsOutcome: false, title: 'Record the response' });
  });

  it('dates a response no earlier than the steps before it', () => {
    const contact = contactFixture({ acknowledgementSentDate: '2010-01-12', extended: true, viewerCan: offering('respond', 'withdraw') });
    const steps = nextSteps(contact);
    expect(kinds(steps)).toEqual(['RESPOND', 'WITHDRAW']);
    expect(steps[0]!.notBefore).toEqual([
      { date: '2010-01-11', label: 'the date received' },
      { date: '2010-01-12', label: 'the date the acknowledgement was sent' },
    ]);
  });

  it('escalates to Stage 2 with the extended timescale, and to Stage 3 after the Stage 2 response', () => {
    const responded = { acknowledgementSentDate: '2010-01-12', responseSentDate: '2010-01-20', outcome: 'NOT_UPHELD' as const };
    const [toStage2] = nextSteps(contactFixture({ ...responded, viewerCan: offering('escalateToStage2') }));
    expect(toStage2).toMatchObject({ kind: 'ESCALATE', stage: 'STAGE_2', mayExtend: true, title: 'Escalate to Stage 2', dateField: 'requestedDate' });

    const stage2 = escalationFixture({ responseSentDate: '2010-03-01', outcome: 'NOT_UPHELD' });
    const [toStage3] = nextSteps(contactFixture({ ...responded, stage: 'STAGE_2', escalations: [stage2], viewerCan: offering('escalateToStage3') }));
    expect(toStage3).toMatchObject({
      stage: 'STAGE_3',
      mayExtend: false,
      notBefore: [
        { date: '2010-01-11', label: 'the date received' },
        { date: '2010-03-01', label: 'the date the Stage 2 response was sent' },
      ],
    });
  });

  it('records the open escalation\'s panel or response', () => {
    const stage2 = escalationFixture();
    const atStage2 = contactFixture({ stage: 'STAGE_2', responseSentDate: '2010-01-20', escalations: [stage2], viewerCan: offering('recordEscalationResponse', 'withdraw') });
    const steps = nextSteps(atStage2);
    expect(kinds(steps)).toEqual(['ESCALATION_RESPONSE', 'WITHDRAW']);
    expect(steps[0]).toMatchObject({ title: 'Record the Stage 2 response', needsOutcome: true, escalation: stage2 });

    const answered = escalationFixture({ responseSentDate: '2010-03-01', outcome: 'NOT_UPHELD' });
    const stage3 = escalationFixture({ id: '8', stage: 'STAGE_3', requestedDate: '2010-03-10', panelDueDate: '2010-04-22', responseDueDate: '2010-05-20' });
    const waiting = contactFixture({ stage: 'STAGE_3', responseSentDate: '2010-01-20', escalations: [answered, stage3], viewerCan: offering('recordPanelHeld', 'withdraw') });
    expect(kinds(nextSteps(waiting))).toEqual(['PANEL', 'WITHDRAW']);
    const held = { ...waiting, escalations: [answered, { ...stage3, panelHeldDate: '2010-04-20' }], viewerCan: offering('recordEscalationResponse', 'withdraw') };
    const after = nextSteps(held);
    expect(kinds(after)).toEqual(['ESCALATION_RESPONSE', 'WITHDRAW']);
    expect(after[0]!.notBefore.at(-1)).toEqual({ date: '2010-04-20', label: 'the date the review panel met' });
  });

  it('offers nothing when the API offers nothing', () => {
    expect(nextSteps(contactFixture({ viewerCan: offering() }))).toEqual([]);
  });

  it('knows a withdrawn complaint (recorded here or before)', () => {
    expect(isWithdrawn(contactFixture({ outcome: 'WITHDRAWN' }))).toBe(true);
    expect(isWithdrawn(contactFixture({ escalations: [escalationFixture({ outcome: 'WITHDRAWN' })] }))).toBe(true);
  });
});

describe("checks on a step's date and outcome", () => {
  const [acknowledge, respond] = nextSteps(contactFixture());

  it('wants a date', () => {
    expect(validateStep(acknowledge!, EMPTY_STEP, '2010-01-20')).toEqual({ date: 'Enter the date the acknowledgement was sent' });
    expect(validateStep(acknowledge!, EMPTY_STEP, '2010-01-20', true)).toEqual({ date: 'Date the acknowledgement was sent must be a real date' });
    expect(validateStep(acknowledge!, { ...EMPTY_STEP, date: '2010-02-31' }, '2010-01-20')).toEqual({
      date: 'Date the acknowledgement was sent must be a real date',
    });
  });

  it('not in the future, nor before an earlier step', () => {
    expect(validateStep(acknowledge!, { ...EMPTY_STEP, date: '2010-01-21' }, '2010-01-20')).toEqual({
      date: 'Date the acknowledgement was sent must be today or in the past',
    });
    expect(validateStep(acknowledge!, { ...EMPTY_STEP, date: '2010-01-10' }, '2010-01-20')).toEqual({
      date: 'Date the acknowledgement was sent must be the same as or after the date received (11 January 2010)',
    });
    expect(validateStep(acknowledge!, { ...EMPTY_STEP, date: '2010-01-11' }, '2010-01-20')).toEqual({});
  });

  it("wants a complaint response's outcome", () => {
    expect(validateStep(respond!, { ...EMPTY_STEP, date: '2010-01-15' }, '2010-01-20')).toEqual({ outcome: 'Select the outcome of the response' });
    expect(validateStep(respond!, { ...EMPTY_STEP, date: '2010-01-15', outcome: 'PARTIALLY_UPHELD' }, '2010-01-20')).toEqual({});
  });
});
