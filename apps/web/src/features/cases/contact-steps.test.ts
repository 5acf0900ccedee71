import { contactFixture, escalationFixture } from './case-fixtures';
import { EMPTY_STEP, isWithdrawn, nextSteps, validateStep, type NextStep } from './contact-steps';

const kinds = (steps: NextStep[]) => steps.map((s) => s.kind);

describe('next steps for a contact', () => {
  it('offers a new complaint its acknowledgement, response, extension (before the due date) and withdrawal', () => {
    const contact = contactFixture();
    expect(kinds(nextSteps(contact, '2010-01-20'))).toEqual(['ACKNOWLEDGE', 'RESPOND', 'EXTEND', 'WITHDRAW']);
    // After the response due date an extension would only hide a late response.
    expect(kinds(nextSteps(contact, '2010-01-26'))).toEqual(['ACKNOWLEDGE', 'RESPOND', 'WITHDRAW']);
    expect(nextSteps(contact, '2010-01-20').find((s) => s.kind === 'RESPOND')).toMatchObject({ needsOutcome: true, title: 'Record the Stage 1 response' });
  });

  it('offers an enquiry no outcome, extension or withdrawal', () => {
    const enquiry = contactFixture({ recordType: { code: 'MP_CLLR_ENQUIRY', name: 'MP/Cllr Enquiry', group: 'ENQUIRY' }, stage: null, outcome: 'NOT_RECORDED' });
    const steps = nextSteps(enquiry, '2010-01-12');
    expect(kinds(steps)).toEqual(['ACKNOWLEDGE', 'RESPOND']);
    expect(steps[1]).toMatchObject({ needsOutcome: false, title: 'Record the response' });
  });

  it('moves on once acknowledged and extended', () => {
    const contact = contactFixture({ acknowledgementSentDate: '2010-01-12', extended: true, responseDueDate: '2010-02-08' });
    const steps = nextSteps(contact, '2010-01-20');
    expect(kinds(steps)).toEqual(['RESPOND', 'WITHDRAW']);
    expect(steps[0]!.notBefore).toEqual([
      { date: '2010-01-11', label: 'the date received' },
      { date: '2010-01-12', label: 'the date the acknowledgement was sent' },
    ]);
  });

  it('offers Stage 2 after the Stage 1 response, with the extended timescale', () => {
    const contact = contactFixture({ acknowledgementSentDate: '2010-01-12', responseSentDate: '2010-01-20', outcome: 'NOT_UPHELD' });
    const steps = nextSteps(contact, '2010-02-01');
    expect(kinds(steps)).toEqual(['ESCALATE']);
    expect(steps[0]).toMatchObject({ stage: 'STAGE_2', mayExtend: true, title: 'Escalate to Stage 2', dateField: 'requestedDate' });
  });

  it('offers only Stage 1 steps to corporate complaints (no Stages 2 and 3)', () => {
    const corporate = contactFixture({
      recordType: { code: 'CORPORATE_COMPLAINT', name: 'Corporate complaint', group: 'FORMAL_COMPLAINT' },
      responseSentDate: '2010-01-20',
      outcome: 'UPHELD',
    });
    expect(nextSteps(corporate, '2010-02-01')).toEqual([]);
  });

  it('during Stage 2: its response or a withdrawal; then Stage 3', () => {
    const stage2 = escalationFixture();
    const contact = contactFixture({ stage: 'STAGE_2', acknowledgementSentDate: '2010-01-12', responseSentDate: '2010-01-20', outcome: 'NOT_UPHELD', escalations: [stage2] });
    const steps = nextSteps(contact, '2010-02-10');
    expect(kinds(steps)).toEqual(['ESCALATION_RESPONSE', 'WITHDRAW']);
    expect(steps[0]).toMatchObject({ title: 'Record the Stage 2 response', needsOutcome: true, escalation: stage2 });

    const answered = { ...contact, escalations: [{ ...stage2, responseSentDate: '2010-03-01', outcome: 'NOT_UPHELD' as const }] };
    const after = nextSteps(answered, '2010-03-10');
    expect(kinds(after)).toEqual(['ESCALATE']);
    expect(after[0]).toMatchObject({ stage: 'STAGE_3', mayExtend: false, notBefore: [
      { date: '2010-01-11', label: 'the date received' },
      { date: '2010-03-01', label: 'the date the Stage 2 response was sent' },
    ] });
  });

  it('at Stage 3: the panel first, then the response', () => {
    const stage2 = escalationFixture({ responseSentDate: '2010-03-01', outcome: 'NOT_UPHELD' });
    const stage3 = escalationFixture({ id: '8', stage: 'STAGE_3', requestedDate: '2010-03-10', panelDueDate: '2010-04-22', responseDueDate: '2010-05-20' });
    const contact = contactFixture({ stage: 'STAGE_3', responseSentDate: '2010-01-20', outcome: 'NOT_UPHELD', escalations: [stage2, stage3] });
    expect(kinds(nextSteps(contact, '2010-04-01'))).toEqual(['PANEL', 'WITHDRAW']);
    const held = { ...contact, escalations: [stage2, { ...stage3, panelHeldDate: '2010-04-20' }] };
    const steps = nextSteps(held, '2010-04-21');
    expect(kinds(steps)).toEqual(['ESCALATION_RESPONSE', 'WITHDRAW']);
    expect(steps[0]!.notBefore.at(-1)).toEqual({ date: '2010-04-20', label: 'the date the review panel met' });
  });

  it('offers nothing once withdrawn (recorded here or before)', () => {
    expect(nextSteps(contactFixture({ withdrawnDate: '2010-01-13', outcome: 'WITHDRAWN' }), '2010-01-20')).toEqual([]);
    expect(isWithdrawn(contactFixture({ outcome: 'WITHDRAWN' }))).toBe(true);
    expect(isWithdrawn(contactFixture({ escalations: [escalationFixture({ outcome: 'WITHDRAWN' })] }))).toBe(true);
  });
});

describe("checks on a step's date and outcome", () => {
  const [acknowledge, respond] = nextSteps(contactFixture(), '2010-01-20');

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
