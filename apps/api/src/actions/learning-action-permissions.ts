/**
 * What a signed-in person may do to one learning action. The one rule: the
 * `viewerCan` field reports it and the mutations enforce it, so the web shows
 * only the buttons the API would accept. Pure.
 */
import { mayUse } from '@complaints/domain';
import { ACCESS, Role } from '../auth/role';
import type { AuthUser } from '../auth/session.service';
import type { LearningActionStatus } from '../reference/reference.enums';

export type Viewer = Pick<AuthUser, 'role' | 'serviceAreaIds'>;

/** Writers (officers, managers) may change an action; service managers only in their own service areas. */
export function mayChange(user: Viewer, serviceAreaId: number | null): boolean {
  if (!mayUse(user.role, ACCESS.ACTIONS_WRITE)) return false;
  if (user.role !== Role.SERVICE_MANAGER) return true;
  return serviceAreaId !== null && user.serviceAreaIds.includes(serviceAreaId);
}

export interface ActionPermissions {
  update: boolean;
  close: boolean;
  reopen: boolean;
  addProgress: boolean;
}

/**
 * Close needs an open action and reopen a COMPLETED one (as closeValues/reopenValues
 * check); progress is recorded on actions not yet completed (as addProgress checks).
 */
export function actionPermissions(user: Viewer | null, action: { serviceAreaId: number | null; status: LearningActionStatus }): ActionPermissions {
  const change = user !== null && mayChange(user, action.serviceAreaId);
  const completed = action.status === 'COMPLETED';
  return { update: change, close: change && !completed, reopen: change && completed, addProgress: change && !completed };
}
