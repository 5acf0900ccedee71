/**
 * The Code's timescales (§6.2–6.5) on real calendars: each date was counted by
 * hand against the England and Wales bank holidays of 2026 and 2027.
 */
import { extensionProblems } from '@complaints/domain';
import { codeStageRule } from './code-deadline-rules';
import { codeStageDeadlines, extendedResponseDueDate } from './code-timescales';

describe('Stage 1: acknowledge within 5 working days, respond within 10 of the acknowledgement', () => {
  it('counts across Good Friday and Easter Monday (received Wednesday 1 April 2026)', () => {
    // Thu 2 (1); Fri 3 Good Friday and Mon 6 Easter Monday skipped; 7, 8, 9, 10 (5); then 13–17 and 20–24.
    expect(codeStageDeadlines('STAGE_1', '2026-04-01')).toMatchObject({
      acknowledgementDueDate: '2026-04-10',
      responseDueDate: '2026-04-24',
      ruleId: 'corporate-complaint-lgsco-code-2026',
    });
  });
  it('counts across Christmas Day and the Boxing Day substitute (received Friday 18 December 2026)', () => {
    // 21, 22, 23, 24 (4); 25 and 28 skipped; 29 (5); then 30, 31, [1 Jan skipped], 4–8, 11, 12, 13.
    expect(codeStageDeadlines('STAGE_1', '2026-12-18')).toMatchObject({ acknowledgementDueDate: '2026-12-29', responseDueDate: '2027-01-13' });
  });
  it('counts across the early May bank holiday and a weekend start', () => {
    // Fri 1 May; Mon 4 May skipped: 5, 6, 7, 8, 11 (5); then 12–15, 18–22, 26 (25 May skipped).
    expect(codeStageDeadlines('STAGE_1', '2026-05-01')).toMatchObject({ acknowledgementDueDate: '2026-05-11', responseDueDate: '2026-05-26' });
    expect(codeStageDeadlines('STAGE_1', '2026-05-02').acknowledgementDueDate).toBe('2026-05-11');
  });
  it('is the dated contact rule, extensible by at most 10 working days', () => {
    expect(codeStageRule('STAGE_1', '2026-06-01')).toMatchObject({ acknowledgementWorkingDays: 5, responseWorkingDays: 10, maxExtensionWorkingDays: 10 });
  });
});

describe('Stage 2: acknowledge within 5 working days of the request, respond within 20 of the acknowledgement', () => {
  it('counts across Good Friday 2026', () => {
    expect(codeStageDeadlines('STAGE_2', '2026-04-01')).toMatchObject({
      acknowledgementDueDate: '2026-04-10',
      responseDueDate: '2026-05-11', // 13 Apr – 8 May is 19 working days (4 May skipped), then 11 May
      ruleId: 'lgsco-code-stage-2-2026',
    });
  });
  it('counts across Christmas 2026 and New Year', () => {
    expect(codeStageDeadlines('STAGE_2', '2026-12-21')).toMatchObject({ acknowledgementDueDate: '2026-12-30', responseDueDate: '2027-01-28' });
  });
  it('counts across Good Friday and Easter Monday 2027', () => {
    // Requested Mon 22 Mar 2027: 23–26 would be 4 but Fri 26 is Good Friday; Mon 29 Easter Monday: 23, 24, 25, 30, 31.
    expect(codeStageDeadlines('STAGE_2', '2027-03-22')).toMatchObject({ acknowledgementDueDate: '2027-03-31', responseDueDate: '2027-04-28' });
  });
  it('is dated data', () => {
    expect(codeStageRule('STAGE_2', '2026-04-01')).toMatchObject({ appliesFrom: '2026-04-01', responseWorkingDays: 20, maxExtensionWorkingDays: 10 });
  });
});

describe('extensions: at most 10 working days more', () => {
  it('adds working days to the original due date, skipping bank holidays', () => {
    expect(extendedResponseDueDate('2026-04-24', 10)).toBe('2026-05-11'); // 27 Apr – 1 May, 5–8 May (4 May skipped), 11 May
    expect(extendedResponseDueDate('2026-12-23', 3)).toBe('2026-12-30'); // 24, [25, 28 skipped], 29, 30
  });
  it('refuses 11 at either stage; 10 is accepted', () => {
    const input = { reason: 'Waiting for records', complainantToldDate: '2026-04-20', startDate: '2026-04-01', today: '2026-04-21' };
    for (const stage of ['STAGE_1', 'STAGE_2'] as const) {
      expect(extensionProblems(stage, { ...input, workingDays: 10 })).toEqual([]);
      expect(extensionProblems(stage, { ...input, workingDays: 11 }).map((p) => p.field)).toEqual(['workingDays']);
    }
  });
});
