/**
 * "Have your say" (report 12.3): what a child or young person may send from the
 * public page, and the checks both the page and the API make. Messages are in
 * plain words (reading age about 9) because the person reading them is a child;
 * they never repeat what was typed.
 */
import { checkComplainantDetails } from '../cases/complainant-details';

/** The longest values accepted, in characters. */
export const HAVE_YOUR_SAY_LIMITS = {
  whatHappened: 5_000,
  name: 100,
  contactDetails: 254,
} as const;

/** How they would like us to get in touch (a subset of the complainant's preferred contact methods). */
export const HAVE_YOUR_SAY_CONTACT_METHODS = {
  PHONE: 'Phone call',
  TEXT_MESSAGE: 'Text message',
  EMAIL: 'Email',
} as const;
export type HaveYourSayContactMethod = keyof typeof HAVE_YOUR_SAY_CONTACT_METHODS;

/** Age groups, if they want to say. Up to 25: care leavers keep a right to advice and advocacy. */
export const HAVE_YOUR_SAY_AGE_GROUPS = {
  UNDER_11: '10 or younger',
  AGE_11_TO_15: '11 to 15',
  AGE_16_TO_17: '16 or 17',
  AGE_18_TO_25: '18 to 25',
} as const;
export type HaveYourSayAgeGroup = keyof typeof HAVE_YOUR_SAY_AGE_GROUPS;

/** Where a triage item stands. */
export const HAVE_YOUR_SAY_STATUSES = {
  NEW: 'New',
  CONVERTED: 'Recorded as a contact',
  CLOSED: 'Closed',
} as const;
export type HaveYourSayStatus = keyof typeof HAVE_YOUR_SAY_STATUSES;

/** The longest reason an officer may give for closing an item. */
export const HAVE_YOUR_SAY_CLOSE_REASON_LIMIT = 1_000;

/** What happens next, said before sending and again after (short sentences, common words). */
export const HAVE_YOUR_SAY_NEXT_STEPS: readonly string[] = [
  'A person from our team will read what you wrote within 2 working days.',
  'If you told us how to reach you, they will get in touch to talk about it.',
  'If you asked for an advocate, we will find someone to help you say what you want to say.',
  'You will not get into trouble for telling us.',
];

/** What to do if they are not safe: real public numbers. */
export const HAVE_YOUR_SAY_DANGER_ADVICE =
  'If you are in danger now, call 999. You can talk to Childline at any time on 0800 1111. It is free.';

export interface HaveYourSayInput {
  whatHappened?: string | null;
  name?: string | null;
  contactMethod?: string | null;
  contactDetails?: string | null;
  wantsAdvocate?: boolean | null;
  ageGroup?: string | null;
}

export interface HaveYourSayFields {
  whatHappened: string;
  name: string | null;
  contactMethod: HaveYourSayContactMethod | null;
  contactDetails: string | null;
  wantsAdvocate: boolean | null;
  ageGroup: HaveYourSayAgeGroup | null;
}

export type HaveYourSayField = keyof HaveYourSayFields;

export interface HaveYourSayProblem {
  field: HaveYourSayField;
  message: string;
}

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

const number = (n: number) => n.toLocaleString('en-GB');

/** The values as stored (trimmed, blanks as nothing) and every problem, in the order of the form's fields. */
export function checkHaveYourSay(input: HaveYourSayInput): { fields: HaveYourSayFields; problems: HaveYourSayProblem[] } {
  const method = text(input.contactMethod);
  const age = text(input.ageGroup);
  const fields: HaveYourSayFields = {
    whatHappened: text(input.whatHappened) ?? '',
    name: text(input.name),
    contactMethod: method as HaveYourSayContactMethod | null,
    contactDetails: method ? text(input.contactDetails) : null,
    wantsAdvocate: input.wantsAdvocate ?? null,
    ageGroup: age as HaveYourSayAgeGroup | null,
  };
  const problems: HaveYourSayProblem[] = [];
  const tooLong = (field: HaveYourSayField, value: string | null, limit: number) => {
    if (value && value.length > limit) {
      problems.push({ field, message: `This is too long. Please use ${number(limit)} characters or fewer. You have used ${number(value.length)}.` });
    }
  };
  if (!fields.whatHappened) problems.push({ field: 'whatHappened', message: 'Please tell us what happened.' });
  tooLong('whatHappened', fields.whatHappened, HAVE_YOUR_SAY_LIMITS.whatHappened);
  tooLong('name', fields.name, HAVE_YOUR_SAY_LIMITS.name);
  if (method !== null && !(method in HAVE_YOUR_SAY_CONTACT_METHODS)) {
    problems.push({ field: 'contactMethod', message: 'Please choose phone call, text message or email.' });
  } else if (method !== null) {
    const details = fields.contactDetails;
    if (!details) {
      problems.push({ field: 'contactDetails', message: method === 'EMAIL' ? 'Please tell us your email address.' : 'Please tell us your phone number.' });
    } else if (details.length > HAVE_YOUR_SAY_LIMITS.contactDetails) {
      tooLong('contactDetails', details, HAVE_YOUR_SAY_LIMITS.contactDetails);
    } else {
      // The same checks as a complainant's details, so the contact made from it will accept them.
      const check = checkComplainantDetails(method === 'EMAIL' ? { familyName: 'x', email: details } : { familyName: 'x', phone: details });
      if (check.problems.length) {
        problems.push({
          field: 'contactDetails',
          message: method === 'EMAIL' ? 'This does not look like an email address. It should look like name@example.com.' : 'This does not look like a phone number. Please use numbers only.',
        });
      }
    }
  }
  if (age !== null && !(age in HAVE_YOUR_SAY_AGE_GROUPS)) problems.push({ field: 'ageGroup', message: 'Please choose one of the age groups, or leave it.' });
  return { fields, problems };
}

/** The reference's prefix for a calendar year: HYS-2026-0001, HYS-2026-0002, … */
export function haveYourSayPrefix(year: number): string {
  return `HYS-${year}-`;
}
