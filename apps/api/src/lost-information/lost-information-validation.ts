/**
 * Checks an incident input and turns it into the row to save, or into the
 * problems found, each naming its field (BAD_USER_INPUT). The consistency
 * rules are @complaints/domain's incidentProblems, which the web form shows too.
 */
import {
  ENCRYPTION_STATES,
  financialYearOf,
  icoDeadline,
  INCIDENT_ACTION_KINDS,
  INCIDENT_FORMATS,
  incidentProblems,
  isIsoDate,
  londonLocalDateTime,
  type IncidentActionKind,
} from '@complaints/domain';
import type { FieldProblem } from '../graphql/errors';
import type { ReferenceCatalog } from '../reference/reference-catalog';
import { retiredCodeProblems } from '../reference/reference-catalog';
import type { LostInformationIncident } from './lost-information-incident.entity';
import type { LostInformationIncidentInput } from './lost-information.inputs';

export const MAX_TEXT = 2000;
export const MAX_NAME = 200;
export const MAX_ACTIONS = 50;
export const MAX_LEARNING_ACTIONS = 20;

type IncidentColumns = Omit<LostInformationIncident, 'id' | 'reference' | 'referenceKey' | 'createdAt' | 'updatedAt' | 'serviceAreaRelation'>;

export interface PreparedIncident {
  row: IncidentColumns;
  actions: Array<{ kind: IncidentActionKind; description: string; takenOn: string; position: number }>;
  learningActionIds: number[];
}

const trimmed = (value: string | null | undefined): string | null => value?.trim() || null;

function isValidDate(value: Date | null | undefined): boolean {
  return value == null || (value instanceof Date && !Number.isNaN(value.getTime()));
}

/** London's calendar date of an instant. */
export function londonDate(instant: Date): string {
  return londonLocalDateTime(instant).slice(0, 10);
}

