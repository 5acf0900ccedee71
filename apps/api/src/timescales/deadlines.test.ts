import type { RecordTypeCode } from '../reference/reference-data';
import {
  contactDeadlines,
  escalationDeadlines,
  informationRequestDeadline,
  informationRequestDueDate,
} from './deadlines';

// Monday 5 October 2009: no holidays for weeks either side.
const MONDAY = '2009-10-05';

describe('contactDeadlines', () => {
  const deadlines = (recordType: RecordTypeCode, receivedDate: string, extended = false) =>
    contactDeadlines({ recordType, stage: 'STAGE_1', receivedDate, extended });

  it.each<[RecordTypeCode, string | null, string | null, string | null, string]>([
    // record type, acknowledgement, response, extended response, rule
    ['STATUTORY_COMPLAINT', '2009-10-08', '2009-10-19', '2009-11-02', 'statutory-complaint-stage-1-2006'],
    ['CORPORATE_COMPLAINT', '2009-10-08', '2009-10-19', '2009-11-02', 'corporate-complaint-local-procedure'],
    ['MP_CLLR_ENQUIRY', '2009-10-08', '2009-10-19', '2009-10-19', 'enquiry-local-policy'],
    ['CORRESPONDENCE_ENQUIRY', '2009-10-08', '2009-10-19', '2009-10-19', 'enquiry-local-policy'],
    ['LGO_COMPLAINT', '2009-10-08', '2009-11-02', '2009-11-02', 'lgo-complaint-local-default'],
    ['SCHOOL_COMPLAINT', '2009-10-08', null, null, 'school-complaint-acknowledgement'],
    ['COMMENT', '2009-10-08', null, null, 'comment-acknowledgement'],
    ['REPRESENTATION', null, '2009-10-06', '2009-10-06', 'representation-next-working-day'],
    ['COMPLIMENT', null, null, null, 'no-deadline'],
    ['REFERRAL', null, null, null, 'no-deadline'],
  ])('%s received on a Monday', (recordType, ack, response, extendedResponse, ruleId) => {
    expect(deadlines(recordType, MONDAY)).toEqual({ acknowledgementDueDate: ack, responseDueDate: response, ruleId });
    expect(deadlines(recordType, MONDAY, true)).toEqual({
      acknowledgementDueDate: ack,
      responseDueDate: extendedResponse,
      ruleId,
    });
  });

  it('starts counting on the next working day after receipt', () => {
    // Received on a Saturday: Monday is working day 1.
    expect(deadlines('STATUTORY_COMPLAINT', '2009-10-03').acknowledgementDueDate).toBe('2009-10-07');
    expect(deadlines('REPRESENTATION', '2009-10-09').responseDueDate).toBe('2009-10-12');
    expect(deadlines('REPRESENTATION', '2009-12-24').responseDueDate).toBe('2009-12-29');
  });

  it('skips Christmas and New Year', () => {
    expect(deadlines('STATUTORY_COMPLAINT', '2009-12-21')).toEqual({
      acknowledgementDueDate: '2009-12-24',
      responseDueDate: '2010-01-07',
      ruleId: 'statutory-complaint-stage-1-2006',
    });
    expect(deadlines('STATUTORY_COMPLAINT', '2009-12-21', true).responseDueDate).toBe('2010-01-21');
  });

  it('uses the earliest rule for contacts received before it', () => {
    expect(deadlines('STATUTORY_COMPLAINT', '2005-06-01')).toEqual({
      acknowledgementDueDate: '2005-06-06',
      responseDueDate: '2005-06-15',
      ruleId: 'statutory-complaint-stage-1-2006',
    });
  });

  describe('corporate complaints switch to the Ombudsman code on 2026-04-01', () => {
    it('the day before: local procedure, 3 and 10 working days from receipt', () => {
      // Tuesday 31 March 2026; Good Friday 3 April and Easter Monday 6 April are skipped.
      expect(deadlines('CORPORATE_COMPLAINT', '2026-03-31')).toEqual({
        acknowledgementDueDate: '2026-04-07',
        responseDueDate: '2026-04-16',
        ruleId: 'corporate-complaint-local-procedure',
      });
      expect(deadlines('CORPORATE_COMPLAINT', '2026-03-31', true).responseDueDate).toBe('2026-04-30');
    });

    it('the day of: acknowledge within 5, respond within 10 (20 extended) of the acknowledgement due date', () => {
      expect(deadlines('CORPORATE_COMPLAINT', '2026-04-01')).toEqual({
        acknowledgementDueDate: '2026-04-10',
        responseDueDate: '2026-04-24',
        ruleId: 'corporate-complaint-lgsco-code-2026',
      });
      // Early May bank holiday (4 May 2026) is skipped.
      expect(deadlines('CORPORATE_COMPLAINT', '2026-04-01', true).responseDueDate).toBe('2026-05-11');
    });

    it('once acknowledged, the response is counted from the date it was acknowledged (earlier or later than due)', () => {
      const withAck = (acknowledgementSentDate: string, extended = false) =>
        contactDeadlines({ recordType: 'CORPORATE_COMPLAINT', stage: 'STAGE_1', receivedDate: '2026-04-01', extended, acknowledgementSentDate });
      // Acknowledged Thu 2 April: Good Friday and Easter Monday skipped; 7–10, 13–17, 20 April.
      expect(withAck('2026-04-02')).toEqual({ acknowledgementDueDate: '2026-04-10', responseDueDate: '2026-04-20', ruleId: 'corporate-complaint-lgsco-code-2026' });
      expect(withAck('2026-04-15').responseDueDate).toBe('2026-04-29');
      expect(withAck('2026-04-02', true).responseDueDate).toBe('2026-05-05');
      // Rules counting from receipt ignore it.
      expect(contactDeadlines({ recordType: 'STATUTORY_COMPLAINT', stage: 'STAGE_1', receivedDate: '2026-04-01', extended: false, acknowledgementSentDate: '2026-04-02' }).responseDueDate).toBe('2026-04-17');
    });

    it('other record types are unaffected', () => {
      expect(deadlines('STATUTORY_COMPLAINT', '2026-04-01')).toEqual({
        acknowledgementDueDate: '2026-04-08',
        responseDueDate: '2026-04-17',
        ruleId: 'statutory-complaint-stage-1-2006',
      });
    });
  });

  it('gives stage-1 deadlines whatever the stage (an LGO complaint is at stage OMBUDSMAN)', () => {
    const base = { recordType: 'LGO_COMPLAINT' as const, receivedDate: MONDAY, extended: false };
    const expected = deadlines('LGO_COMPLAINT', MONDAY);
    expect(contactDeadlines({ ...base, stage: 'OMBUDSMAN' })).toEqual(expected);
    expect(contactDeadlines({ ...base, stage: null })).toEqual(expected);
    expect(contactDeadlines({ ...base, recordType: 'STATUTORY_COMPLAINT', stage: 'STAGE_2' }).ruleId).toBe(
      'statutory-complaint-stage-1-2006',
    );
  });

  it.each(['2009-02-30', '2009-4-1', ''])('rejects received date %p', (bad) => {
    expect(() => deadlines('STATUTORY_COMPLAINT', bad)).toThrow(`Not a valid ISO date (YYYY-MM-DD): '${bad}'`);
  });

  it('rejects an unknown record type from an untyped caller', () => {
    expect(() => deadlines('NOPE' as RecordTypeCode, MONDAY)).toThrow("No deadline rule for record type 'NOPE'");
  });
});

