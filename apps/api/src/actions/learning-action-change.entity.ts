import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, IntColumn, TextColumn } from '../db/columns';
import { LearningAction } from './learning-action.entity';

/** Audit history of a learning action: one row per changed field. */
@ObjectType({ description: 'One field changed on a learning action: who, when, old and new value.' })
@Entity('learning_action_change')
export class LearningActionChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @IntColumn()
  learningActionId: number;

  @ManyToOne(() => LearningAction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'learningActionId' })
  learningAction?: LearningAction;

  @Field(() => Int, { description: 'The version the change produced.' })
  @IntColumn()
  version: number;

  @Field()
  @CodeColumn(200)
  changedBy: string;

  @Field()
  @CreateDateColumn({ type: 'datetime' })
  changedAt: Date;

  @Field()
  @CodeColumn(64)
  field: string;

  @Field(() => String, { nullable: true })
  @TextColumn({ nullable: true })
  oldValue: string | null;

  @Field(() => String, { nullable: true })
  @TextColumn({ nullable: true })
  newValue: string | null;
}
