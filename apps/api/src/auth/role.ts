import { registerEnumType } from 'type-graphql';

/** What a user may do. Each role does one job; see README "Roles". */
export enum Role {
  /** Users and reference data. */
  ADMIN = 'ADMIN',
  /** Records and updates contacts and information requests. */
  COMPLAINTS_OFFICER = 'COMPLAINTS_OFFICER',
  /** Scoped to their service areas: updates their learning actions, reads their area's cases. */
  SERVICE_MANAGER = 'SERVICE_MANAGER',
  /** Aggregates, trends and the report; never personal details. */
  ANALYST = 'ANALYST',
}

registerEnumType(Role, { name: 'Role', description: 'What a user may do.' });

/** Who may use each part of the product; resolvers name one of these, not ad-hoc lists. */
export const ACCESS = {
  /** Any signed-in user (reference data, their own account). */
  SIGNED_IN: [Role.ADMIN, Role.COMPLAINTS_OFFICER, Role.SERVICE_MANAGER, Role.ANALYST],
  /** Case records: personal details. Service managers see only their areas' cases. */
  CASES_READ: [Role.COMPLAINTS_OFFICER, Role.SERVICE_MANAGER],
  CASES_WRITE: [Role.COMPLAINTS_OFFICER],
  /** Counts, trends and the annual report: no personal details. */
  AGGREGATES: [Role.ANALYST, Role.COMPLAINTS_OFFICER, Role.SERVICE_MANAGER],
  /** Learning-from-complaints actions. Managers may change only their areas' actions. */
  ACTIONS_READ: [Role.ANALYST, Role.COMPLAINTS_OFFICER, Role.SERVICE_MANAGER],
  ACTIONS_WRITE: [Role.COMPLAINTS_OFFICER, Role.SERVICE_MANAGER],
  /** Users and reference data. */
  ADMINISTRATION: [Role.ADMIN],
} as const satisfies Record<string, readonly Role[]>;
