/** Contact states for the lifecycle unit tests. Tests only. */
import type { ContactState, LifecycleContact, LifecycleEscalation } from '../contacts/lifecycle-state';

export function statutory(contact: Partial<LifecycleContact> = {}, escalations: Partial<LifecycleEscalation>[] = []): ContactState {
  return {
    recordType: { code: 'STATUTORY_COMPLAINT', name: 'Statutory complaint', group: 'FORMAL_COMPLAINT' },
    contact: {
      receivedDate: '2009-11-02',
      acknowledgementSentDate: null,
      responseDueDate: '2009-11-16',
      responseSentDate: null,
      stage: 'STAGE_1',
      outcome: 'ONGOING',
      extended: false,
      withdrawnDate: null,
      ...contact,
    },
    escalations: escalations.map((e, i) => ({
      id: i + 1,
      stage: 'STAGE_2',
      requestedDate: '2009-12-01',
      responseSentDate: null,
      panelDueDate: null,
      panelHeldDate: null,
      outcome: 'ONGOING',
      extended: false,
      ...e,
    })),
  };
}

export function enquiry(contact: Partial<LifecycleContact> = {}): ContactState {
  return {
    ...statutory({ stage: null, outcome: 'NOT_RECORDED', ...contact }),
    recordType: { code: 'MP_CLLR_ENQUIRY', name: 'MP/Cllr Enquiry', group: 'ENQUIRY' },
  };
}

export function problemsOf(decision: { ok: boolean; problems?: { field: string; message: string }[] }): string[] {
  return decision.ok ? [] : decision.problems!.map((p) => `${p.field}: ${p.message}`);
}
