/**
 * Who may be assigned to a contact, and for which stages. Pure: the caller
 * loads the contact, its escalations and the officer.
 *
 * A contact is handled at its first stage (STAGE_1, or OMBUDSMAN for a
 * complaint made to the Ombudsman; a contact that is not a complaint has just
 * this one handler) and at each stage it has been escalated to, so the Stage 2
 * investigator is recorded apart from the Stage 1 handler. An officer may be
 * assigned when they could read the case: an active complaints officer, or an
 * active service manager of one of the case's service areas.
 */
import type { AssignmentStage } from '@complaints/domain';
import { Role } from '../auth/role';
import type { FieldProblem } from '../graphql/errors';
import type { CaseworkStepCode } from './casework-queue';
import type { Contact } from './contact.entity';
import type { Escalation } from './escalation.entity';

export type AssignmentStageCode = AssignmentStage;

/** The stage of a contact's own steps (acknowledgement, first response). */
export function firstStage(contact: Pick<Contact, 'stage'>): AssignmentStageCode {
  return contact.stage === 'OMBUDSMAN' ? 'OMBUDSMAN' : 'STAGE_1';
}

/**
 * The stage a contact is at now, whose officer is "its officer" in lists: its
 * stage column (a contact that is not a complaint has none: STAGE_1). The
 * list's SQL says the same as COALESCE(c.stage, 'STAGE_1').
 */
export function currentStage(contact: Pick<Contact, 'stage'>): AssignmentStageCode {
  return contact.stage ?? 'STAGE_1';
}

/** The stages a contact may have an officer for, in the procedure's order. */
export function assignableStages(contact: Pick<Contact, 'stage'>, escalations: ReadonlyArray<Pick<Escalation, 'stage'>>): AssignmentStageCode[] {
  const stages: AssignmentStageCode[] = [firstStage(contact)];
  for (const e of escalations) if (!stages.includes(e.stage as AssignmentStageCode)) stages.push(e.stage as AssignmentStageCode);
  return stages;
}

/** The stage whose officer does a casework queue step. */
export function stageOfStep(step: CaseworkStepCode, contact: Pick<Contact, 'stage'>): AssignmentStageCode {
  if (step === 'STAGE_2_RESPONSE' || step === 'CODE_STAGE_2_ACKNOWLEDGEMENT' || step === 'CODE_STAGE_2_RESPONSE') return 'STAGE_2';
  if (step === 'STAGE_3_PANEL' || step === 'STAGE_3_RESPONSE') return 'STAGE_3';
  return firstStage(contact);
}

export interface Assignee {
  id: number;
  active: boolean;
  role: Role;
  serviceAreaIds: number[];
}

/** Whether `officer` could handle a case in these service areas (they could read it). */
export function canHandle(officer: Assignee, caseServiceAreaIds: readonly number[]): boolean {
  if (!officer.active) return false;
  if (officer.role === Role.COMPLAINTS_OFFICER) return true;
  return officer.role === Role.SERVICE_MANAGER && officer.serviceAreaIds.some((id) => caseServiceAreaIds.includes(id));
}

/** Every reason the assignment may not be made ([] when it may). `officer` is null for "no one". */
export function assignmentProblems(
  stage: AssignmentStageCode,
  stages: readonly AssignmentStageCode[],
  officer: Assignee | null | undefined,
  caseServiceAreaIds: readonly number[],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!stages.includes(stage)) {
    problems.push({ field: 'stage', message: `the contact has no ${stage} to handle (it has ${stages.join(', ')})` });
  }
  if (officer === undefined) problems.push({ field: 'officerId', message: 'is not a user' });
  else if (officer && !canHandle(officer, caseServiceAreaIds)) {
    problems.push({
      field: 'officerId',
      message: officer.active
        ? "must be a complaints officer, or a service manager of one of the case's service areas"
        : 'is deactivated',
    });
  }
  return problems;
}
