/**
 * Learning at closure: when a complaint's response is recorded, the officer
 * says what was learned from it: nothing, or a learning action (one already
 * in the tracker, or a new one). The "learning captured" rate counts how often
 * a complaint leads to a learning action; "learning considered" how often the
 * question was answered at all.
 */
import { isFormalComplaintGroup } from '../reference/record-types';

export const LEARNING_OUTCOME_KINDS = {
  NONE: 'Nothing to learn from this complaint',
  EXISTING_ACTION: 'A learning action already in the tracker',
  NEW_ACTION: 'A new learning action',
} as const;
export type LearningOutcomeKind = keyof typeof LEARNING_OUTCOME_KINDS;

/** Kinds that link the complaint to a learning action. */
export function linksAnAction(kind: LearningOutcomeKind): boolean {
  return kind !== 'NONE';
}

/**
 * Whether a contact is asked what was learned: a formal complaint whose
 * (Stage 1) response has been recorded.
 */
export function learningOutcomeApplies(contact: { recordTypeGroup: string; responseSentDate: string | null }): boolean {
  return isFormalComplaintGroup(contact.recordTypeGroup) && contact.responseSentDate !== null;
}

export const LEARNING_CAPTURED_DEFINITION =
  'Learning captured: of the formal complaints received in the period whose Stage 1 response has been sent ' +
  '(upheld, partially upheld or not upheld), the percentage for which a learning action was recorded as what was learned ' +
  '(a new action, or one already in the tracker). Complaints still awaiting their response, and withdrawn ones, are left out.';

export const LEARNING_CONSIDERED_DEFINITION =
  'Learning considered: of the same complaints, the percentage for which the question "what was learned?" was answered at all, ' +
  '"nothing to learn" included. The gap between the two rates is the complaints answered with nothing to learn.';

/** The counts behind both rates. */
export interface LearningCapturedCounts {
  /** Formal complaints with their Stage 1 response sent (the denominator). */
  responded: number;
  /** Of those, with a learning action linked. */
  withLearningAction: number;
  /** Of those, with any answer recorded ("nothing to learn" included). */
  considered: number;
}

/** A percentage to one decimal place, or null for none responded. */
export function ratePercent(part: number, whole: number): number | null {
  return whole ? Math.round((1000 * part) / whole) / 10 : null;
}

const complaints = (n: number) => `${n} complaint${n === 1 ? '' : 's'}`;

/** The annual report's line, e.g. "Learning captured: 30 of the 150 complaints responded to (20.0%) …". */
export function learningCapturedSentence({ responded, withLearningAction, considered }: LearningCapturedCounts): string {
  if (!responded) return 'Learning captured: no formal complaint received in the year has had its response sent yet.';
  return (
    `Learning captured: ${withLearningAction} of the ${complaints(responded)} responded to (${ratePercent(withLearningAction, responded)!.toFixed(1)}%) ` +
    `led to a learning action. Learning considered: what was learned was recorded for ${considered} (${ratePercent(considered, responded)!.toFixed(1)}%), ` +
    `"nothing to learn" included.`
  );
}
