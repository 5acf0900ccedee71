/** How people on a case are named on its pages. Pure. */
import { assignmentRole, type AssignmentStage } from '@complaints/domain';

/** "Jane Smith", or "Smith" when no given name is recorded. */
export function displayName(person: { givenName: string | null; familyName: string }): string {
  return person.givenName ? `${person.givenName} ${person.familyName}` : person.familyName;
}

/** The officer's role at a stage of this contact: 'Stage 2 investigator', or 'Handler' for a contact that is not a complaint. */
export function roleAt(stage: AssignmentStage, contactStage: string | null): string {
  return assignmentRole(stage, contactStage !== null);
}
