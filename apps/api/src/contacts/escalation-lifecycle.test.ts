import { escalate, recordPanelHeld, respondToEscalation } from './escalation-lifecycle';
import { enquiry, problemsOf, statutory } from '../test-support/contact-lifecycle-fixtures';

const TODAY = '2010-06-30';
const answered = statutory({ responseSentDate: '2009-11-13', outcome: 'NOT_UPHELD' });

describe('escalate', () => {
  it('opens stage 2 with 25 working days to respond', () => {
    expect(escalate(answered, 'STAGE_2', '2010-01-04', false, TODAY)).toMatchObject({
      ok: true,
      value: { stage: 'STAGE_2', escalation: { stage: 'STAGE_2', requestedDate: '2010-01-04', responseDueDate: '2010-02-08', panelDueDate: null, outcome: 'ONGOING' } },
    });
  });

  it('gives 65 working days when stage 2 is extended (over Easter)', () => {
    expect(escalate(answered, 'STAGE_2', '2010-01-04', true, TODAY)).toMatchObject({ ok: true, value: { escalation: { responseDueDate: '2010-04-07', extended: true } } });
  });

  it('opens stage 3 after the stage 2 response, with the panel dates', () => {
    const state = statutory({ responseSentDate: '2009-11-13', stage: 'STAGE_2' }, [{ requestedDate: '2010-01-04', responseSentDate: '2010-02-05', outcome: 'NOT_UPHELD' }]);
    expect(escalate(state, 'STAGE_3', '2010-03-01', false, TODAY)).toMatchObject({
      ok: true,
      value: {
        stage: 'STAGE_3',
        escalation: { panelDueDate: '2010-04-14', panelReportDueDate: '2010-04-21', responseDueDate: '2010-05-13', deadlineRuleId: 'children-act-stage-3-2006' },
      },
    });
  });

  it.each([
    ['stage 2 before the stage 1 response', statutory(), 'STAGE_2', '2010-01-04', false, ['stage: Stage 2 can be requested only after the Stage 1 response']],
    ['stage 2 requested before the stage 1 response was sent', answered, 'STAGE_2', '2009-11-12', false, ['requestedDate: 2009-11-12 is before the Stage 1 response sent on 2009-11-13']],
    ['stage 3 straight from stage 1', answered, 'STAGE_3', '2010-01-04', false, ['stage: Stage 3 follows Stage 2, but the complaint is at STAGE_1']],
    [
      'stage 3 before the stage 2 response',
      statutory({ responseSentDate: '2009-11-13', stage: 'STAGE_2' }, [{ requestedDate: '2010-01-04' }]),
      'STAGE_3',
      '2010-03-01',
      false,
      ['stage: Stage 3 can be requested only after the Stage 2 response'],
    ],
    [
      'an extended stage 3',
      statutory({ responseSentDate: '2009-11-13', stage: 'STAGE_2' }, [{ responseSentDate: '2010-02-05' }]),
      'STAGE_3',
      '2010-03-01',
      true,
      ["extended: Stage 3 timescales cannot be extended (rule 'children-act-stage-3-2006')"],
    ],
    ['an enquiry', enquiry({ responseSentDate: '2009-11-13' }), 'STAGE_2', '2010-01-04', false, ['id: a MP/Cllr Enquiry is not a complaint and cannot be escalated', 'stage: Stage 2 follows Stage 1, but the complaint is at no stage']],
    ['a stage that is not an escalation', answered, 'STAGE_1', '2010-01-04', false, ['stage: must be STAGE_2 or STAGE_3, not STAGE_1']],
    ['a date in the future', answered, 'STAGE_2', '2010-07-01', false, ['requestedDate: 2010-07-01 is in the future']],
  ])('refuses %s', (_case, state, stage, date, extended, problems) => {
    expect(problemsOf(escalate(state, stage, date, extended, TODAY))).toEqual(problems);
  });

  it('refuses a corporate complaint: the stages are the Children Act procedure', () => {
    const state = { ...answered, recordType: { code: 'CORPORATE_COMPLAINT' as const, name: 'Corporate complaint', group: 'FORMAL_COMPLAINT' as const } };
    expect(problemsOf(escalate(state, 'STAGE_2', '2010-01-04', false, TODAY))).toEqual([
      'id: only statutory (Children Act) complaints have Stages 2 and 3, not a Corporate complaint',
    ]);
  });
});

describe('stage 3 panel and escalation responses', () => {
  const stage3 = statutory({ responseSentDate: '2009-11-13', stage: 'STAGE_3' }, [
    { stage: 'STAGE_2', requestedDate: '2010-01-04', responseSentDate: '2010-02-05', outcome: 'NOT_UPHELD' },
    { stage: 'STAGE_3', requestedDate: '2010-03-01', panelDueDate: '2010-04-14' },
  ]);
  const [stage2Escalation, stage3Escalation] = stage3.escalations;

  it('records the panel, then the response after it', () => {
    // Met Monday 12 April 2010: report due 5 working days later (19 April), response 15 after that (May Day on 3 May).
    expect(recordPanelHeld(stage3, stage3Escalation, '2010-04-12', TODAY)).toEqual({
      ok: true,
      value: { panelHeldDate: '2010-04-12', panelReportDueDate: '2010-04-19', responseDueDate: '2010-05-11' },
    });
    const held = { ...stage3Escalation, panelHeldDate: '2010-04-12' };
    expect(respondToEscalation(stage3, held, '2010-05-10', 'PARTIALLY_UPHELD', TODAY)).toEqual({
      ok: true,
      value: { responseSentDate: '2010-05-10', outcome: 'PARTIALLY_UPHELD' },
    });
    expect(problemsOf(respondToEscalation(stage3, held, '2010-04-09', 'UPHELD', TODAY))).toEqual(['sentDate: 2010-04-09 is before the panel held on 2010-04-12']);
  });

  it('dates the panel report from the meeting when the panel met before its due date', () => {
    // Requested 1 March 2010: panel due 14 April (30 working days, Easter 2-5 April), so from the due date its report would be due 21 April.
    const early = recordPanelHeld(stage3, stage3Escalation, '2010-03-15', TODAY);
    expect(early).toEqual({ ok: true, value: { panelHeldDate: '2010-03-15', panelReportDueDate: '2010-03-22', responseDueDate: '2010-04-14' } });
  });

  it('refuses a stage 3 response before the panel, a panel at stage 2 and a second response', () => {
    expect(problemsOf(respondToEscalation(stage3, stage3Escalation, '2010-05-10', 'UPHELD', TODAY))).toEqual([
      'escalationId: the Stage 3 panel has not met yet: record the panel first',
    ]);
    expect(problemsOf(recordPanelHeld(stage3, stage2Escalation, '2010-04-12', TODAY))).toEqual([
      'escalationId: only Stage 3 has a review panel',
      'escalationId: the Stage 2 response was already sent on 2010-02-05',
    ]);
    expect(problemsOf(respondToEscalation(stage3, stage2Escalation, '2010-02-10', 'UPHELD', TODAY))).toEqual([
      'escalationId: the Stage 2 response was already sent on 2010-02-05',
    ]);
  });

  it('refuses an outcome that is not a response', () => {
    const stage2 = statutory({ responseSentDate: '2009-11-13', stage: 'STAGE_2' }, [{ requestedDate: '2010-01-04' }]);
    expect(problemsOf(respondToEscalation(stage2, stage2.escalations[0], '2010-02-01', 'WITHDRAWN', TODAY))).toEqual([
      'outcome: must be one of UPHELD, PARTIALLY_UPHELD, NOT_UPHELD',
    ]);
  });
});
