import { generateYear2026, YEAR_2026_27 } from './year-2026-27';

/** Every date something happened (not due dates or review dates, which may lie ahead). */
function eventDates(day: string): string[] {
  const y = generateYear2026(day);
  return [
    ...y.contacts.flatMap((c) => [
      c.receivedDate, c.acknowledgementSentDate, c.responseSentDate, c.extension?.toldDate, c.refusal?.refusedDate,
      c.stage2?.requestedDate, c.stage2?.acknowledgementSentDate, c.stage2?.responseSentDate, c.adjustment?.agreedDate,
      ...c.remedies.flatMap((r) => [r.offeredDate, r.completedDate]),
    ]),
    ...y.serviceRequests.flatMap((s) => [s.receivedDate, s.reviewedDate, s.resolvedDate]),
  ].filter((d): d is string => !!d).sort();
}

describe('the 2026/27 demo year', () => {
  it('is the same on every run', () => {
    expect(JSON.stringify(generateYear2026('2026-11-26'))).toBe(JSON.stringify(generateYear2026('2026-11-26')));
  });

  it('runs from 1 April to 31 October 2026 and dates nothing after the load day', () => {
    expect(eventDates('2026-11-26')[0]).toBe(YEAR_2026_27.from);
    expect(eventDates('2026-11-26').at(-1)! <= YEAR_2026_27.to).toBe(true);
    for (const day of ['2026-04-01', '2026-06-15', '2026-09-30']) expect(eventDates(day).at(-1)! <= day).toBe(true);
  });

  it('loading later adds steps but never changes one already taken', () => {
    const early = generateYear2026('2026-07-01').contacts;
    const late = new Map(generateYear2026('2026-11-26').contacts.map((c) => [c.reference, c]));
    for (const c of early) {
      expect(late.get(c.reference)).toMatchObject({ receivedDate: c.receivedDate, recordType: c.recordType, acknowledgementSentDate: c.acknowledgementSentDate ?? expect.anything() });
    }
  });

  it('has both regimes and every Code record: service requests, refusals, extensions, Stage 2 by the other handler, remedies open and done, adjustments', () => {
    const y = generateYear2026('2026-11-26');
    const types = new Set(y.contacts.map((c) => c.recordType));
    expect(types).toEqual(expect.objectContaining(new Set(['CORPORATE_COMPLAINT', 'STATUTORY_COMPLAINT', 'SCHOOL_COMPLAINT'])));
    expect(y.serviceRequests.length).toBeGreaterThan(20);
    expect(y.serviceRequests.some((s) => s.convertedTo)).toBe(true);
    expect(y.contacts.filter((c) => c.refusal?.subject === 'COMPLAINT').length).toBeGreaterThanOrEqual(3);
    expect(y.contacts.some((c) => c.refusal?.subject === 'ESCALATION')).toBe(true);
    expect(y.contacts.filter((c) => c.extension).length).toBeGreaterThanOrEqual(3);
    const stage2 = y.contacts.filter((c) => c.recordType === 'CORPORATE_COMPLAINT' && c.stage2);
    expect(stage2.length).toBeGreaterThanOrEqual(2);
    for (const c of stage2) expect(c.stage2!.handler).not.toBe(c.stage1Handler);
    const remedies = y.contacts.flatMap((c) => c.remedies);
    expect(remedies.some((r) => r.completedDate)).toBe(true);
    expect(remedies.some((r) => !r.completedDate)).toBe(true);
    expect(y.contacts.filter((c) => c.adjustment).length).toBeGreaterThanOrEqual(3);
  });
});
