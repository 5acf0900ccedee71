/**
 * The tracker's refusals beyond BAD_USER_INPUT and NOT_FOUND: a service manager
 * touching another area's action (FORBIDDEN), and a stale version (CONFLICT).
 */
import { GraphQLError } from 'graphql';
import { Role } from '../auth/role';
import type { AuthUser } from '../auth/session.service';
import { changedFields } from './learning-action-values';

/** Service managers change only their own areas' actions; other writers any action. */
export function mayChange(user: Pick<AuthUser, 'role' | 'serviceAreaIds'>, serviceAreaId: number | null): boolean {
  if (user.role !== Role.SERVICE_MANAGER) return true;
  return serviceAreaId !== null && user.serviceAreaIds.includes(serviceAreaId);
}

const REFUSALS = {
  create: 'create learning actions for',
  change: 'change learning actions of',
  move: 'move learning actions to',
} as const;

export function outsideYourAreas(doing: keyof typeof REFUSALS): GraphQLError {
  return new GraphQLError(`Service managers may only ${REFUSALS[doing]} their own service areas.`, {
    extensions: { code: 'FORBIDDEN', http: { status: 403 } },
  });
}

/** One audit entry, as a conflict reports it. */
export interface ChangeSummary {
  version: number;
  changedBy: string;
  changedAt: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

/** Who changed what, version by version: "a@x.example at 2010-05-04T09:00:00.000Z (status, byWhom)". */
export function conflictMessage(id: number, expectedVersion: number, currentVersion: number, changes: readonly ChangeSummary[]): string {
  const byVersion = new Map<number, ChangeSummary[]>();
  for (const change of changes) byVersion.set(change.version, [...(byVersion.get(change.version) ?? []), change]);
  const who = [...byVersion.values()].map((list) => `${list[0].changedBy} at ${list[0].changedAt} (${changedFields(list).join(', ') || 'created'})`);
  const since = `Learning action ${id} has changed since version ${expectedVersion}, which you loaded`;
  const detail = who.length ? `: changed by ${who.join('; then by ')}` : '';
  return `${since}${detail}. It is now version ${currentVersion}: reload it and make your change again.`;
}

/**
 * CONFLICT: the stored version is not the one the client edited. Extensions carry
 * the current record, the fields changed since, and the audit entries behind them.
 */
export function conflictError(
  id: number,
  expectedVersion: number,
  current: Record<string, unknown> & { version: number },
  changes: readonly ChangeSummary[],
): GraphQLError {
  return new GraphQLError(conflictMessage(id, expectedVersion, current.version, changes), {
    extensions: { code: 'CONFLICT', expectedVersion, current, changedFields: changedFields(changes), changes },
  });
}
