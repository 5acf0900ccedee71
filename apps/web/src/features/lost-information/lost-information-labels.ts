import { ENCRYPTION_STATES, ICO_DECISIONS, INCIDENT_ACTION_KINDS, INCIDENT_FORMATS, RISK_LEVELS, SUBJECTS_DECISIONS } from '@complaints/domain';

export { ENCRYPTION_STATES, ICO_DECISIONS, INCIDENT_ACTION_KINDS, INCIDENT_FORMATS, RISK_LEVELS, SUBJECTS_DECISIONS };

export const REGISTER_PATH = '/lost-information';
export const incidentPath = (id: string) => `${REGISTER_PATH}/${id}`;

/** Options for a select or radios from a label map, in its order. */
export function optionsOf<T extends Record<string, string>>(labels: T): Array<{ value: keyof T & string; label: string }> {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}
