/** GraphQL enums for finding contacts; the words are @complaints/domain's (cases/case-vocabulary). */
import { CASEWORK_SORTS, CONTACT_SORTS, CONTACT_STATUS_HINTS, CONTACT_STATUSES, PREFERRED_CONTACT_METHODS } from '@complaints/domain';
import { codeEnum } from '../graphql/code-enum';

export const ContactStatus = codeEnum(CONTACT_STATUSES, 'ContactStatus', 'Where a contact stands.', CONTACT_STATUS_HINTS);
export const ContactSort = codeEnum(CONTACT_SORTS, 'ContactSort', 'Orders of the contacts list.');
export const CaseworkSort = codeEnum(CASEWORK_SORTS, 'CaseworkSort', 'Orders of the casework queue.');
export const PreferredContactMethod = codeEnum(PREFERRED_CONTACT_METHODS, 'PreferredContactMethod', 'How the complainant would like to be contacted.');

export type { CaseworkSort as CaseworkSortCode, ContactSort as ContactSortCode, ContactStatus as ContactStatusCode } from '@complaints/domain';
export type { PreferredContactMethod as PreferredContactMethodCode } from '@complaints/domain';
