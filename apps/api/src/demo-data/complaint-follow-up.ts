/**
 * What happens after a stage 1 response: escalation to stage 2 (6.3), the
 * Ombudsman passing back premature complaints (6.5) and customer feedback
 * forms (section 9).
 */
import { addCalendarDays, addWorkingDays, escalationDeadlines, workingDaysBetween } from '../timescales';
import type { Outcome } from '../reference/reference-data';
import { assertNotAfterCutoff } from './contact-dates';
import type { DemoContact, DemoEscalation } from './demo-dataset.types';
import { SHORT_FEEDBACK_COMMENTS } from './feedback-comments';
import type { Random } from './seeded-random';
import type { YearPlan } from './year-plan.types';
import { assertCount } from './counts';

const isStatutory = (c: DemoContact) => c.recordType === 'STATUTORY_COMPLAINT';

/**
 * 6.5: social care complaints the Ombudsman sent back because the council had
 * not yet investigated them. They arrived by letter (table 2's 'From
 * Ombudsman's office' are the LGO complaints) and were then answered at stage 1.
 */
export function markPrematureReferrals(contacts: DemoContact[], count: number, random: Random): void {
  const candidates = contacts.filter(
    (c) => isStatutory(c) && c.serviceAreas[0] === 'SOCIAL_CARE' && c.channel === 'LETTER' && c.responseSentDate,
  );
  const chosen = random.shuffle(candidates).slice(0, count);
  assertCount('premature Ombudsman referrals', chosen.length, count);
  for (const complaint of chosen) complaint.prematureOmbudsmanReferral = true;
}

const STAGE_2_OUTCOMES: readonly Outcome[] = ['NOT_UPHELD', 'PARTIALLY_UPHELD', 'NOT_UPHELD', 'UPHELD', 'PARTIALLY_UPHELD'];

/**
 * 6.3: complainants unhappy with a stage 1 answer (not upheld or partly
 * upheld) ask for stage 2 one to four weeks after it. Only complaints received
 * by December are chosen, so the stage 2 answer (25 working days, 65 when
 * extended) is in by the end of September.
 */
export function addStage2Escalations(contacts: DemoContact[], plan: YearPlan, random: Random): void {
  const candidates = contacts.filter(
    (c) =>
      isStatutory(c) &&
      c.responseSentDate &&
      !c.prematureOmbudsmanReferral &&
      (c.outcome === 'NOT_UPHELD' || c.outcome === 'PARTIALLY_UPHELD') &&
      c.receivedDate <= `${plan.startYear}-12-31`,
  );
  const chosen = random.shuffle(candidates).slice(0, plan.stage2Escalations);
  assertCount('stage 2 escalations', chosen.length, plan.stage2Escalations);
  chosen.forEach((complaint, index) => {
    const managementReview = index < plan.managementReviews;
    const requestedDate = addWorkingDays(complaint.responseSentDate!, random.int(5, 20));
    // A management review (mediation) takes longer, so its investigation is extended.
    const extended = managementReview || random.chance(0.3);
    const { responseDueDate } = escalationDeadlines({ stage: 'STAGE_2', requestedDate, extended });
    const allowed = workingDaysBetween(requestedDate, responseDueDate);
    const escalation: DemoEscalation = {
      stage: 'STAGE_2',
      requestedDate,
      responseSentDate: addWorkingDays(requestedDate, random.int(Math.ceil(allowed * 0.6), allowed)),
      extended,
      managementReview,
      outcome: STAGE_2_OUTCOMES[index % STAGE_2_OUTCOMES.length],
    };
    assertNotAfterCutoff('stage 2 response', escalation.responseSentDate);
    complaint.stage = 'STAGE_2';
    complaint.escalations = [escalation];
  });
}

/**
 * Section 9: feedback forms go to statutory complainants (not LGO, corporate
 * or school complaints) a few days after the response. Returned forms carry
 * the report's printed comments first, then short comments, and a few none.
 */
export function addFeedback(contacts: DemoContact[], feedback: YearPlan['feedback'], random: Random): void {
  const answered = contacts.filter((c) => isStatutory(c) && c.responseSentDate);
  const chosen = random.shuffle(answered).slice(0, feedback.sent);
  assertCount('feedback forms sent', chosen.length, feedback.sent);
  const comments = [...feedback.printedComments, ...random.shuffle(SHORT_FEEDBACK_COMMENTS)];
  chosen.forEach((complaint, index) => {
    const sentDate = addWorkingDays(complaint.responseSentDate!, random.int(1, 10));
    const returned = index < feedback.returned;
    const returnedDate = returned ? addCalendarDays(sentDate, random.int(7, 35)) : null;
    assertNotAfterCutoff('feedback return', returnedDate);
    complaint.feedback = {
      sentDate,
      returnedDate,
      // About one returned form in four has nothing written on it.
      comments: returned && (index < feedback.printedComments.length || random.chance(0.75)) ? (comments[index] ?? null) : null,
    };
  });
}
