/** Appendix 1: the year's learning-from-complaints actions, in the order they were recorded. */
import type { DataSource } from 'typeorm';
import { LearningAction } from '../../actions/learning-action.entity';

export function findLearningActions(dataSource: DataSource, financialYear: string): Promise<LearningAction[]> {
  return dataSource.getRepository(LearningAction).find({ where: { financialYear }, order: { id: 'ASC' } });
}
