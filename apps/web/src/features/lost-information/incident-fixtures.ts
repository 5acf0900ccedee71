import type { IncidentData } from './useLostInformation';

const HOUR = 60 * 60 * 1000;
export const hoursAgo = (h: number, now = Date.now()) => new Date(now - h * HOUR).toISOString();

export function incidentFixture(overrides: Partial<IncidentData> = {}): IncidentData {
  const discoveredAt = overrides.discoveredAt ?? hoursAgo(58);
  return {
    id: '7',
    reference: 'LI/2026/0007',
    occurredAt: null,
    discoveredAt,
    icoDueAt: new Date(Date.parse(discoveredAt) + 72 * HOUR).toISOString(),
    format: 'USB_STICK',
    dataDescription: 'Names and dates of birth',
    peopleAffected: 40,
    encrypted: 'NO',
    reportedBy: 'Team manager',
    serviceArea: { code: 'SOCIAL_CARE', name: 'Safeguarding: Social Care' },
    likelihood: null,
    severity: null,
    riskLevel: null,
    icoDecision: null,
    icoDecisionReason: null,
    icoDecidedAt: null,
    icoNotifiedAt: null,
    subjectsDecision: null,
    subjectsDecisionReason: null,
    subjectsToldOn: null,
    lessonsLearned: null,
    closedOn: null,
    status: 'OPEN',
    reportedWithin72Hours: null,
    actions: [],
    learningActions: [],
    ...overrides,
  };
}
