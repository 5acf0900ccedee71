/**
 * Which lifecycle steps the signed-in person may record on a contact now. A
 * step is offered when the step's own rule (contact-lifecycle.ts,
 * escalation-lifecycle.ts) would accept it dated today, so the `viewerCan`
 * field and the mutations cannot disagree; the role check is the one the
 * mutations' @Authorized uses. Pure: the caller supplies today's date.
 */
import { mayUse } from '@complaints/domain';
import { ACCESS, type Role } from '../auth/role';
import { acknowledge, extend, respond, withdraw } from './contact-lifecycle';
import { escalate, recordPanelHeld, respondToEscalation } from './escalation-lifecycle';
import { isComplaint, type ContactState, type LifecycleEscalation } from './lifecycle-state';

export interface ContactStepPermissions {
  acknowledge: boolean;
  respond: boolean;
  extend: boolean;
  escalateToStage2: boolean;
  escalateToStage3: boolean;
  recordPanelHeld: boolean;
  recordEscalationResponse: boolean;
  withdraw: boolean;
}

/** The escalation waiting for its panel or response, if any (escalations oldest first). */
export function openEscalation(state: ContactState): LifecycleEscalation | null {
  return [...state.escalations].reverse().find((e) => e.responseSentDate === null && e.outcome !== 'WITHDRAWN') ?? null;
}

/** The steps the rules would accept today, whoever asks. */
export function openSteps(state: ContactState, today: string): ContactStepPermissions {
  const open = openEscalation(state);
  return {
    acknowledge: acknowledge(state, today, today).ok,
    respond: respond(state, today, isComplaint(state) ? 'UPHELD' : null, today).ok,
    extend: extend(state, today).ok,
    escalateToStage2: escalate(state, 'STAGE_2', today, false, today).ok,
    escalateToStage3: escalate(state, 'STAGE_3', today, false, today).ok,
    recordPanelHeld: open !== null && recordPanelHeld(state, open, today, today).ok,
    recordEscalationResponse: open !== null && respondToEscalation(state, open, today, 'UPHELD', today).ok,
    withdraw: withdraw(state, today, today).ok,
  };
}

const NOTHING: ContactStepPermissions = {
  acknowledge: false,
  respond: false,
  extend: false,
  escalateToStage2: false,
  escalateToStage3: false,
  recordPanelHeld: false,
  recordEscalationResponse: false,
  withdraw: false,
};

export function contactPermissions(role: Role | null, state: ContactState, today: string): ContactStepPermissions {
  return role !== null && mayUse(role, ACCESS.CASES_WRITE) ? openSteps(state, today) : NOTHING;
}