describe('escalationDeadlines', () => {
  it('stage 2: 25 working days from the request, 65 when extended', () => {
    expect(escalationDeadlines({ stage: 'STAGE_2', requestedDate: MONDAY, extended: false })).toEqual({
      responseDueDate: '2009-11-09',
      panelDueDate: null,
      panelReportDueDate: null,
      ruleId: 'children-act-stage-2-2006',
    });
    // Through Christmas 2009 (25 and 28 December, 1 January).
    expect(escalationDeadlines({ stage: 'STAGE_2', requestedDate: MONDAY, extended: true }).responseDueDate).toBe(
      '2010-01-07',
    );
  });

  it('stage 3: panel within 30, report 5 after the panel, response 15 after the report', () => {
    const expected = {
      panelDueDate: '2009-11-16',
      panelReportDueDate: '2009-11-23',
      responseDueDate: '2009-12-14',
      ruleId: 'children-act-stage-3-2006',
    };
    expect(escalationDeadlines({ stage: 'STAGE_3', requestedDate: MONDAY, extended: false })).toEqual(expected);
    // Stage 3 cannot be extended.
    expect(escalationDeadlines({ stage: 'STAGE_3', requestedDate: MONDAY, extended: true })).toEqual(expected);
  });

  it('stage 3: once the panel has met, its report is due 5 working days after the meeting, and the response 15 after that', () => {
    // Met on Monday 19 October 2009, four weeks before its due date of 16 November.
    expect(escalationDeadlines({ stage: 'STAGE_3', requestedDate: MONDAY, extended: false, panelHeldDate: '2009-10-19' })).toEqual({
      panelDueDate: '2009-11-16',
      panelReportDueDate: '2009-10-26',
      responseDueDate: '2009-11-16',
      ruleId: 'children-act-stage-3-2006',
    });
    // Met late (Wednesday 18 November): still 5 working days of meeting.
    expect(escalationDeadlines({ stage: 'STAGE_3', requestedDate: MONDAY, extended: false, panelHeldDate: '2009-11-18' })).toMatchObject({
      panelReportDueDate: '2009-11-25',
      responseDueDate: '2009-12-16',
    });
    // Stage 2 has no panel: a meeting date changes nothing.
    expect(escalationDeadlines({ stage: 'STAGE_2', requestedDate: MONDAY, extended: false, panelHeldDate: '2009-10-19' }).panelReportDueDate).toBeNull();
  });

  it('validates the requested date', () => {
    expect(() => escalationDeadlines({ stage: 'STAGE_2', requestedDate: '2009-02-30', extended: false })).toThrow(
      "Not a valid ISO date (YYYY-MM-DD): '2009-02-30'",
    );
  });

  it('rejects an unknown stage from an untyped caller', () => {
    expect(() => escalationDeadlines({ stage: 'STAGE_1' as 'STAGE_2', requestedDate: MONDAY, extended: false })).toThrow(
      "No deadline rule for escalation stage 'STAGE_1'",
    );
  });
});

