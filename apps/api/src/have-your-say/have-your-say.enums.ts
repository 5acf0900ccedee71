/** GraphQL enums for "Have your say"; the words are @complaints/domain's (have-your-say/have-your-say). */
import { HAVE_YOUR_SAY_AGE_GROUPS, HAVE_YOUR_SAY_CONTACT_METHODS, HAVE_YOUR_SAY_STATUSES } from '@complaints/domain';
import { codeEnum } from '../graphql/code-enum';

export const HaveYourSayContactMethod = codeEnum(HAVE_YOUR_SAY_CONTACT_METHODS, 'HaveYourSayContactMethod', 'How a young person would like the team to get in touch.');
export const HaveYourSayAgeGroup = codeEnum(HAVE_YOUR_SAY_AGE_GROUPS, 'HaveYourSayAgeGroup', 'The age group a young person gave, if they gave one.');
export const HaveYourSayStatus = codeEnum(HAVE_YOUR_SAY_STATUSES, 'HaveYourSayStatus', 'Where a "Have your say" submission stands in triage.');

export type { HaveYourSayAgeGroup as HaveYourSayAgeGroupCode, HaveYourSayContactMethod as HaveYourSayContactMethodCode } from '@complaints/domain';
export type { HaveYourSayStatus as HaveYourSayStatusCode } from '@complaints/domain';
