/**
 * Roles and who may use each part of the product: the one table. The API
 * enforces it (resolvers name one of these, not ad-hoc lists); the web app
 * uses it only to show people what they may use.
 */

/** What a user may do. Each role does one job; see README "Roles". Values are the role names people see. */
export const ROLES = {
  /** Users and reference data. */
  ADMIN: 'Administrator',
  /** Records and updates contacts and information requests. */
  COMPLAINTS_OFFICER: 'Complaints officer',
  /** Scoped to their service areas: updates their learning actions, reads their area's cases. */
  SERVICE_MANAGER: 'Service manager',
  /** Aggregates, trends and the report; never personal details. */
  ANALYST: 'Analyst',
} as const;
export type Role = keyof typeof ROLES;

export const ACCESS = {
  /** Any signed-in user (reference data, their own account). */
  SIGNED_IN: ['ADMIN', 'COMPLAINTS_OFFICER', 'SERVICE_MANAGER', 'ANALYST'],
  /** Case records: personal details. Service managers see only their areas' cases. */
  CASES_READ: ['COMPLAINTS_OFFICER', 'SERVICE_MANAGER'],
  /** Recording contacts and their steps, complainants' details and who handles each stage. */
  CASES_WRITE: ['COMPLAINTS_OFFICER'],
  /**
   * Complainants' details (name, contact details, relationship to the child, adjustments) and finding
   * contacts by name or by words in them: officers, and service managers for their areas' cases only.
   * Never in aggregates, exports or embeds, whoever asks.
   */
  COMPLAINANTS_READ: ['COMPLAINTS_OFFICER', 'SERVICE_MANAGER'],
  /** Counts, trends and the annual report: no personal details. */
  AGGREGATES: ['ANALYST', 'COMPLAINTS_OFFICER', 'SERVICE_MANAGER'],
  /** Learning-from-complaints actions. Managers may change only their areas' actions; analysts read only. */
  ACTIONS_READ: ['ANALYST', 'COMPLAINTS_OFFICER', 'SERVICE_MANAGER'],
  ACTIONS_WRITE: ['COMPLAINTS_OFFICER', 'SERVICE_MANAGER'],
  /** Users and reference data. */
  ADMINISTRATION: ['ADMIN'],
  /** Social care activity figures for table 6 (entered or imported per year). */
  SERVICE_ACTIVITY_WRITE: ['ADMIN', 'COMPLAINTS_OFFICER'],
  /** Publish a saved chart as an intranet embed (readers never sign in; figures under disclosure control). */
  EMBEDS_PUBLISH: ['ANALYST', 'COMPLAINTS_OFFICER'],
  /** The embed register: administrators manage every embed (never seeing its figures), the others the embeds they made or of charts they own. */
  EMBEDS_REGISTER: ['ADMIN', 'ANALYST', 'COMPLAINTS_OFFICER', 'SERVICE_MANAGER'],
} as const satisfies Record<string, readonly Role[]>;

export type Access = (typeof ACCESS)[keyof typeof ACCESS];

export function mayUse(role: Role, access: readonly Role[]): boolean {
  return access.includes(role);
}
