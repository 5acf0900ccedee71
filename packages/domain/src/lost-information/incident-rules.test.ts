import { incidentProblems } from './incident-rules';
import { riskLevel } from './lost-information-vocabulary';

const now = new Date('2026-11-26T12:00:00Z');
const base = { discoveredAt: new Date('2026-11-25T09:00:00Z') };
const fields = (problems: Array<{ field: string }>) => problems.map((p) => p.field);

describe('lost-information incident rules', () => {
  it('accepts a plain new incident', () => {
    expect(incidentProblems(base, now)).toEqual([]);
  });

  it('refuses a loss discovered before it happened, or in the future', () => {
    expect(fields(incidentProblems({ ...base, occurredAt: new Date('2026-11-25T10:00:00Z') }, now))).toEqual(['occurredAt']);
    expect(fields(incidentProblems({ discoveredAt: new Date('2026-11-27T09:00:00Z') }, now))).toContain('discoveredAt');
  });

  it('needs a reason not to notify, and a notification only after deciding to notify', () => {
    const decidedAt = new Date('2026-11-25T12:00:00Z');
    expect(fields(incidentProblems({ ...base, icoDecision: 'DO_NOT_NOTIFY', icoDecidedAt: decidedAt }, now))).toEqual(['icoDecisionReason']);
    expect(fields(incidentProblems({ ...base, icoDecision: 'DO_NOT_NOTIFY', icoDecidedAt: decidedAt, icoDecisionReason: 'Encrypted', icoNotifiedAt: decidedAt }, now))).toEqual([
      'icoNotifiedAt',
    ]);
    expect(fields(incidentProblems({ ...base, icoNotifiedAt: decidedAt }, now))).toEqual(['icoNotifiedAt']);
    expect(incidentProblems({ ...base, icoDecision: 'NOTIFY', icoDecidedAt: decidedAt, icoNotifiedAt: decidedAt }, now)).toEqual([]);
  });

  it('closes only once both decisions are recorded and carried out', () => {
    expect(fields(incidentProblems({ ...base, closedOn: '2026-11-26' }, now))).toEqual(['closedOn', 'closedOn']);
  });

  it('scores risk on the 5 × 5 matrix', () => {
    expect(riskLevel(1, 4)).toBe('LOW');
    expect(riskLevel(3, 4)).toBe('MEDIUM');
    expect(riskLevel(3, 5)).toBe('HIGH');
    expect(riskLevel(null, 5)).toBeNull();
  });
});
