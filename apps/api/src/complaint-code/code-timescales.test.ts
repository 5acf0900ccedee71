/**
 * The Code's timescales (§6.2–6.5) on real calendars: each date was counted by
 * hand against the England and Wales bank holidays of 2026 and 2027.
 */
import { extensionProblems } from '@complaints/domain';
import { codeStageRule } from './code-deadline-rules';
import { codeStageClock, codeStageDeadlines, extendedResponseDueDate } from './code-timescales';

describe('Stage 1 not yet acknowledged: respond within 10 working days of the acknowledgement due date', () => {
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

describe('Stage 2 not yet acknowledged: acknowledge within 5 working days of the request, respond within 20 of the acknowledgement due date', () => {
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

describe('the response is counted from the date the stage was acknowledged (§6.2–6.5)', () => {
  const stage1 = (startDate: string, acknowledgementSentDate: string | null, extensionWorkingDays: number | null = null) =>
    codeStageClock({ stage: 'STAGE_1', startDate, acknowledgementSentDate, extensionWorkingDays });
  const stage2 = (startDate: string, acknowledgementSentDate: string | null, extensionWorkingDays: number | null = null) =>
    codeStageClock({ stage: 'STAGE_2', startDate, acknowledgementSentDate, extensionWorkingDays });

  it('falls back to the acknowledgement due date while no acknowledgement is recorded', () => {
    expect(stage1('2026-04-01', null)).toMatchObject({
      acknowledgementDueDate: '2026-04-10',
      originalResponseDueDate: '2026-04-24',
      responseDueDate: '2026-04-24',
      responseCountedFrom: 'ACKNOWLEDGEMENT_DUE_DATE',
    });
    expect(stage2('2026-04-01', null)).toMatchObject({ originalResponseDueDate: '2026-05-11', responseDueDate: '2026-05-11' });
  });

  it('comes earlier when acknowledged early, across Good Friday and Easter Monday', () => {
    // Received Wed 1 Apr 2026, acknowledged Thu 2 Apr: 3 Apr (Good Friday) and 6 Apr (Easter Monday) skipped; 7–10, 13–17, 20.
    expect(stage1('2026-04-01', '2026-04-02')).toMatchObject({
      acknowledgementDueDate: '2026-04-10',
      originalResponseDueDate: '2026-04-20',
      responseDueDate: '2026-04-20',
      responseCountedFrom: 'ACKNOWLEDGEMENT_SENT_DATE',
    });
    // Acknowledged the day it arrived: that day never counts; 2, 7–10, 13–17.
    expect(stage1('2026-04-01', '2026-04-01').responseDueDate).toBe('2026-04-17');
  });

  it('comes later when acknowledged late, across the spring bank holiday', () => {
    // Received Fri 1 May 2026 (acknowledgement due Mon 11 May), acknowledged Fri 22 May: Mon 25 May skipped; 26–29, 1–5 Jun, 8 Jun.
    expect(stage1('2026-05-01', '2026-05-22')).toMatchObject({ acknowledgementDueDate: '2026-05-11', responseDueDate: '2026-06-08' });
    // Received 1 Apr, acknowledged Wed 15 Apr, after its due date: 16, 17, 20–24, 27, 28, 29.
    expect(stage1('2026-04-01', '2026-04-15').responseDueDate).toBe('2026-04-29');
  });

  it('skips Christmas Day, the Boxing Day substitute and New Year’s Day', () => {
    // Received Fri 18 Dec 2026, acknowledged Tue 22 Dec: 23, 24, [25, 28], 29, 30, 31, [1 Jan], 4–8 Jan.
    expect(stage1('2026-12-18', '2026-12-22')).toMatchObject({ acknowledgementDueDate: '2026-12-29', responseDueDate: '2027-01-08' });
    // Stage 2 requested Mon 14 Dec 2026 (acknowledgement due Mon 21 Dec), acknowledged late on Wed 23 Dec: 24, 29–31, 4–8, 11–15, 18–22, 25 Jan.
    expect(stage2('2026-12-14', '2026-12-23')).toMatchObject({ acknowledgementDueDate: '2026-12-21', responseDueDate: '2027-01-25' });
  });

  it('counts Stage 2’s 20 working days from its acknowledgement, across Good Friday 2027', () => {
    // Requested Mon 15 Mar 2027, acknowledged Wed 24 Mar: 25, [26 Good Friday, 29 Easter Monday], 30, 31, 1, 2 Apr, 5–9, 12–16, 19–23.
    expect(stage2('2027-03-15', '2027-03-24')).toMatchObject({ acknowledgementDueDate: '2027-03-22', responseDueDate: '2027-04-23' });
    // Acknowledged early, Thu 2 Apr 2026: 7–10, 13–17, 20–24, 27–30, 1 May, [4 May], 5 May.
    expect(stage2('2026-04-01', '2026-04-02').responseDueDate).toBe('2026-05-05');
  });

  it('adds an extension onto the date the acknowledgement set', () => {
    // Acknowledged early (2 Apr): due 20 Apr; 10 more: 21–24, 27–30, 1 May, [4 May], 5 May.
    expect(stage1('2026-04-01', '2026-04-02', 10)).toMatchObject({ originalResponseDueDate: '2026-04-20', responseDueDate: '2026-05-05' });
    // Acknowledged late (15 Apr): due 29 Apr; 5 more: 30 Apr, 1 May, [4 May], 5–7 May.
    expect(stage1('2026-04-01', '2026-04-15', 5)).toMatchObject({ originalResponseDueDate: '2026-04-29', responseDueDate: '2026-05-07' });
    // Not acknowledged yet: onto the due date counted from the acknowledgement due date.
    expect(stage1('2026-04-01', null, 10).responseDueDate).toBe(extendedResponseDueDate('2026-04-24', 10));
  });

  it("keeps a contact's own acknowledgement due date", () => {
    expect(codeStageClock({ stage: 'STAGE_1', startDate: '2026-04-01', acknowledgementDueDate: '2026-04-07', acknowledgementSentDate: null, extensionWorkingDays: null })).toMatchObject({
      acknowledgementDueDate: '2026-04-07',
      responseDueDate: '2026-04-21',
    });
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
