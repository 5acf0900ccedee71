import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Issue } from '../reference/issue.entity';
import { LearningAction } from './learning-action.entity';

/**
 * The issues a learning action answers (Appendix 1: "Communication: unwanted,
 * inaccurate, lack of"). Its count of complaints is computed from the contacts naming them.
 */
@Entity('learning_action_issue')
export class LearningActionIssue {
  @PrimaryColumn({ type: 'int' })
  learningActionId: number;

  @Index()
  @PrimaryColumn({ type: 'int' })
  issueId: number;

  @ManyToOne(() => LearningAction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'learningActionId' })
  learningAction?: LearningAction;

  @ManyToOne(() => Issue, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issueId' })
  issueRelation?: Issue;
}
