import { buildTimeline, TimelineEventKind } from './contact-timeline';

const contact = {
  receivedDate: '2009-11-02',
  acknowledgementDueDate: '2009-11-05',
  acknowledgementSentDate: '2009-11-04',
  responseDueDate: '2009-11-30',
  responseSentDate: '2009-11-27',
  stage: 'STAGE_3' as const,
  outcome: 'NOT_UPHELD' as const,
  extended: true,
  extendedDate: '2009-11-12',
  withdrawnDate: null,
};
const stage2 = {
  id: 11,
  stage: 'STAGE_2' as const,
  requestedDate: '2010-01-04',
  responseDueDate: '2010-02-08',
  panelDueDate: null,
  panelHeldDate: null,
  responseSentDate: '2010-02-05',
  extended: false,
  outcome: 'PARTIALLY_UPHELD' as const,
};
const stage3 = {
  id: 12,
  stage: 'STAGE_3' as const,
  requestedDate: '2010-03-01',
  responseDueDate: '2010-05-13',
  panelDueDate: '2010-04-14',
  panelHeldDate: '2010-04-12',
  responseSentDate: null,
  extended: false,
  outcome: 'ONGOING' as const,
};

describe('buildTimeline', () => {
  it('lists every step with its date, oldest first', () => {
    const events = buildTimeline(contact, [stage2, stage3]);
    expect(events.map((e) => [e.kind, e.date, e.stage])).toEqual([
      [TimelineEventKind.RECEIVED, '2009-11-02', 'STAGE_1'],
      [TimelineEventKind.ACKNOWLEDGED, '2009-11-04', 'STAGE_1'],
      [TimelineEventKind.EXTENDED, '2009-11-12', 'STAGE_1'],
      [TimelineEventKind.RESPONDED, '2009-11-27', 'STAGE_1'],
      [TimelineEventKind.ESCALATED, '2010-01-04', 'STAGE_2'],
      [TimelineEventKind.ESCALATION_RESPONDED, '2010-02-05', 'STAGE_2'],
      [TimelineEventKind.ESCALATED, '2010-03-01', 'STAGE_3'],
      [TimelineEventKind.PANEL_HELD, '2010-04-12', 'STAGE_3'],
    ]);
    expect(events[0]).toMatchObject({ description: 'Received; acknowledgement due 2009-11-05', dueDate: '2009-11-05' });
    expect(events[2]).toMatchObject({ description: 'Response timescale extended; response due 2009-11-30', dueDate: '2009-11-30' });
    expect(events[3]).toMatchObject({ description: 'Response sent (not upheld)', outcome: 'NOT_UPHELD' });
    expect(events[5]).toMatchObject({ escalationId: 11, outcome: 'PARTIALLY_UPHELD' });
    expect(events[6].description).toBe('Stage 3 requested; panel due 2010-04-14; response due 2010-05-13');
  });

  it("keeps the procedure's order for events on the same day", () => {
    const sameDay = { ...contact, extended: false, extendedDate: null, acknowledgementSentDate: '2009-11-27' };
    expect(buildTimeline(sameDay, []).map((e) => e.kind)).toEqual([TimelineEventKind.RECEIVED, TimelineEventKind.ACKNOWLEDGED, TimelineEventKind.RESPONDED]);
  });

  it('keeps an undated extension in its place and dates a withdrawal', () => {
    const withdrawn = {
      ...contact,
      stage: 'STAGE_1' as const,
      outcome: 'WITHDRAWN' as const,
      responseSentDate: null,
      extendedDate: null,
      withdrawnDate: '2009-11-20',
    };
    expect(buildTimeline(withdrawn, []).map((e) => [e.kind, e.date])).toEqual([
      [TimelineEventKind.RECEIVED, '2009-11-02'],
      [TimelineEventKind.ACKNOWLEDGED, '2009-11-04'],
      [TimelineEventKind.EXTENDED, null],
      [TimelineEventKind.WITHDRAWN, '2009-11-20'],
    ]);
  });

  it('shows a stage 2 withdrawal at stage 2', () => {
    const events = buildTimeline({ ...contact, stage: 'STAGE_2', withdrawnDate: '2010-01-20' }, [{ ...stage2, responseSentDate: null, outcome: 'WITHDRAWN' }]);
    expect(events[events.length - 1]).toMatchObject({ kind: TimelineEventKind.WITHDRAWN, date: '2010-01-20', stage: 'STAGE_2' });
  });

  it('shows each assignment in its place: who, whom they replaced, by whom', () => {
    const assignments = [
      { stage: 'STAGE_1' as const, date: '2009-11-02', officer: 'Ann Officer', previousOfficer: null, by: 'Lead Officer' },
      { stage: 'STAGE_2' as const, date: '2010-01-05', officer: 'Ben Investigator', previousOfficer: null, by: 'Lead Officer' },
      { stage: 'STAGE_2' as const, date: '2010-01-10', officer: 'Cat Investigator', previousOfficer: 'Ben Investigator', by: 'Ann Officer' },
      { stage: 'STAGE_2' as const, date: '2010-01-11', officer: null, previousOfficer: 'Cat Investigator', by: 'Ann Officer' },
    ];
    const events = buildTimeline(contact, [stage2], assignments);
    expect(events.map((e) => [e.kind, e.date, e.stage])).toEqual([
      [TimelineEventKind.RECEIVED, '2009-11-02', 'STAGE_1'],
      [TimelineEventKind.ASSIGNED, '2009-11-02', 'STAGE_1'],
      [TimelineEventKind.ACKNOWLEDGED, '2009-11-04', 'STAGE_1'],
      [TimelineEventKind.EXTENDED, '2009-11-12', 'STAGE_1'],
      [TimelineEventKind.RESPONDED, '2009-11-27', 'STAGE_1'],
      [TimelineEventKind.ESCALATED, '2010-01-04', 'STAGE_2'],
      [TimelineEventKind.ASSIGNED, '2010-01-05', 'STAGE_2'],
      [TimelineEventKind.ASSIGNED, '2010-01-10', 'STAGE_2'],
      [TimelineEventKind.ASSIGNED, '2010-01-11', 'STAGE_2'],
      [TimelineEventKind.ESCALATION_RESPONDED, '2010-02-05', 'STAGE_2'],
    ]);
    expect(events.filter((e) => e.kind === TimelineEventKind.ASSIGNED).map((e) => e.description)).toEqual([
      'Stage 1 handler: Ann Officer; by Lead Officer',
      'Stage 2 investigator: Ben Investigator; by Lead Officer',
      'Stage 2 investigator: Cat Investigator (reassigned from Ben Investigator); by Ann Officer',
      'Stage 2 investigator: no one now (was Cat Investigator); by Ann Officer',
    ]);
  });

  it('calls the officer of a contact that is not a complaint its handler', () => {
    const enquiry = { ...contact, stage: null, extended: false, extendedDate: null };
    const [, assigned] = buildTimeline(enquiry, [], [{ stage: 'STAGE_1', date: '2009-11-03', officer: 'Ann Officer', previousOfficer: null, by: 'Ann Officer' }]);
    expect(assigned).toMatchObject({ kind: TimelineEventKind.ASSIGNED, stage: null, description: 'Handler: Ann Officer; by Ann Officer' });
  });
});
