/**
 * What was learned from the demo's 2009/10 complaints, so the learning-captured
 * rate has something to show. The report predates the question, so these are
 * made up, deterministically and without drawing on the generator's random
 * numbers (which would move every contact after them): of the year's complaints
 * with a Stage 1 response, in reference order, every third whose primary issue
 * one of Appendix 1's actions answers adds to that action, and every fifth
 * other one had nothing to learn; the rest were never answered, as before.
 * Contacts and published figures are untouched.
 */
import { financialYearOf, learningOutcomeApplies, RECORD_TYPES, RESPONSE_OUTCOMES, type LearningOutcomeKind } from '@complaints/domain';
import type { DemoContact, DemoLearningAction } from './demo-dataset.types';

export interface DemoLearningOutcome {
  reference: string;
  kind: LearningOutcomeKind;
  /** The Appendix 1 action it adds to (EXISTING_ACTION). */
  action: Pick<DemoLearningAction, 'financialYear' | 'issueIdentified'> | null;
  note: string | null;
  /** Recorded with the response. */
  recordedOn: string;
}

const YEAR = '2009/10';
const NOTHING_TO_LEARN = 'The complaint was answered by explaining the decision; nothing to change.';
const groupOf = new Map(RECORD_TYPES.map((r) => [r.code as string, r.group as string]));

export function demoLearningOutcomes(contacts: readonly DemoContact[], actions: readonly DemoLearningAction[]): DemoLearningOutcome[] {
  const answering = (issue: string) => actions.find((a) => a.financialYear === YEAR && a.issues.includes(issue as never)) ?? null;
  const responded = contacts
    .filter(
      (c) =>
        financialYearOf(c.receivedDate) === YEAR &&
        (RESPONSE_OUTCOMES as readonly string[]).includes(c.outcome) &&
        learningOutcomeApplies({ recordTypeGroup: groupOf.get(c.recordType) ?? '', responseSentDate: c.responseSentDate }),
    )
    .sort((a, b) => a.reference.localeCompare(b.reference));
  return responded.flatMap((c, i): DemoLearningOutcome[] => {
    const action = answering(c.issues[0]);
    const recordedOn = c.responseSentDate!;
    if (action && i % 3 === 0) {
      return [{ reference: c.reference, kind: 'EXISTING_ACTION', action: { financialYear: action.financialYear, issueIdentified: action.issueIdentified }, note: null, recordedOn }];
    }
    if (i % 5 === 1) return [{ reference: c.reference, kind: 'NONE', action: null, note: NOTHING_TO_LEARN, recordedOn }];
    return [];
  });
}
