import { classify, classifySteps, codeStage2Steps, contactSteps, escalationStep, queueHorizon } from './casework-queue';

// Wednesday 2 December 2009; the 5th working day after it is Wednesday 9 December.
const AS_OF = '2009-12-02';

describe('classify', () => {
  it('counts 5 working days ahead, over the weekend', () => {
    expect(queueHorizon(AS_OF)).toBe('2009-12-09');
    expect(queueHorizon('2009-12-23')).toBe('2010-01-04'); // Christmas, Boxing Day (28th) and New Year's Day skipped
  });

  it.each([
    ['2009-11-30', { status: 'OVERDUE', workingDaysOverdue: 2, workingDaysRemaining: 0 }],
    ['2009-12-01', { status: 'OVERDUE', workingDaysOverdue: 1, workingDaysRemaining: 0 }],
    ['2009-12-02', { status: 'DUE_THIS_WEEK', workingDaysOverdue: 0, workingDaysRemaining: 0 }],
    ['2009-12-07', { status: 'DUE_THIS_WEEK', workingDaysOverdue: 0, workingDaysRemaining: 3 }],
    ['2009-12-09', { status: 'DUE_THIS_WEEK', workingDaysOverdue: 0, workingDaysRemaining: 5 }],
    ['2009-12-10', null],
  ])('due %s', (due, expected) => {
    expect(classify(due, AS_OF)).toEqual(expected);
  });
});

const open = {
  id: 7,
  acknowledgementDueDate: '2009-11-05',
  acknowledgementSentDate: null,
  responseDueDate: '2009-11-16',
  responseSentDate: null,
  outcome: 'ONGOING' as const,
  withdrawnDate: null,
};

describe('contactSteps', () => {
  it('lists the acknowledgement and response still waiting', () => {
    expect(contactSteps(open).map((s) => s.step)).toEqual(['ACKNOWLEDGEMENT', 'RESPONSE']);
    expect(contactSteps({ ...open, acknowledgementSentDate: '2009-11-04' }).map((s) => s.step)).toEqual(['RESPONSE']);
  });

  it('waits for nothing once the response is sent, or the complaint withdrawn, or when nothing is due', () => {
    expect(contactSteps({ ...open, responseSentDate: '2009-11-10' })).toEqual([]);
    expect(contactSteps({ ...open, withdrawnDate: '2009-11-10', outcome: 'WITHDRAWN' })).toEqual([]);
    expect(contactSteps({ ...open, outcome: 'WITHDRAWN' })).toEqual([]);
    expect(contactSteps({ ...open, acknowledgementDueDate: null, responseDueDate: null })).toEqual([]);
  });
});

describe('escalationStep', () => {
  const stage3 = {
    id: 3,
    contactId: 7,
    stage: 'STAGE_3' as const,
    responseDueDate: '2010-05-13',
    responseSentDate: null,
    panelDueDate: '2010-04-14',
    panelHeldDate: null,
    outcome: 'ONGOING' as const,
  };
  const contact = { withdrawnDate: null };

  it('waits for the stage 3 panel, then the response', () => {
    expect(escalationStep(stage3, contact)).toEqual({ step: 'STAGE_3_PANEL', dueDate: '2010-04-14', contactId: 7, escalationId: 3 });
    expect(escalationStep({ ...stage3, panelHeldDate: '2010-04-12' }, contact)).toMatchObject({ step: 'STAGE_3_RESPONSE', dueDate: '2010-05-13' });
    expect(escalationStep({ ...stage3, stage: 'STAGE_2', panelDueDate: null }, contact)).toMatchObject({ step: 'STAGE_2_RESPONSE' });
  });

  it('waits for nothing once answered or withdrawn', () => {
    expect(escalationStep({ ...stage3, responseSentDate: '2010-05-01' }, contact)).toBeNull();
    expect(escalationStep({ ...stage3, outcome: 'WITHDRAWN' }, contact)).toBeNull();
    expect(escalationStep(stage3, { withdrawnDate: '2010-04-01' })).toBeNull();
  });
});

describe('codeStage2Steps (the Complaint Handling Code)', () => {
  const stage2 = {
    id: 11,
    contactId: 7,
    stage: 'STAGE_2' as const,
    acknowledgementDueDate: '2026-10-22',
    acknowledgementSentDate: null,
    responseDueDate: '2026-11-19',
    responseSentDate: null,
  };
  const underCode = { withdrawnDate: null, regime: 'COMPLAINT_HANDLING_CODE' };

  it('waits for the acknowledgement and the response, then the response alone', () => {
    expect(codeStage2Steps(stage2, underCode)).toEqual([
      { step: 'CODE_STAGE_2_ACKNOWLEDGEMENT', dueDate: '2026-10-22', contactId: 7, escalationId: null, codeStageId: 11 },
      { step: 'CODE_STAGE_2_RESPONSE', dueDate: '2026-11-19', contactId: 7, escalationId: null, codeStageId: 11 },
    ]);
    expect(codeStage2Steps({ ...stage2, acknowledgementSentDate: '2026-10-16' }, underCode).map((s) => s.step)).toEqual(['CODE_STAGE_2_RESPONSE']);
  });

  it('waits for nothing once answered, withdrawn, off the Code, or for a Stage 1 row', () => {
    expect(codeStage2Steps({ ...stage2, responseSentDate: '2026-11-10' }, underCode)).toEqual([]);
    expect(codeStage2Steps(stage2, { ...underCode, withdrawnDate: '2026-11-01' })).toEqual([]);
    expect(codeStage2Steps(stage2, { ...underCode, regime: 'CORPORATE_PROCEDURE' })).toEqual([]);
    expect(codeStage2Steps({ ...stage2, stage: 'STAGE_1' as never }, underCode)).toEqual([]);
  });

  it('sorts among the other steps by due date, then in the procedure’s order', () => {
    const steps = [
      ...codeStage2Steps(stage2, underCode),
      { step: 'RESPONSE' as const, dueDate: '2026-11-19', contactId: 8, escalationId: null },
      { step: 'STAGE_3_PANEL' as const, dueDate: '2026-11-19', contactId: 6, escalationId: 2 },
    ];
    expect(classifySteps(steps, '2026-11-20').map((s) => [s.step, s.status])).toEqual([
      ['CODE_STAGE_2_ACKNOWLEDGEMENT', 'OVERDUE'],
      ['RESPONSE', 'OVERDUE'],
      ['CODE_STAGE_2_RESPONSE', 'OVERDUE'],
      ['STAGE_3_PANEL', 'OVERDUE'],
    ]);
  });
});

describe('classifySteps', () => {
  it('keeps steps due by the horizon, most overdue first', () => {
    const step = (contactId: number, dueDate: string, s: 'ACKNOWLEDGEMENT' | 'RESPONSE' = 'RESPONSE') => ({ step: s, dueDate, contactId, escalationId: null });
    const result = classifySteps([step(1, '2009-12-08'), step(2, '2009-12-20'), step(3, '2009-11-20'), step(4, '2009-11-20', 'ACKNOWLEDGEMENT')], AS_OF);
    expect(result.map((r) => [r.contactId, r.status, r.workingDaysOverdue, r.workingDaysRemaining])).toEqual([
      [4, 'OVERDUE', 8, 0],
      [3, 'OVERDUE', 8, 0],
      [1, 'DUE_THIS_WEEK', 0, 4],
    ]);
  });
});
