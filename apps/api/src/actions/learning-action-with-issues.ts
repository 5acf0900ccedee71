import type { EntityManager } from 'typeorm';
import { LearningActionIssue } from './learning-action-issue.entity';
import { LearningAction } from './learning-action.entity';

/**
 * An action and the ids of the issues it answers (ascending), in one statement:
 * an update reads both inside its transaction, and under load each statement
 * there waits for a turn of the event loop while the row is locked.
 */
export async function actionWithIssues(manager: EntityManager, id: number): Promise<{ action: LearningAction; issueIds: number[] } | null> {
  const { entities, raw } = await manager
    .createQueryBuilder(LearningAction, 'a')
    .leftJoin(LearningActionIssue, 'l', 'l.learningActionId = a.id')
    .addSelect('l.issueId', 'linkedIssueId')
    .where('a.id = :id', { id })
    .orderBy('l.issueId', 'ASC')
    .getRawAndEntities<{ linkedIssueId: number | string | null }>();
  if (!entities.length) return null;
  const issueIds = raw.filter((row) => row.linkedIssueId !== null).map((row) => Number(row.linkedIssueId));
  return { action: entities[0], issueIds };
}
