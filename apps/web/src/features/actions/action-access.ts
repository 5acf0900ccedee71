/**
 * Who may change which action: the web app's mirror of the API's rule
 * (apps/api/src/actions/learning-action.errors.ts mayChange) so it offers
 * controls only to people the API would let use them. Pure.
 */
import { ACCESS, mayUse } from '../../app/access';
import type { Role } from '../../graphql/graphql';

export interface Writer {
  role: Role;
  /** Codes of a service manager's service areas. */
  serviceAreas: readonly string[];
}

/** May this person record actions at all (officers and managers; analysts read only)? */
export function mayWriteActions(user: Writer): boolean {
  return mayUse(user.role, ACCESS.ACTIONS_WRITE);
}

/** May this person change an action in this service area? Managers only in their own areas. */
export function mayChangeAction(user: Writer, serviceArea: string | null): boolean {
  if (!mayWriteActions(user)) return false;
  if (user.role !== 'SERVICE_MANAGER') return true;
  return serviceArea !== null && user.serviceAreas.includes(serviceArea);
}

/** The service areas this person may put an action in; null means any (and none). */
export function allowedServiceAreas(user: Writer): readonly string[] | null {
  return user.role === 'SERVICE_MANAGER' ? user.serviceAreas : null;
}

export interface Choice {
  value: string;
  label: string;
}

type Reference = { code: string; name: string };

const withCurrent = (list: readonly Reference[], current: Reference | null): Reference[] =>
  current && !list.some((item) => item.code === current.code) ? [...list, current] : [...list];

/**
 * The service areas the form offers: every one (or none) for officers; only
 * their own for managers, who must choose one ("Choose…" first when they have several).
 */
export function serviceAreaChoices(all: readonly Reference[], user: Writer, current: Reference | null): Choice[] {
  const allowed = allowedServiceAreas(user);
  const areas = withCurrent(allowed === null ? all : all.filter((area) => allowed.includes(area.code)), current);
  const choices = areas.map((area) => ({ value: area.code, label: area.name }));
  if (allowed === null) return [{ value: '', label: 'Not set' }, ...choices];
  return current || choices.length === 1 ? choices : [{ value: '', label: 'Choose a service area' }, ...choices];
}

export function issueCategoryChoices(all: readonly Reference[], current: Reference | null): Choice[] {
  return [{ value: '', label: 'Not set' }, ...withCurrent(all, current).map((c) => ({ value: c.code, label: c.name }))];
}
