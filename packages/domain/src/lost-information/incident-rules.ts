/**
 * The register's consistency rules, shared so the web form can say the same
 * thing the API refuses: each problem names the input field at fault.
 */
import { londonLocalDateTime } from './ico-clock';
import type { IcoDecision, SubjectsDecision } from './lost-information-vocabulary';
import { isRiskScore } from './lost-information-vocabulary';

export interface IncidentProblem {
  field: string;
  message: string;
}

export interface IncidentFacts {
  occurredAt?: Date | null;
  discoveredAt: Date;
  peopleAffected?: number | null;
  likelihood?: number | null;
  severity?: number | null;
  icoDecision?: IcoDecision | null;
  icoDecisionReason?: string | null;
  icoDecidedAt?: Date | null;
  icoNotifiedAt?: Date | null;
  subjectsDecision?: SubjectsDecision | null;
  subjectsToldOn?: string | null;
  closedOn?: string | null;
}

const time = (d: Date | null | undefined) => (d ? d.getTime() : null);

/** Problems with an incident as it would be saved; `now` bounds every time and date (nothing in the future). */
export function incidentProblems(f: IncidentFacts, now: Date): IncidentProblem[] {
  const problems: IncidentProblem[] = [];
  const discovered = f.discoveredAt.getTime();
  const nowMs = now.getTime();
  // Calendar dates are London's (the council's calendar), instants are compared as instants.
  const today = londonLocalDateTime(now).slice(0, 10);
  const discoveredOn = londonLocalDateTime(f.discoveredAt).slice(0, 10);
  if (discovered > nowMs) problems.push({ field: 'discoveredAt', message: 'cannot be in the future' });
  const occurred = time(f.occurredAt);
  if (occurred !== null && occurred > discovered) problems.push({ field: 'occurredAt', message: 'cannot be after it was discovered' });
  if (f.peopleAffected != null && (!Number.isInteger(f.peopleAffected) || f.peopleAffected < 0 || f.peopleAffected > 10_000_000)) {
    problems.push({ field: 'peopleAffected', message: 'must be a whole number of people, 0 or more' });
  }
  if (f.likelihood != null && !isRiskScore(f.likelihood)) problems.push({ field: 'likelihood', message: 'must be 1 to 5' });
  if (f.severity != null && !isRiskScore(f.severity)) problems.push({ field: 'severity', message: 'must be 1 to 5' });
  if ((f.likelihood == null) !== (f.severity == null)) {
    problems.push({ field: f.likelihood == null ? 'likelihood' : 'severity', message: 'score likelihood and severity together' });
  }

  const decided = time(f.icoDecidedAt);
  const notified = time(f.icoNotifiedAt);
  if (!f.icoDecision && decided !== null) problems.push({ field: 'icoDecidedAt', message: 'needs the ICO decision it dates' });
  if (f.icoDecision && decided === null) problems.push({ field: 'icoDecidedAt', message: 'say when the ICO decision was made' });
  if (decided !== null && decided < discovered) problems.push({ field: 'icoDecidedAt', message: 'cannot be before the loss was discovered' });
  if (decided !== null && decided > nowMs) problems.push({ field: 'icoDecidedAt', message: 'cannot be in the future' });
  if (f.icoDecision === 'DO_NOT_NOTIFY' && !f.icoDecisionReason?.trim()) {
    problems.push({ field: 'icoDecisionReason', message: 'give the reason for not notifying the ICO' });
  }
  if (notified !== null && f.icoDecision !== 'NOTIFY') problems.push({ field: 'icoNotifiedAt', message: 'only when the decision is to notify the ICO' });
  if (notified !== null && decided !== null && notified < decided) problems.push({ field: 'icoNotifiedAt', message: 'cannot be before the decision to notify' });
  if (notified !== null && notified > nowMs) problems.push({ field: 'icoNotifiedAt', message: 'cannot be in the future' });

  if (f.subjectsToldOn && f.subjectsDecision !== 'TELL') problems.push({ field: 'subjectsToldOn', message: 'only when the decision is to tell the people affected' });
  if (f.subjectsToldOn && f.subjectsToldOn > today) problems.push({ field: 'subjectsToldOn', message: 'cannot be in the future' });
  if (f.subjectsToldOn && f.subjectsToldOn < discoveredOn) {
    problems.push({ field: 'subjectsToldOn', message: 'cannot be before the loss was discovered' });
  }

  if (f.closedOn) {
    if (f.closedOn > today) problems.push({ field: 'closedOn', message: 'cannot be in the future' });
    if (f.closedOn < discoveredOn) problems.push({ field: 'closedOn', message: 'cannot be before the loss was discovered' });
    if (!f.icoDecision) problems.push({ field: 'closedOn', message: 'record the ICO decision before closing' });
    else if (f.icoDecision === 'NOTIFY' && notified === null) problems.push({ field: 'closedOn', message: 'record when the ICO was notified before closing' });
    if (!f.subjectsDecision) problems.push({ field: 'closedOn', message: 'record whether the people affected are told before closing' });
    else if (f.subjectsDecision === 'TELL' && !f.subjectsToldOn) problems.push({ field: 'closedOn', message: 'record when the people affected were told before closing' });
  }
  return problems;
}
