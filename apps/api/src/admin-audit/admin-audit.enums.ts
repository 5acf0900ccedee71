/** What the administrative audit log records: the kind of change, and the kind of thing changed. */
import { registerEnumType } from 'type-graphql';

export enum AdminAction {
  USER_CREATED = 'USER_CREATED',
  USER_UPDATED = 'USER_UPDATED',
  USER_DEACTIVATED = 'USER_DEACTIVATED',
  USER_REACTIVATED = 'USER_REACTIVATED',
  USER_PASSWORD_RESET = 'USER_PASSWORD_RESET',
  OWN_PASSWORD_CHANGED = 'OWN_PASSWORD_CHANGED',
  SIGN_IN_LIMITS_CLEARED = 'SIGN_IN_LIMITS_CLEARED',
  REFERENCE_ADDED = 'REFERENCE_ADDED',
  REFERENCE_UPDATED = 'REFERENCE_UPDATED',
  REFERENCE_RETIRED = 'REFERENCE_RETIRED',
  REFERENCE_REINSTATED = 'REFERENCE_REINSTATED',
  RETENTION_PERIOD_CHANGED = 'RETENTION_PERIOD_CHANGED',
  RECORD_ANONYMISED = 'RECORD_ANONYMISED',
}

registerEnumType(AdminAction, { name: 'AdminAction', description: 'A kind of administrative change.' });

export enum AuditTargetType {
  USER = 'USER',
  RECORD_TYPE = 'RECORD_TYPE',
  CHANNEL = 'CHANNEL',
  DIVISION = 'DIVISION',
  SERVICE_AREA = 'SERVICE_AREA',
  ISSUE_CATEGORY = 'ISSUE_CATEGORY',
  ISSUE = 'ISSUE',
  INFORMATION_REQUEST_KIND = 'INFORMATION_REQUEST_KIND',
  CONTACT = 'CONTACT',
  INFORMATION_REQUEST = 'INFORMATION_REQUEST',
}

registerEnumType(AuditTargetType, {
  name: 'AuditTargetType',
  description: 'What an administrative change was made to: a user account, a kind of reference data (or of information request, for its retention period), or a contact or information request anonymised.',
});
