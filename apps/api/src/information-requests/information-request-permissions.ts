/**
 * Which steps the signed-in person may record on a request now. A step is
 * offered when its own rule (information-request-lifecycle.ts) would accept it
 * dated today, so `viewerCan` and the mutations cannot disagree; the role check
 * is the one the mutations' @Authorized uses. Pause is the exception: it may be
 * dated back (to when the requester was asked), so it is offered on any open
 * request with a running clock whose rule allows a pause. Pure.
 */
import { CLOCK_PAUSE_REASONS, mayUse, type ClockPauseReason } from '@complaints/domain';
import { ACCESS, type Role } from '../auth/role';
import { clockPauseEffect } from '../timescales';
import { acknowledgeRequest, completeRequest, extendRequest, resumeRequest, withdrawRequest, type RequestState } from './information-request-lifecycle';
import type { ClockPauseEffect, ClockPauseOption, InformationRequestPermissions } from './information-request.types';

/** The reasons the rule in force on the received date allows the clock to be paused for, with what each does. */
export function pauseOptions(request: Pick<RequestState, 'kind' | 'receivedDate'>): ClockPauseOption[] {
  return (Object.keys(CLOCK_PAUSE_REASONS) as ClockPauseReason[]).flatMap((reason) => {
    const effect = clockPauseEffect(request.kind, request.receivedDate, reason);
    return effect ? [{ reason, effect: effect as ClockPauseEffect }] : [];
  });
}

export function requestPermissions(role: Role, request: RequestState, today: string): InformationRequestPermissions {
  const none = { acknowledge: false, extend: false, pause: false, resume: false, respond: false, withdraw: false };
  if (!mayUse(role, ACCESS.CASES_WRITE)) return none;
  const open = !request.completedDate && !request.withdrawnDate;
  return {
    acknowledge: acknowledgeRequest(request, today, today).ok,
    extend: extendRequest(request, 'a reason', today).ok,
    pause: open && !request.clockPausedOn && pauseOptions(request).length > 0,
    resume: resumeRequest(request, today, today).ok,
    respond: completeRequest(request, today, today).ok,
    withdraw: withdrawRequest(request, today, null, today).ok,
  };
}