export function prepareIncident(
  input: LostInformationIncidentInput,
  catalog: ReferenceCatalog,
  now: Date,
): { ok: true; value: PreparedIncident } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  for (const field of ['occurredAt', 'discoveredAt', 'icoDecidedAt', 'icoNotifiedAt'] as const) {
    if (!isValidDate(input[field])) problems.push({ field, message: 'must be a date and time' });
  }
  if (problems.length) return { ok: false, problems };

  const dataDescription = trimmed(input.dataDescription);
  if (!dataDescription) problems.push({ field: 'dataDescription', message: 'say what information was lost' });
  else if (dataDescription.length > MAX_TEXT) problems.push({ field: 'dataDescription', message: `must be at most ${MAX_TEXT} characters` });
  const reportedBy = trimmed(input.reportedBy);
  if (!reportedBy) problems.push({ field: 'reportedBy', message: 'say who reported it' });
  else if (reportedBy.length > MAX_NAME) problems.push({ field: 'reportedBy', message: `must be at most ${MAX_NAME} characters` });
  if (!(input.format in INCIDENT_FORMATS)) problems.push({ field: 'format', message: 'is not a known format' });
  if (!(input.encrypted in ENCRYPTION_STATES)) problems.push({ field: 'encrypted', message: 'is not a known answer' });
  for (const field of ['icoDecisionReason', 'subjectsDecisionReason', 'lessonsLearned'] as const) {
    if ((input[field]?.length ?? 0) > MAX_TEXT) problems.push({ field, message: `must be at most ${MAX_TEXT} characters` });
  }
  if (input.subjectsToldOn != null && !isIsoDate(input.subjectsToldOn)) problems.push({ field: 'subjectsToldOn', message: 'must be a date' });
  if (input.closedOn != null && !isIsoDate(input.closedOn)) problems.push({ field: 'closedOn', message: 'must be a date' });

  const discoveredOn = londonDate(input.discoveredAt);
  const area = catalog.serviceAreas.byCode.get(input.serviceArea);
  if (!area) problems.push({ field: 'serviceArea', message: `'${input.serviceArea}' is not a service area` });
  else retiredCodeProblems('serviceArea', [input.serviceArea], catalog.serviceAreas, discoveredOn, problems);

  const actions = (input.actions ?? []).map((a, i) => ({ kind: a.kind, description: a.description?.trim() ?? '', takenOn: a.takenOn, position: i }));
  if (actions.length > MAX_ACTIONS) problems.push({ field: 'actions', message: `at most ${MAX_ACTIONS} actions` });
  actions.forEach((a, i) => {
    if (!(a.kind in INCIDENT_ACTION_KINDS)) problems.push({ field: `actions.${i}.kind`, message: 'is not a known kind of action' });
    if (!a.description) problems.push({ field: `actions.${i}.description`, message: 'say what was done' });
    else if (a.description.length > MAX_TEXT) problems.push({ field: `actions.${i}.description`, message: `must be at most ${MAX_TEXT} characters` });
    if (!isIsoDate(a.takenOn)) problems.push({ field: `actions.${i}.takenOn`, message: 'must be a date' });
    else if (a.takenOn > londonDate(now)) problems.push({ field: `actions.${i}.takenOn`, message: 'cannot be in the future' });
  });

  const learningActionIds = [...new Set((input.learningActionIds ?? []).map(Number))];
  if (learningActionIds.some((id) => !Number.isSafeInteger(id) || id < 1)) problems.push({ field: 'learningActionIds', message: 'must name learning actions by their id' });
  if (learningActionIds.length > MAX_LEARNING_ACTIONS) problems.push({ field: 'learningActionIds', message: `at most ${MAX_LEARNING_ACTIONS}` });

  const facts = {
    occurredAt: input.occurredAt ?? null,
    discoveredAt: input.discoveredAt,
    peopleAffected: input.peopleAffected,
    likelihood: input.likelihood ?? null,
    severity: input.severity ?? null,
    icoDecision: input.icoDecision ?? null,
    icoDecisionReason: trimmed(input.icoDecisionReason),
    icoDecidedAt: input.icoDecidedAt ?? null,
    icoNotifiedAt: input.icoNotifiedAt ?? null,
    subjectsDecision: input.subjectsDecision ?? null,
    subjectsToldOn: input.subjectsToldOn ?? null,
    closedOn: input.closedOn ?? null,
  };
  problems.push(...incidentProblems(facts, now));
  if (problems.length || !area) return { ok: false, problems };

  // Stored to the second: MySQL's DATETIME keeps no fractions, so both dialects hold the same instant.
  const toSecond = (d: Date | null) => (d ? new Date(Math.floor(d.getTime() / 1000) * 1000) : null);
  const discoveredAt = toSecond(input.discoveredAt)!;
  return {
    ok: true,
    value: {
      row: {
        occurredAt: toSecond(facts.occurredAt),
        discoveredAt,
        discoveredFinancialYear: financialYearOf(discoveredOn),
        icoDueAt: icoDeadline(discoveredAt),
        format: input.format,
        dataDescription: dataDescription!,
        peopleAffected: input.peopleAffected,
        encrypted: input.encrypted,
        reportedBy: reportedBy!,
        serviceAreaId: area.id,
        likelihood: facts.likelihood,
        severity: facts.severity,
        icoDecision: facts.icoDecision,
        icoDecisionReason: facts.icoDecisionReason,
        icoDecidedAt: toSecond(facts.icoDecidedAt),
        icoNotifiedAt: toSecond(facts.icoNotifiedAt),
        subjectsDecision: facts.subjectsDecision,
        subjectsDecisionReason: trimmed(input.subjectsDecisionReason),
        subjectsToldOn: facts.subjectsToldOn,
        lessonsLearned: trimmed(input.lessonsLearned),
        closedOn: facts.closedOn,
      },
      actions,
      learningActionIds,
    },
  };
}
