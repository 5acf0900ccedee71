/**
 * Words for the administration pages' codes, typed by the schema's enums so a
 * new value fails the typecheck until it has words.
 */
import type { AdminAction, AuditTargetType } from '../../graphql/graphql';

export const ADMIN_ACTION_LABELS: Readonly<Record<AdminAction, string>> = {
  USER_CREATED: 'Account created',
  USER_UPDATED: 'Account changed',
  USER_DEACTIVATED: 'Account deactivated',
  USER_REACTIVATED: 'Account reactivated',
  USER_PASSWORD_RESET: 'Password reset',
  OWN_PASSWORD_CHANGED: 'Own password changed',
  SIGN_IN_LIMITS_CLEARED: 'Sign-in lock lifted',
  REFERENCE_ADDED: 'Added',
  REFERENCE_UPDATED: 'Renamed or moved',
  REFERENCE_RETIRED: 'Retired',
  REFERENCE_REINSTATED: 'Put back in use',
  RETENTION_PERIOD_CHANGED: 'Retention period changed',
  RECORD_ANONYMISED: 'Anonymised',
};

export const AUDIT_TARGET_LABELS: Readonly<Record<AuditTargetType, string>> = {
  USER: 'User',
  RECORD_TYPE: 'Record type',
  CHANNEL: 'Channel',
  DIVISION: 'Division',
  SERVICE_AREA: 'Service area',
  ISSUE_CATEGORY: 'Issue category',
  ISSUE: 'Issue',
  INFORMATION_REQUEST_KIND: 'Kind of information request',
  CONTACT: 'Contact',
  INFORMATION_REQUEST: 'Information request',
};

/** The fields the audit log's snapshots name (users' and reference items'); others are shown as they are. */
export const AUDIT_FIELD_LABELS: Readonly<Record<string, string>> = {
  email: 'Email',
  name: 'Name',
  role: 'Role',
  serviceAreas: 'Service areas',
  active: 'Active',
  mustChangePassword: 'Must change password',
  code: 'Code',
  parent: 'Belongs to',
  group: 'Group',
  effectiveFrom: 'In force from',
  retiredFrom: 'Retired from',
  // A reorganisation's mapping (taxonomy.service.ts).
  mappedTo: 'Replaced by',
  mappingKind: 'How',
  rule: 'Rule for older records',
  retentionYears: 'Years kept after closure',
  closedOn: 'Closed',
  anonymisedOn: 'Anonymised',
};
