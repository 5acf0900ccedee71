/**
 * Who made each contact: a plausible mix per record type. MP/Cllr enquiries
 * come from MPs and councillors. No 2009/10 contact is from a child or young
 * person (table 6, 12.3); a plan can name a few statutory complaints that were.
 */
import type { ComplainantType, RecordTypeCode } from '../reference/reference-data';
import type { DemoContact } from './demo-dataset.types';
import type { Random } from './seeded-random';
import type { Counts } from './year-plan.types';

/** Relative weights, not counts. */
const COMPLAINANT_MIX: Record<RecordTypeCode, Counts<ComplainantType>> = {
  STATUTORY_COMPLAINT: { PARENT_OR_CARER: 70, RELATIVE: 14, ADVOCATE: 10, PROFESSIONAL: 3, MEMBER_OF_PUBLIC: 3 },
  CORPORATE_COMPLAINT: { PARENT_OR_CARER: 1 },
  SCHOOL_COMPLAINT: { PARENT_OR_CARER: 6, RELATIVE: 1 },
  LGO_COMPLAINT: { PARENT_OR_CARER: 1 },
  MP_CLLR_ENQUIRY: { MP_OR_COUNCILLOR: 1 },
  CORRESPONDENCE_ENQUIRY: { MEMBER_OF_PUBLIC: 1, PROFESSIONAL: 1 },
  REPRESENTATION: { PARENT_OR_CARER: 55, RELATIVE: 15, MEMBER_OF_PUBLIC: 15, PROFESSIONAL: 10, ADVOCATE: 5 },
  COMMENT: { PARENT_OR_CARER: 40, MEMBER_OF_PUBLIC: 35, PROFESSIONAL: 25 },
  REFERRAL: { MEMBER_OF_PUBLIC: 40, PROFESSIONAL: 40, RELATIVE: 20 },
  COMPLIMENT: { PARENT_OR_CARER: 55, RELATIVE: 15, PROFESSIONAL: 20, MEMBER_OF_PUBLIC: 10 },
};

export function assignComplainants(contacts: DemoContact[], complaintsByChildren: number, random: Random): void {
  for (const contact of contacts) contact.complainantType = random.weighted(COMPLAINANT_MIX[contact.recordType]);
  const statutory = contacts.filter((c) => c.recordType === 'STATUTORY_COMPLAINT');
  for (const complaint of random.shuffle(statutory).slice(0, complaintsByChildren)) {
    complaint.complainantType = 'CHILD_OR_YOUNG_PERSON';
  }
}
