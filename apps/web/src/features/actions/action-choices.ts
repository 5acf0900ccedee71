/**
 * The choices the action forms offer. Whether a person may change a given
 * action comes from the API (`viewerCan`); these only shape the form. Pure.
 */
import type { Role } from '../../graphql/graphql';

export interface Writer {
  role: Role;
  /** Codes of a service manager's service areas. */
  serviceAreas: readonly string[];
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
