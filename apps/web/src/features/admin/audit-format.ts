/**
 * How the audit log page writes an entry: who, what, and each change in words.
 * Pure (tested in audit-format.test.ts).
 */
import { isIsoDate, ROLES, type Role } from '@complaints/domain';
import type { AuditTargetType } from '../../graphql/graphql';
import { formatDate } from '../actions/action-format';
import { AUDIT_FIELD_LABELS, AUDIT_TARGET_LABELS } from './admin-labels';

const AUDIT_TARGET_TYPES = Object.keys(AUDIT_TARGET_LABELS) as AuditTargetType[];

export function isAuditTargetType(value: string | null): value is AuditTargetType {
  return value !== null && (AUDIT_TARGET_TYPES as string[]).includes(value);
}

/** Who made a change: their email, or the command that makes the first administrator. */
export function actorText(actorEmail: string | null): string {
  return actorEmail ?? 'The create-admin command';
}

export function fieldLabel(field: string): string {
  return AUDIT_FIELD_LABELS[field] ?? field;
}

/** A value in words: role codes as role names, dates as people write them, nothing as 'none'. */
export function valueText(field: string, value: string | null): string {
  if (value === null || value === '') return 'none';
  if (field === 'role' && value in ROLES) return ROLES[value as Role];
  if (isIsoDate(value)) return formatDate(value);
  return value;
}

/** 'Name: Ann → Ann Lee'; a created item's field as 'Name: Ann'. */
export function changeText(change: { field: string; before: string | null; after: string | null }, created: boolean): string {
  const label = fieldLabel(change.field);
  if (created) return `${label}: ${valueText(change.field, change.after)}`;
  return `${label}: ${valueText(change.field, change.before)} → ${valueText(change.field, change.after)}`;
}

export function targetText(targetType: AuditTargetType, targetLabel: string): string {
  return `${AUDIT_TARGET_LABELS[targetType]}: ${targetLabel}`;
}
