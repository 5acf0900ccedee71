import { LEARNING_ACTION_PROGRESS_KINDS, type LearningActionProgressKind as Kind } from '@complaints/domain';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, IntColumn, TextColumn } from '../db/columns';
import { LearningAction } from './learning-action.entity';

export const LearningActionProgressKind = Object.fromEntries(Object.keys(LEARNING_ACTION_PROGRESS_KINDS).map((k) => [k, k])) as { readonly [K in Kind]: K };
export type LearningActionProgressKind = Kind;

registerEnumType(LearningActionProgressKind, {
  name: 'LearningActionProgressKind',
  description: 'NOTE: progress recorded; CLOSED: the action was closed (text: its closing note); REOPENED: it was reopened (text: why, if given).',
});

/**
 * One dated entry in a learning action's progress log: who, when, what. Entries
 * are only ever added, never changed, so they need no version check; closing and
 * reopening add one too, so a reopened action keeps its closing note here.
 */
@ObjectType({ description: 'An entry in a learning action’s progress log: who, when and what.' })
@Entity('learning_action_progress')
@Index(['learningActionId', 'at'])
export class LearningActionProgress {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @IntColumn()
  learningActionId: number;

  @ManyToOne(() => LearningAction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'learningActionId' })
  learningAction?: LearningAction;

  @Field(() => LearningActionProgressKind)
  @CodeColumn(16)
  kind: LearningActionProgressKind;

  @Field({ description: 'Who wrote it: their name when they wrote it.' })
  @CodeColumn(200)
  authorName: string;

  /** Their sign-in email, as the audit history records people. */
  @Field({ description: 'Who wrote it: their email.' })
  @CodeColumn(254)
  authorEmail: string;

  @Field({ description: 'When it was written.' })
  @CreateDateColumn({ type: 'datetime' })
  at: Date;

  @Field(() => String, { nullable: true, description: 'What was done (up to 2,000 characters); for CLOSED the closing note; null for a REOPENED entry with no reason given.' })
  @TextColumn({ nullable: true })
  text: string | null;
}
