/**
 * The checks on an answer to "what was learned from this complaint?" that need
 * no database: which parts each kind takes, the note, and whether the contact
 * is asked at all. Pure.
 */
import { checkNoteText, isFormalComplaintGroup, learningOutcomeApplies, type LearningOutcomeKind } from '@complaints/domain';
import type { FieldProblem } from '../../graphql/errors';

export interface OutcomeShape {
  kind: LearningOutcomeKind;
  actionId?: string | null;
  newAction?: unknown;
  note?: string | null;
}

const given = (value: unknown) => value !== null && value !== undefined;

/** Each kind takes its own part and refuses the other's; the note is optional. Returns the note as kept. */
export function checkOutcomeShape(input: OutcomeShape, problems: FieldProblem[]): string | null {
  const wants = { actionId: input.kind === 'EXISTING_ACTION', newAction: input.kind === 'NEW_ACTION' };
  if (wants.actionId && !given(input.actionId)) problems.push({ field: 'actionId', message: 'name the learning action the complaint adds to' });
  if (wants.newAction && !given(input.newAction)) problems.push({ field: 'newAction', message: 'give the new learning action to record' });
  for (const field of ['actionId', 'newAction'] as const) {
    if (!wants[field] && given(input[field])) problems.push({ field, message: `is not taken when kind is ${input.kind}` });
  }
  const note = checkNoteText(input.note, false);
  if (!note.ok) {
    problems.push({ field: 'note', message: note.message });
    return null;
  }
  return note.text;
}

/** Whether this contact is asked what was learned; the problem (naming contactId) when not. */
export function notAskedProblem(contact: { recordTypeGroup: string; responseSentDate: string | null }): FieldProblem | null {
  if (learningOutcomeApplies(contact)) return null;
  return {
    field: 'contactId',
    message:
      !isFormalComplaintGroup(contact.recordTypeGroup)
        ? 'is not a formal complaint: what was learned is recorded for complaints'
        : 'has no response recorded yet: what was learned is recorded with the response',
  };
}

/** An id as the database holds it, or null for one that cannot be. */
export function numericId(id: string | number | null | undefined): number | null {
  const n = Number(id);
  return id !== null && id !== undefined && Number.isSafeInteger(n) && n > 0 ? n : null;
}
