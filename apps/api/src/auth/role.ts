import { ACCESS as DOMAIN_ACCESS, ROLES } from '@complaints/domain';
import { registerEnumType } from 'type-graphql';

/** What a user may do (an object whose values are the role codes); the roles and their access are defined in @complaints/domain. */
export const Role = Object.fromEntries(Object.keys(ROLES).map((code) => [code, code])) as { readonly [K in keyof typeof ROLES]: K };
export type Role = keyof typeof ROLES;

registerEnumType(Role, { name: 'Role', description: 'What a user may do.' });

/** Who may use each part of the product; resolvers name one of these, not ad-hoc lists. */
export const ACCESS = DOMAIN_ACCESS;
