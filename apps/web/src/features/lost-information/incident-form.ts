/**
 * The register's form as plain values: what a new incident starts from, what
 * an existing one fills in, the checks made before sending (the same rules as
 * the API's, from @complaints/domain), and the API input. Times are typed in
 * London time (datetime-local) and sent as UTC instants.
 */
import {
  incidentProblems,
  instantFromLondonLocal,
  isIsoDate,
  type EncryptionState,
  type IcoDecision,
  type IncidentActionKind,
  type IncidentFormat,
  type SubjectsDecision,
} from '@complaints/domain';
import type { LostInformationIncidentInput } from '../../graphql/graphql';
import type { FormErrors } from '../cases/form-errors';
import { localInputValue } from './incident-clock';
import type { IncidentData } from './useLostInformation';

export interface ActionValues {
  kind: IncidentActionKind | '';
  description: string;
  takenOn: string;
}

export interface IncidentFormValues {
  reference: string;
  occurredAt: string;
  discoveredAt: string;
  format: IncidentFormat | '';
  dataDescription: string;
  peopleAffected: string;
  encrypted: EncryptionState | '';
  reportedBy: string;
  serviceArea: string;
  likelihood: string;
  severity: string;
  icoDecision: IcoDecision | '';
  icoDecisionReason: string;
  icoDecidedAt: string;
  icoNotifiedAt: string;
  subjectsDecision: SubjectsDecision | '';
  subjectsDecisionReason: string;
  subjectsToldOn: string;
  actions: ActionValues[];
  lessonsLearned: string;
  learningActionIds: string[];
  closedOn: string;
}

export const EMPTY_INCIDENT_FORM: IncidentFormValues = {
  reference: '',
  occurredAt: '',
  discoveredAt: '',
  format: '',
  dataDescription: '',
  peopleAffected: '',
  encrypted: '',
  reportedBy: '',
  serviceArea: '',
  likelihood: '',
  severity: '',
  icoDecision: '',
  icoDecisionReason: '',
  icoDecidedAt: '',
  icoNotifiedAt: '',
  subjectsDecision: '',
  subjectsDecisionReason: '',
  subjectsToldOn: '',
  actions: [],
  lessonsLearned: '',
  learningActionIds: [],
  closedOn: '',
};

/** The API's field names for the form's fields, with the words people see for each (for its messages). */
export const INCIDENT_FIELD_NAMES = {
  reference: 'Reference',
  occurredAt: 'When it happened',
  discoveredAt: 'When it was discovered',
  format: 'Format',
  dataDescription: 'What information was lost',
  peopleAffected: 'About how many people',
  encrypted: 'Encrypted',
  reportedBy: 'Reported by',
  serviceArea: 'Service area',
  likelihood: 'Likelihood of harm',
  severity: 'Severity of harm',
  icoDecision: 'ICO decision',
  icoDecisionReason: 'Reason for the ICO decision',
  icoDecidedAt: 'When the ICO decision was made',
  icoNotifiedAt: 'When the ICO was notified',
  subjectsDecision: 'Telling the people affected',
  subjectsDecisionReason: 'Reason',
  subjectsToldOn: 'Date the people affected were told',
  actions: 'Containment and recovery actions',
  lessonsLearned: 'Lessons learned',
  learningActionIds: 'Learning actions',
  closedOn: 'Date closed',
} as const;
export type IncidentField = keyof typeof INCIDENT_FIELD_NAMES | `actions.${number}.${'kind' | 'description' | 'takenOn'}`;

/** The order the fields appear in, for the error summary (action rows after the list's own). */
export function fieldOrder(values: IncidentFormValues): IncidentField[] {
  const base = Object.keys(INCIDENT_FIELD_NAMES) as IncidentField[];
  const actionFields = values.actions.flatMap((_, i) => (['kind', 'description', 'takenOn'] as const).map((f) => `actions.${i}.${f}` as IncidentField));
  const at = base.indexOf('actions') + 1;
  return [...base.slice(0, at), ...actionFields, ...base.slice(at)];
}

/** The element id of a field: API names with dots become ids without them (actions.0.kind → actions-0-kind). */
export const fieldId = (field: string) => field.replace(/\./g, '-');

export function fromIncident(i: IncidentData): IncidentFormValues {
  return {
    reference: i.reference,
    occurredAt: localInputValue(i.occurredAt),
    discoveredAt: localInputValue(i.discoveredAt),
    format: i.format,
    dataDescription: i.dataDescription,
    peopleAffected: String(i.peopleAffected),
    encrypted: i.encrypted,
    reportedBy: i.reportedBy,
    serviceArea: i.serviceArea?.code ?? '',
    likelihood: i.likelihood == null ? '' : String(i.likelihood),
    severity: i.severity == null ? '' : String(i.severity),
    icoDecision: i.icoDecision ?? '',
    icoDecisionReason: i.icoDecisionReason ?? '',
    icoDecidedAt: localInputValue(i.icoDecidedAt),
    icoNotifiedAt: localInputValue(i.icoNotifiedAt),
    subjectsDecision: i.subjectsDecision ?? '',
    subjectsDecisionReason: i.subjectsDecisionReason ?? '',
    subjectsToldOn: i.subjectsToldOn ?? '',
    actions: i.actions.map((a) => ({ kind: a.kind, description: a.description, takenOn: a.takenOn })),
    lessonsLearned: i.lessonsLearned ?? '',
    learningActionIds: i.learningActions.map((a) => a.id),
    closedOn: i.closedOn ?? '',
  };
}

