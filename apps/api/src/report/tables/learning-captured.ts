/**
 * Appendix 1's line on learning at closure: of the year's formal complaints with
 * their Stage 1 response sent, how many led to a learning action ("learning
 * captured") and how many had what was learned recorded at all ("learning
 * considered"). One GROUP-free aggregate over contacts, with the same
 * conditions as the trend measures LEARNING_CAPTURED_PERCENT and
 * LEARNING_CONSIDERED_PERCENT, so the report and the trends agree.
 */
import { LEARNING_CAPTURED_DEFINITION, LEARNING_CONSIDERED_DEFINITION, learningCapturedSentence, ratePercent } from '@complaints/domain';
import type { AggregateRun } from '../../aggregates/aggregate-runner';
import { Contact } from '../../contacts/contact.entity';
import { countOf } from '../../statistics/aggregate-count';
import { learningAnswered, RESPONDED_COMPLAINTS } from '../../trends/measures';
import { LearningCapturedRate } from '../report.types';

export async function buildLearningCaptured(run: AggregateRun, financialYear: string): Promise<LearningCapturedRate> {
  const query = run.dataSource
    .createQueryBuilder()
    .from(Contact, 'c')
    .select('COUNT(*)', 'n')
    .addSelect(learningAnswered(true), 'captured')
    .addSelect(learningAnswered(false), 'considered')
    .where('c.receivedFinancialYear = :financialYear', { financialYear });
  for (const condition of RESPONDED_COMPLAINTS) query.andWhere(condition);
  const row = await run.rawOne<{ n: unknown; captured: unknown; considered: unknown }>(query);
  const counts = { responded: countOf(row?.n), withLearningAction: countOf(row?.captured), considered: countOf(row?.considered) };
  return Object.assign(new LearningCapturedRate(), {
    ...counts,
    capturedPercent: ratePercent(counts.withLearningAction, counts.responded),
    consideredPercent: ratePercent(counts.considered, counts.responded),
    summary: learningCapturedSentence(counts),
    definitions: [LEARNING_CAPTURED_DEFINITION, LEARNING_CONSIDERED_DEFINITION],
  });
}
