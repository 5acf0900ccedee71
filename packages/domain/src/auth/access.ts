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
  /**
   * The councillor who oversees complaint handling (Complaint Handling Code §9.5–9.7): volume, categories,
   * outcomes, timeliness and trends for both regimes, always under the disclosure rules; never a single complaint.
   */
  MEMBER: 'Member Responsible for Complaints',
} as const;
export type Role = keyof typeof ROLES;

export const ACCESS = {
  /** Any signed-in user (reference data, their own account). */
  SIGNED_IN: ['ADMIN', 'COMPLAINTS_OFFICER', 'SERVICE_MANAGER', 'ANALYST', 'MEMBER'],
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
  /**
   * Figures with the disclosure rules applied (small numbers suppressed): the disclosed trend, the Code's annual
   * report, the self-assessment and the Ombudsman's figures. The only figures the Member Responsible for Complaints
   * sees; no row of any case, no personal details.
   */
  DISCLOSED_AGGREGATES: ['ANALYST', 'COMPLAINTS_OFFICER', 'SERVICE_MANAGER', 'MEMBER'],
  /** The self-assessment against the Complaint Handling Code, its actions and approval, the governance body's response. */
  SELF_ASSESSMENT_WRITE: ['COMPLAINTS_OFFICER'],
  /** The Ombudsman's annual letter and its published per-council statistics (entered or imported), and the comparators. */
  OMBUDSMAN_WRITE: ['COMPLAINTS_OFFICER'],
  /** The lost-information register (12.2): personal data about a breach. Officers keep it; service managers read their areas' incidents. */
  LOST_INFORMATION_READ: ['COMPLAINTS_OFFICER', 'SERVICE_MANAGER'],
  LOST_INFORMATION_WRITE: ['COMPLAINTS_OFFICER'],
  /** Counts of lost-information incidents (by format, outcome, within 72 hours): no details of any incident. */
  LOST_INFORMATION_COUNTS: ['ANALYST', 'COMPLAINTS_OFFICER', 'SERVICE_MANAGER'],
  /**
   * The Complaint Handling Code's case records (issue 13): service requests, refusals, reasonable adjustments, points
   * raised, remedies, stage handlers and extensions, the regime and its override. Personal data: officers, and service
   * managers for their areas' cases only.
   */
  COMPLAINT_CODE_READ: ['COMPLAINTS_OFFICER', 'SERVICE_MANAGER'],
  COMPLAINT_CODE_WRITE: ['COMPLAINTS_OFFICER'],
  /** Counts of the Code's process (regimes, service requests, refusals by reason, timeliness, remedies by type): no case details. */
  COMPLAINT_CODE_COUNTS: ['ANALYST', 'COMPLAINTS_OFFICER', 'SERVICE_MANAGER'],
  /** Users and reference data. */
  ADMINISTRATION: ['ADMIN'],
  /** "Have your say" submissions from children and young people: read in their own words, then recorded as a contact or closed. */
  HAVE_YOUR_SAY_TRIAGE: ['COMPLAINTS_OFFICER'],
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
