/** GraphQL enums for "Have your say"; the words are @complaints/domain's (have-your-say/have-your-say). */
import { HAVE_YOUR_SAY_AGE_GROUPS, HAVE_YOUR_SAY_CONTACT_METHODS, HAVE_YOUR_SAY_STATUSES } from '@complaints/domain';
import { registerEnumType } from 'type-graphql';

function codeEnum<T extends Record<string, string>>(labels: T, name: string, description: string) {
  const values = Object.fromEntries(Object.keys(labels).map((k) => [k, k])) as { [K in keyof T]: K };
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries(labels).map(([k, label]) => [k, { description: label }])) as never,
  });
  return values;
}

export const HaveYourSayContactMethod = codeEnum(HAVE_YOUR_SAY_CONTACT_METHODS, 'HaveYourSayContactMethod', 'How a young person would like the team to get in touch.');
export const HaveYourSayAgeGroup = codeEnum(HAVE_YOUR_SAY_AGE_GROUPS, 'HaveYourSayAgeGroup', 'The age group a young person gave, if they gave one.');
export const HaveYourSayStatus = codeEnum(HAVE_YOUR_SAY_STATUSES, 'HaveYourSayStatus', 'Where a "Have your say" submission stands in triage.');

export type { HaveYourSayAgeGroup as HaveYourSayAgeGroupCode, HaveYourSayContactMethod as HaveYourSayContactMethodCode } from '@complaints/domain';
export type { HaveYourSayStatus as HaveYourSayStatusCode } from '@complaints/domain';
