/**
 * The record types every council starts with, each in one record-type group.
 * The groups are rules, not just words: FORMAL_COMPLAINT (statutory, corporate,
 * school and LGO/Ombudsman complaints) is what the report's complaint tables
 * count and what needs an outcome when answered. Names can be edited by an admin; codes are stable.
 */
import type { RecordTypeGroup } from './vocabularies';

export interface RecordTypeDefinition {
  code: string;
  name: string;
  group: RecordTypeGroup;
}

/** The ten record types of table 3, in the table's order. */
export const RECORD_TYPES = [
  { code: 'COMMENT', name: 'Comment', group: 'REPRESENTATION_OR_COMMENT' },
  { code: 'COMPLIMENT', name: 'Compliment', group: 'COMPLIMENT' },
  { code: 'CORPORATE_COMPLAINT', name: 'Corporate complaint', group: 'FORMAL_COMPLAINT' },
  { code: 'CORRESPONDENCE_ENQUIRY', name: 'Correspondence/Enquiry', group: 'ENQUIRY' },
  { code: 'LGO_COMPLAINT', name: 'LGO Complaint', group: 'FORMAL_COMPLAINT' },
  { code: 'MP_CLLR_ENQUIRY', name: 'MP/Cllr Enquiry', group: 'ENQUIRY' },
  { code: 'REFERRAL', name: 'Referral', group: 'REFERRAL' },
  { code: 'REPRESENTATION', name: 'Representation', group: 'REPRESENTATION_OR_COMMENT' },
  { code: 'SCHOOL_COMPLAINT', name: 'School complaint', group: 'FORMAL_COMPLAINT' },
  { code: 'STATUTORY_COMPLAINT', name: 'Statutory complaint', group: 'FORMAL_COMPLAINT' },
] as const satisfies readonly RecordTypeDefinition[];
export type RecordTypeCode = (typeof RECORD_TYPES)[number]['code'];

/** The standard record types in a group, in table order. */
export function recordTypeCodesInGroup(group: RecordTypeGroup): RecordTypeCode[] {
  return RECORD_TYPES.filter((type) => type.group === group).map((type) => type.code);
}

/** Formal complaints need an outcome once their response is sent. */
export function isFormalComplaintGroup(group: RecordTypeGroup | string | null | undefined): boolean {
  return group === 'FORMAL_COMPLAINT';
}
