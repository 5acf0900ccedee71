/**
 * Who may use each part of the product: the API's own table, from
 * @complaints/domain. The API enforces it; the web app only uses it to show
 * people what they may use. Routes name one of these, never ad-hoc lists.
 */
import { ACCESS, mayUse, ROLES } from '@complaints/domain';
import type { Role } from '../graphql/graphql';

export { ACCESS, mayUse, type Access } from '@complaints/domain';

/** Roles that see figures only under the disclosure rules (the Member Responsible for Complaints): derived from the table, not listed. */
export const DISCLOSED_FIGURES_ONLY: readonly Role[] = ACCESS.DISCLOSED_AGGREGATES.filter((role) => !mayUse(role, ACCESS.AGGREGATES));

/** How each role is named to people (header, home page); typed by the schema's Role, so a new role needs a name. */
export const ROLE_NAMES: Readonly<Record<Role, string>> = ROLES;
