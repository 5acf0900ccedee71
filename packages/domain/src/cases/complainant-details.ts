/**
 * A complainant's details as the API stores them and the web app checks them
 * before sending: trimmed, blanks as nothing, each field within its limit, an
 * email address that looks like one, a phone number of digits, and the means
 * for the preferred way of contact. Problems never repeat the value given:
 * these are personal data, and messages travel further than the record does.
 */
import { isEmailAddress } from '../contact-details/email-address';
import { COMPLAINANT_LIMITS, PREFERRED_CONTACT_METHODS, type PreferredContactMethod } from './case-vocabulary';

export interface ComplainantDetails {
  givenName: string | null;
  familyName: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  relationshipToChild: string | null;
  preferredContactMethod: PreferredContactMethod | null;
  reasonableAdjustments: string | null;
}

export type ComplainantDetailsInput = { [K in keyof ComplainantDetails]?: string | null };
export type ComplainantField = keyof ComplainantDetails;

/**
 * A name's search key: its letters and digits only, accents removed, in upper
 * case ("O'Brien" → OBRIEN, "Zoë Smith-Jones" → ZOESMITHJONES).
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const PHONE = /^[0-9+()\s-]+$/;

const LIMITS: ReadonlyArray<[ComplainantField, number]> = [
  ['givenName', COMPLAINANT_LIMITS.name],
  ['familyName', COMPLAINANT_LIMITS.name],
  ['email', COMPLAINANT_LIMITS.email],
  ['phone', COMPLAINANT_LIMITS.phone],
  ['address', COMPLAINANT_LIMITS.address],
  ['relationshipToChild', COMPLAINANT_LIMITS.relationshipToChild],
  ['reasonableAdjustments', COMPLAINANT_LIMITS.reasonableAdjustments],
];

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** The details in their stored form, and every problem (field, message) in the order of the fields. */
export function checkComplainantDetails(input: ComplainantDetailsInput): { details: ComplainantDetails; problems: Array<{ field: ComplainantField; message: string }> } {
  const method = text(input.preferredContactMethod);
  const details: ComplainantDetails = {
    givenName: text(input.givenName),
    familyName: text(input.familyName) ?? '',
    email: text(input.email),
    phone: text(input.phone),
    address: text(input.address),
    relationshipToChild: text(input.relationshipToChild),
    preferredContactMethod: method as PreferredContactMethod | null,
    reasonableAdjustments: text(input.reasonableAdjustments),
  };
  const problems: Array<{ field: ComplainantField; message: string }> = [];
  for (const [field, limit] of LIMITS) {
    const value = details[field];
    if (typeof value === 'string' && value.length > limit) problems.push({ field, message: `must be ${limit.toLocaleString('en-GB')} characters or fewer` });
  }
  if (!details.familyName) problems.push({ field: 'familyName', message: 'is required' });
  else if (!nameKey(details.familyName)) problems.push({ field: 'familyName', message: 'must contain a letter' });
  if (details.email && !isEmailAddress(details.email)) problems.push({ field: 'email', message: 'must be an email address, like name@example.com' });
  if (details.phone && (!PHONE.test(details.phone) || details.phone.replace(/\D/g, '').length < 6)) {
    problems.push({ field: 'phone', message: 'must be a phone number: digits, spaces and + ( ) - only' });
  }
  if (method !== null && !(method in PREFERRED_CONTACT_METHODS)) {
    problems.push({ field: 'preferredContactMethod', message: 'is not a way of contacting someone' });
  } else if ((method === 'EMAIL' && !details.email) || ((method === 'PHONE' || method === 'TEXT_MESSAGE') && !details.phone) || (method === 'LETTER' && !details.address)) {
    const needed = method === 'EMAIL' ? 'an email address' : method === 'LETTER' ? 'an address' : 'a phone number';
    problems.push({ field: 'preferredContactMethod', message: `needs ${needed} to contact them by` });
  }
  return { details, problems };
}
