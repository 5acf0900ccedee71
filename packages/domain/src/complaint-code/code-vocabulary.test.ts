import { adjustmentReviewDue, CODE_TIMESCALES, extensionProblems, sameHandlerProblem } from './code-vocabulary';

const ok = { workingDays: 10, reason: 'Waiting for the school records', complainantToldDate: '2026-05-01', startDate: '2026-04-20', today: '2026-05-02' };

describe('the Code timescales', () => {
  it('are 5 + 10 at Stage 1 and 5 + 20 at Stage 2, each extensible by at most 10', () => {
    expect(CODE_TIMESCALES.STAGE_1).toEqual({ acknowledgeWorkingDays: 5, respondWorkingDays: 10, maxExtensionWorkingDays: 10 });
    expect(CODE_TIMESCALES.STAGE_2).toEqual({ acknowledgeWorkingDays: 5, respondWorkingDays: 20, maxExtensionWorkingDays: 10 });
  });
});

describe('extensionProblems', () => {
  it('accepts up to 10 working days with a reason and the date the complainant was told', () => {
    expect(extensionProblems('STAGE_1', ok)).toEqual([]);
    expect(extensionProblems('STAGE_2', { ...ok, workingDays: 1 })).toEqual([]);
  });
  it('refuses 11 working days at either stage, naming the field', () => {
    for (const stage of ['STAGE_1', 'STAGE_2'] as const) {
      expect(extensionProblems(stage, { ...ok, workingDays: 11 })).toEqual([{ field: 'workingDays', message: expect.stringContaining('at most 10') }]);
    }
  });
  it('refuses no reason, no told date, a told date in the future or before the stage', () => {
    expect(extensionProblems('STAGE_1', { ...ok, workingDays: 0, reason: ' ', complainantToldDate: '' }).map((p) => p.field)).toEqual(['workingDays', 'reason', 'complainantToldDate']);
    expect(extensionProblems('STAGE_1', { ...ok, complainantToldDate: '2026-05-03' })[0]?.message).toMatch(/future/);
    expect(extensionProblems('STAGE_1', { ...ok, complainantToldDate: '2026-04-19' })[0]?.message).toMatch(/before/);
  });
});

describe('Stage 2 handler and adjustments', () => {
  it('refuses the Stage 1 handler at Stage 2', () => {
    expect(sameHandlerProblem(7, 7)?.field).toBe('handlerUserId');
    expect(sameHandlerProblem(7, 8)).toBeNull();
    expect(sameHandlerProblem(null, 8)).toBeNull();
  });
  it('reminds on and after the review date', () => {
    expect(adjustmentReviewDue('2026-06-01', '2026-05-31')).toBe(false);
    expect(adjustmentReviewDue('2026-06-01', '2026-06-01')).toBe(true);
    expect(adjustmentReviewDue(null, '2026-06-01')).toBe(false);
  });
});