describe('informationRequestDueDate', () => {
  const foi = (receivedDate: string, extended = false) =>
    informationRequestDueDate({ kind: 'FREEDOM_OF_INFORMATION', receivedDate, extended });
  const sar = (receivedDate: string, extended = false) =>
    informationRequestDeadline({ kind: 'ACCESS_TO_RECORDS', receivedDate, extended });

  it('FOI: 20 working days, 40 when extended', () => {
    expect(foi(MONDAY)).toBe('2009-11-02');
    expect(foi(MONDAY, true)).toBe('2009-11-30');
    // Over Easter and the early May holiday 2010.
    expect(foi('2010-04-01')).toBe('2010-05-04');
    expect(informationRequestDeadline({ kind: 'FREEDOM_OF_INFORMATION', receivedDate: MONDAY, extended: false })).toEqual({
      dueDate: '2009-11-02',
      ruleId: 'foi-2005',
    });
  });

  it('access to records the day before 25 May 2018: 40 calendar days, no extension', () => {
    expect(sar('2018-05-24')).toEqual({ dueDate: '2018-07-03', ruleId: 'access-to-records-dpa-1998' });
    expect(sar('2018-05-24', true)).toEqual({ dueDate: '2018-07-03', ruleId: 'access-to-records-dpa-1998' });
    // 40 calendar days are not moved off a weekend.
    expect(sar('2010-01-19').dueDate).toBe('2010-02-28');
    expect(sar('2010-01-22').dueDate).toBe('2010-03-03');
  });

  it('access to records from 25 May 2018: one calendar month, three when extended', () => {
    expect(sar('2018-05-25')).toEqual({ dueDate: '2018-06-25', ruleId: 'access-to-records-uk-gdpr-2018' });
    // 25 August 2018 is a Saturday and 27 August the summer bank holiday.
    expect(sar('2018-05-25', true)).toEqual({ dueDate: '2018-08-28', ruleId: 'access-to-records-uk-gdpr-2018' });
  });

  it.each([
    ['2019-01-31', false, '2019-02-28'], // clamped to the end of February
    ['2019-03-31', false, '2019-04-30'],
    ['2020-01-31', false, '2020-03-02'], // clamped to Saturday 29 February, then the next working day
    ['2019-11-30', true, '2020-03-02'],
    ['2019-06-30', false, '2019-07-30'],
    ['2021-11-25', false, '2021-12-29'], // Christmas 2021: Sat 25, then the substitute days 27 and 28
  ])('UK GDPR month arithmetic: received %s (extended %p) due %s', (received, extended, expected) => {
    expect(sar(received, extended).dueDate).toBe(expected);
  });

  it.each(['2009-02-30', '2009-4-1', ''])('rejects received date %p', (bad) => {
    expect(() => foi(bad)).toThrow(`Not a valid ISO date (YYYY-MM-DD): '${bad}'`);
  });
});