const TIME_FIELDS = ['occurredAt', 'discoveredAt', 'icoDecidedAt', 'icoNotifiedAt'] as const;
const orNull = (value: string) => value.trim() || null;
const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value));
const instant = (value: string) => (value ? instantFromLondonLocal(value) : null);

/** Problems found before sending, each beside its field; nothing is sent while there are any. */
export function validateIncidentForm(values: IncidentFormValues, now: Date): FormErrors<IncidentField> {
  const fields: Partial<Record<IncidentField, string>> = {};
  const set = (field: IncidentField, message: string) => {
    fields[field] ??= message;
  };
  if (!values.discoveredAt) set('discoveredAt', 'Enter the date and time the loss was discovered');
  for (const field of TIME_FIELDS) {
    if (values[field] && !instant(values[field])) set(field, `${INCIDENT_FIELD_NAMES[field]} must be a real date and time`);
  }
  if (!values.format) set('format', 'Select the format the information was in');
  if (!values.dataDescription.trim()) set('dataDescription', 'Say what information was lost');
  if (!/^\d+$/.test(values.peopleAffected.trim())) set('peopleAffected', 'Enter about how many people, as a whole number');
  if (!values.encrypted) set('encrypted', 'Select whether it was encrypted');
  if (!values.reportedBy.trim()) set('reportedBy', 'Enter who reported it');
  if (!values.serviceArea) set('serviceArea', 'Select the service area');
  if (values.subjectsToldOn && !isIsoDate(values.subjectsToldOn)) set('subjectsToldOn', 'Enter a real date');
  if (values.closedOn && !isIsoDate(values.closedOn)) set('closedOn', 'Enter a real date');
  values.actions.forEach((a, i) => {
    if (!a.kind) set(`actions.${i}.kind`, `Select the kind of action ${i + 1}`);
    if (!a.description.trim()) set(`actions.${i}.description`, `Say what was done in action ${i + 1}`);
    if (!isIsoDate(a.takenOn)) set(`actions.${i}.takenOn`, `Enter the date action ${i + 1} was taken`);
  });
  const discovered = instant(values.discoveredAt);
  if (discovered && !Object.keys(fields).length) {
    for (const p of incidentProblems(
      {
        discoveredAt: discovered,
        occurredAt: instant(values.occurredAt),
        peopleAffected: numberOrNull(values.peopleAffected),
        likelihood: numberOrNull(values.likelihood),
        severity: numberOrNull(values.severity),
        icoDecision: values.icoDecision || null,
        icoDecisionReason: orNull(values.icoDecisionReason),
        icoDecidedAt: instant(values.icoDecidedAt),
        icoNotifiedAt: instant(values.icoNotifiedAt),
        subjectsDecision: values.subjectsDecision || null,
        subjectsToldOn: orNull(values.subjectsToldOn),
        closedOn: orNull(values.closedOn),
      },
      now,
    )) {
      const name = INCIDENT_FIELD_NAMES[p.field as keyof typeof INCIDENT_FIELD_NAMES] ?? 'This';
      set(p.field as IncidentField, sentence(name, p.message));
    }
  }
  return { fields, form: [] };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The domain's terse rule as a sentence about the field: 'cannot be in the future' → 'Date closed cannot be in the future'. */
function sentence(name: string, message: string): string {
  if (/^(cannot|must|needs|is)\b/.test(message)) return `${name} ${message}`;
  if (/^only\b/.test(message)) return `${name}: ${message}`;
  return capitalise(message);
}

export function incidentInput(values: IncidentFormValues): LostInformationIncidentInput {
  const iso = (value: string) => instant(value)?.toISOString() ?? null;
  return {
    reference: orNull(values.reference),
    occurredAt: iso(values.occurredAt),
    discoveredAt: iso(values.discoveredAt)!,
    format: values.format as IncidentFormat,
    dataDescription: values.dataDescription.trim(),
    peopleAffected: Number(values.peopleAffected),
    encrypted: values.encrypted as EncryptionState,
    reportedBy: values.reportedBy.trim(),
    serviceArea: values.serviceArea,
    likelihood: numberOrNull(values.likelihood),
    severity: numberOrNull(values.severity),
    icoDecision: values.icoDecision || null,
    icoDecisionReason: orNull(values.icoDecisionReason),
    icoDecidedAt: iso(values.icoDecidedAt),
    icoNotifiedAt: iso(values.icoNotifiedAt),
    subjectsDecision: values.subjectsDecision || null,
    subjectsDecisionReason: orNull(values.subjectsDecisionReason),
    subjectsToldOn: orNull(values.subjectsToldOn),
    actions: values.actions.map((a) => ({ kind: a.kind as IncidentActionKind, description: a.description.trim(), takenOn: a.takenOn })),
    lessonsLearned: orNull(values.lessonsLearned),
    learningActionIds: values.learningActionIds,
    closedOn: orNull(values.closedOn),
  };
}
