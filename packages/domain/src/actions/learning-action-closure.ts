/**
 * How a learning action is worked on and closed: a dated progress log (who,
 * when, what), and a closing note without which an action cannot be closed.
 * Status changes to and from Completed go only through closing and reopening,
 * so every closed action has its note in the log and a reopened one keeps it.
 */
import type { LearningActionStatus } from '../reference/vocabularies';

/** Longest progress entry, closing note or reopening note. */
export const PROGRESS_TEXT_MAX_LENGTH = 2000;

/** The kinds of entry in an action's progress log, and their words. */
export const LEARNING_ACTION_PROGRESS_KINDS = {
  NOTE: 'Progress',
  CLOSED: 'Closed',
  REOPENED: 'Reopened',
} as const;
export type LearningActionProgressKind = keyof typeof LEARNING_ACTION_PROGRESS_KINDS;

export type NoteCheck = { ok: true; text: string | null } | { ok: false; message: string };

/**
 * A progress entry or note as typed: trimmed, at most PROGRESS_TEXT_MAX_LENGTH
 * characters; blank is refused when `required`, and is null otherwise.
 */
export function checkNoteText(value: string | null | undefined, required: boolean): NoteCheck {
  const text = value?.trim() ?? '';
  if (!text) return required ? { ok: false, message: 'must not be empty' } : { ok: true, text: null };
  if (text.length > PROGRESS_TEXT_MAX_LENGTH) return { ok: false, message: `is longer than ${PROGRESS_TEXT_MAX_LENGTH} characters (${text.length})` };
  return { ok: true, text };
}

/** Why a closing note is asked for: said where it is refused and where it is asked. */
export const CLOSING_NOTE_HINT = 'What was done, and how you know it worked';

/** The statuses an edit (or a new action) may set: closing and reopening are separate steps. */
export function statusesSetByEditing(current: LearningActionStatus | null): LearningActionStatus[] {
  return current === 'COMPLETED' ? ['COMPLETED'] : ['OPEN', 'ONGOING'];
}

/** Why an edit may not move an action from one status to another, or null when it may. */
export function statusChangeProblem(from: LearningActionStatus, to: LearningActionStatus): string | null {
  if (from === to) return null;
  if (to === 'COMPLETED') return 'an action is completed by closing it, with a closing note (closeLearningAction)';
  if (from === 'COMPLETED') return 'a completed action is reopened with reopenLearningAction, which keeps its closing note in the progress log';
  return null;
}
