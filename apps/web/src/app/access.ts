import type { Role } from '../graphql/graphql';

/**
 * Who may use each part of the product. Mirrors `ACCESS` in
 * apps/api/src/auth/role.ts: the API enforces it, the web app only uses it to
 * show people what they may use. Routes name one of these, never ad-hoc lists.
 */
export const ACCESS = {
  /** Any signed-in user. */
  SIGNED_IN: ['ADMIN', 'COMPLAINTS_OFFICER', 'SERVICE_MANAGER', 'ANALYST'],
  /** Case records (personal details); service managers see only their areas' cases. */
  CASES_READ: ['COMPLAINTS_OFFICER', 'SERVICE_MANAGER'],
  /** Recording contacts and their steps. */
  CASES_WRITE: ['COMPLAINTS_OFFICER'],
  /** Counts, trends and the annual report: no personal details. */
  AGGREGATES: ['ANALYST', 'COMPLAINTS_OFFICER', 'SERVICE_MANAGER'],
  /** Learning actions (analysts read only). */
  ACTIONS_READ: ['ANALYST', 'COMPLAINTS_OFFICER', 'SERVICE_MANAGER'],
  ACTIONS_WRITE: ['COMPLAINTS_OFFICER', 'SERVICE_MANAGER'],
  /** Users and reference data. */
  ADMINISTRATION: ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Access = (typeof ACCESS)[keyof typeof ACCESS];

export function mayUse(role: Role, access: readonly Role[]): boolean {
  return access.includes(role);
}

/** How each role is named to people (header, home page). */
export const ROLE_NAMES: Record<Role, string> = {
  ADMIN: 'Administrator',
  ANALYST: 'Analyst',
  COMPLAINTS_OFFICER: 'Complaints officer',
  SERVICE_MANAGER: 'Service manager',
};
