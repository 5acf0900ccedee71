/**
 * Who made each contact: a plausible mix per record type. MP/Cllr enquiries
 * come from MPs and councillors. No 2009/10 contact is from a child or young
 * person (table 6, 12.3); a plan can name a few statutory complaints that were.
 */
import type { ComplainantType, RecordTypeCode } from '../reference/reference-data';
import type { DemoContact } from './demo-dataset.types';
import { seededRandom, type Random } from './seeded-random';
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

/*
 * Who each demo complainant is, as a person: a name, contact details, their
 * relationship to the child, how they like to be contacted and any adjustments
 * they need. Drawn from the contact's own stream (labelled by its reference),
 * so it never moves another part of the dataset or any published figure; the
 * loader attaches it to the contact. Every name and detail is invented: email
 * addresses are at example.com, and phone numbers are in Ofcom's ranges kept
 * for drama (020 7946 0xxx, 07700 900xxx).
 */
const GIVEN_NAMES = {
  female: [
    'Amelia', 'Olivia', 'Jessica', 'Emily', 'Sophie', 'Chloe', 'Charlotte', 'Lauren', 'Hannah', 'Rebecca', 'Sarah', 'Emma', 'Claire',
    'Nicola', 'Joanne', 'Karen', 'Michelle', 'Lisa', 'Donna', 'Tracey', 'Aisha', 'Fatima', 'Priya', 'Agnieszka', 'Siobhan',
  ],
  male: ['James', 'Jack', 'Thomas', 'Daniel', 'Matthew', 'David', 'Paul', 'Mark', 'Andrew', 'Richard', 'Steven', 'Craig', 'Darren', 'Lee', 'Gary', 'Mohammed', 'Imran', 'Tomasz', 'Kwame', 'Liam'],
} as const;
const FAMILY_NAMES = [
  'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson', 'Roberts', 'Robinson',
  'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall', 'Lewis', 'Harris', 'Clarke', 'Patel', 'Jackson',
  'Wood', 'Turner', 'Martin', 'Cooper', 'Hill', 'Ward', 'Morris', 'Moore', 'Clark', 'Lee', 'King', 'Baker', 'Harrison', 'Morgan',
  'Allen', "O'Brien", 'Khan', 'Ahmed', 'Kowalski', 'Nowak', 'Mensah', 'Okafor', 'Begum', 'Ali', 'Murphy', 'Kelly', 'Scott',
  'Young', 'Mitchell', 'Campbell', 'Anderson', 'Stewart', 'Fletcher', 'Barker', 'Pearce',
];
const STREETS = ['Portswood Road', 'Shirley High Street', 'Bitterne Road West', 'Millbrook Road East', 'Woolston Road', 'Hill Lane', 'Bassett Avenue', 'Priory Road'];
/** Relationships by the complainant's given name's usual gender, where the word has one. */
const RELATIONSHIPS: Record<ComplainantType, Record<'female' | 'male', readonly string[]>> = {
  PARENT_OR_CARER: { female: ['Mother', 'Stepmother', 'Foster carer', 'Special guardian'], male: ['Father', 'Stepfather', 'Foster carer', 'Special guardian'] },
  CHILD_OR_YOUNG_PERSON: { female: ['The child or young person'], male: ['The child or young person'] },
  RELATIVE: { female: ['Grandmother', 'Aunt', 'Older sister'], male: ['Grandfather', 'Uncle', 'Older brother'] },
  ADVOCATE: { female: ['Advocate', 'Independent advocate'], male: ['Advocate', 'Independent advocate'] },
  MP_OR_COUNCILLOR: { female: ['Ward councillor', 'Member of Parliament'], male: ['Ward councillor', 'Member of Parliament'] },
  PROFESSIONAL: { female: ['Teacher', 'Health visitor', 'GP', 'School nurse'], male: ['Teacher', 'Health visitor', 'GP', 'School nurse'] },
  MEMBER_OF_PUBLIC: { female: ['Neighbour', 'Family friend', 'None'], male: ['Neighbour', 'Family friend', 'None'] },
};
const ADJUSTMENTS = ['Letters in large print', 'Interpreter needed (Polish)', 'Interpreter needed (Urdu)', 'Easy Read documents', 'Phone calls after 3pm only', 'British Sign Language interpreter'];

export interface DemoComplainant {
  givenName: string;
  familyName: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  relationshipToChild: string;
  preferredContactMethod: 'EMAIL' | 'PHONE' | 'LETTER' | 'TEXT_MESSAGE';
  reasonableAdjustments: string | null;
}

export function demoComplainant(contact: Pick<DemoContact, 'reference' | 'complainantType'>): DemoComplainant {
  const random = seededRandom(`complainant of ${contact.reference}`);
  const gender = random.chance(0.6) ? 'female' : 'male';
  const givenName = random.pick(GIVEN_NAMES[gender]);
  const familyName = random.pick(FAMILY_NAMES);
  const preferredContactMethod = random.weighted({ EMAIL: 45, PHONE: 30, LETTER: 15, TEXT_MESSAGE: 10 } as const);
  const mobile = `07700 900${String(random.int(0, 999)).padStart(3, '0')}`;
  const landline = `020 7946 0${String(random.int(0, 999)).padStart(3, '0')}`;
  const emailUser = `${givenName}.${familyName}`.toLowerCase().replace(/[^a-z.]/g, '');
  return {
    givenName: contact.complainantType === 'MP_OR_COUNCILLOR' ? `Cllr ${givenName}` : givenName,
    familyName,
    email: preferredContactMethod === 'EMAIL' || random.chance(0.4) ? `${emailUser}${random.int(1, 99)}@example.com` : null,
    phone: preferredContactMethod === 'PHONE' ? landline : preferredContactMethod === 'TEXT_MESSAGE' || random.chance(0.5) ? mobile : null,
    address: preferredContactMethod === 'LETTER' || random.chance(0.5) ? `${random.int(1, 180)} ${random.pick(STREETS)}, Southampton` : null,
    relationshipToChild: random.pick(RELATIONSHIPS[contact.complainantType][gender]),
    preferredContactMethod,
    reasonableAdjustments: random.chance(0.1) ? random.pick(ADJUSTMENTS) : null,
  };
}
