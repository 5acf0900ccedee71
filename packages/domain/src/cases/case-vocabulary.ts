/**
 * Words and keys for finding a case and the people on it, shared by the API
 * (GraphQL enums, validation) and the web app (labels, addresses): a contact's
 * web address, where a contact stands, how to sort the list, the officers'
 * roles per stage and the complainant's preferred way of being contacted.
 */
import { referenceKey } from '../reference/reference-key';

/** The web address of a contact's page: `/cases/CS-2009-0123` for CS/2009/0123 (its referenceKey). */
export function contactPath(reference: string): string {
  return `/cases/${encodeURIComponent(referenceKey(reference))}`;
}

/**
 * Keys the web app's own pages use under /cases/, which no reference may take
 * (its address would open the page instead of the contact).
 */
export const RESERVED_REFERENCE_KEYS: readonly string[] = ['NEW', 'FIND'];

/** Where a contact stands (stored with it, recomputed at every step). */
export const CONTACT_STATUSES = {
  OPEN: 'Open',
  CLOSED: 'Closed',
  WITHDRAWN: 'Withdrawn',
} as const;
export type ContactStatus = keyof typeof CONTACT_STATUSES;

/** What each status means, for hints and the API's descriptions. */
export const CONTACT_STATUS_HINTS: Readonly<Record<ContactStatus, string>> = {
  OPEN: 'A step is waiting: an acknowledgement, a response, or a Stage 2 or 3 step',
  CLOSED: 'Nothing is waiting (answered, or no reply was due)',
  WITHDRAWN: 'The complainant withdrew it',
};

/** Orders of the contacts list. Every one is a keyset order: page N costs what page 1 does. */
export const CONTACT_SORTS = {
  RECEIVED_NEWEST: 'Received, newest first',
  RECEIVED_OLDEST: 'Received, oldest first',
  DUE_SOONEST: 'Next step due, soonest first',
  REFERENCE: 'Reference',
} as const;
export type ContactSort = keyof typeof CONTACT_SORTS;

/** Orders of the casework queue. */
export const CASEWORK_SORTS = {
  DUE_DATE: 'Due date, most overdue first',
  RECEIVED_DATE: 'Date received, oldest first',
  REFERENCE: 'Reference',
} as const;
export type CaseworkSort = keyof typeof CASEWORK_SORTS;

/**
 * The officer's role at each stage a case can be assigned for: the Stage 1
 * handler (the handler of a contact that is not a complaint), the Stage 2
 * investigator, the Stage 3 review panel's organiser, the Ombudsman's contact.
 */
export const ASSIGNMENT_ROLES = {
  STAGE_1: 'Stage 1 handler',
  STAGE_2: 'Stage 2 investigator',
  STAGE_3: 'Stage 3 review panel organiser',
  OMBUDSMAN: 'Ombudsman enquiry handler',
} as const;
export type AssignmentStage = keyof typeof ASSIGNMENT_ROLES;

/** The officer's role at `stage`; for a contact that is not a complaint, simply its handler. */
export function assignmentRole(stage: AssignmentStage, isComplaint: boolean): string {
  return isComplaint ? ASSIGNMENT_ROLES[stage] : 'Handler';
}

/** How the complainant would like to be contacted. */
export const PREFERRED_CONTACT_METHODS = {
  EMAIL: 'Email',
  PHONE: 'Phone',
  TEXT_MESSAGE: 'Text message',
  LETTER: 'Letter',
  IN_PERSON: 'In person',
} as const;
export type PreferredContactMethod = keyof typeof PREFERRED_CONTACT_METHODS;

/** The longest values of the complainant's details (the API refuses longer ones; the web app says so first). */
export const COMPLAINANT_LIMITS = {
  name: 100,
  email: 254,
  phone: 40,
  address: 500,
  relationshipToChild: 100,
  reasonableAdjustments: 2_000,
} as const;

/**
 * The limits on what the contacts list is asked to find: a reference prefix
 * (the longest reference), a complainant's name (surname prefix, optional
 * given names before it) and words anywhere in the summary or the
 * complainant's details (matched with LIKE, so at least 3 characters).
 */
export const CONTACT_SEARCH_LIMITS = {
  reference: 40,
  complainantName: 100,
  textMin: 3,
  textMax: 100,
} as const;
