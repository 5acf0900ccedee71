import { clockHistoryOf, historyOf } from './information-request-history';
import { InformationRequestEventKind as Kind } from './information-request.enums';

const at = new Date('2009-11-20T10:00:00Z');
let nextId = 1;
const event = (kind: Kind, date: string, extra: Partial<{ reason: 'AWAITING_FEE' | 'AWAITING_CLARIFICATION'; note: string; dueDate: string }> = {}) => ({
  id: nextId++,
  kind,
  date,
  reason: extra.reason ?? null,
  note: extra.note ?? null,
  dueDate: extra.dueDate ?? null,
  recordedBy: 'Olivia Officer',
  recordedAt: at,
});

const request = {
  receivedDate: '2009-11-02',
  dueDate: '2009-12-03',
  acknowledgedDate: null,
  completedDate: null,
  withdrawnDate: null,
  extended: false,
  extensionReason: null,
};

describe('clockHistoryOf', () => {
  it('pairs each pause with the resumption after it, in date order whatever order they were recorded in; an open pause is left out', () => {
    const events = [
      event(Kind.CLOCK_RESUMED, '2009-11-09', { dueDate: '2009-12-03' }),
      event(Kind.RECEIVED, '2009-11-02', { dueDate: '2009-11-30' }),
      event(Kind.CLOCK_PAUSED, '2009-11-05', { reason: 'AWAITING_FEE' }),
      event(Kind.CLOCK_PAUSED, '2009-11-16', { reason: 'AWAITING_CLARIFICATION' }),
    ];
    expect(clockHistoryOf(events)).toEqual({ pauses: [{ reason: 'AWAITING_FEE', pausedOn: '2009-11-05', resumedOn: '2009-11-09' }], lastResumedOn: '2009-11-09' });
    expect(clockHistoryOf([])).toEqual({ pauses: [], lastResumedOn: null });
  });
});

describe('historyOf', () => {
  it('lists the recorded steps oldest first, with who recorded them', () => {
    const history = historyOf(request, [
      event(Kind.CLOCK_PAUSED, '2009-11-05', { reason: 'AWAITING_FEE', dueDate: '2009-11-30' }),
      event(Kind.RECEIVED, '2009-11-02', { dueDate: '2009-11-30' }),
    ]);
    expect(history.map((e) => [e.kind, e.date, e.reason, e.recordedBy])).toEqual([
      ['RECEIVED', '2009-11-02', null, 'Olivia Officer'],
      ['CLOCK_PAUSED', '2009-11-05', 'AWAITING_FEE', 'Olivia Officer'],
    ]);
  });

  it("makes a loaded request's timeline from its dates, naming nobody", () => {
    const loaded = { ...request, dueDate: '2009-11-30', acknowledgedDate: '2009-11-03', completedDate: '2009-11-20' };
    expect(historyOf(loaded, []).map((e) => [e.kind, e.date, e.dueDate, e.recordedBy])).toEqual([
      ['RECEIVED', '2009-11-02', '2009-11-30', null],
      ['ACKNOWLEDGED', '2009-11-03', null, null],
      ['RESPONDED', '2009-11-20', null, null],
    ]);
    const extended = { ...request, dueDate: '2009-12-30', extended: true, extensionReason: 'Public interest', withdrawnDate: '2009-12-01' };
    expect(historyOf(extended, []).map((e) => [e.kind, e.dueDate, e.note])).toEqual([
      ['RECEIVED', null, null],
      ['EXTENDED', '2009-12-30', 'Public interest'],
      ['WITHDRAWN', null, null],
    ]);
  });

  it('adds only the steps missing from those recorded', () => {
    const history = historyOf({ ...request, completedDate: '2009-11-20' }, [event(Kind.RESPONDED, '2009-11-20')]);
    expect(history.map((e) => [e.kind, e.recordedBy])).toEqual([
      ['RECEIVED', null],
      ['RESPONDED', 'Olivia Officer'],
    ]);
  });
});
