import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, DateColumn, IntColumn, TextColumn } from '../db/columns';
import { LocalDateScalar } from '../graphql/local-date.scalar';

/** What the council will do about a provision it does not (yet) meet, by whom and by when. */
@ObjectType({ description: 'An action to meet a provision of the Code not complied with: owner and due date.' })
@Entity('self_assessment_action')
@Index(['entryId'])
export class SelfAssessmentAction {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => Int)
  @IntColumn()
  entryId: number;

  @Field(() => String)
  @TextColumn()
  description: string;

  @Field(() => String)
  @CodeColumn(200)
  owner: string;

  @Field(() => LocalDateScalar)
  @DateColumn()
  dueDate: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateColumn({ nullable: true })
  completedOn: string | null;

  @Field(() => Int, { nullable: true, description: 'The learning action that carries it out, when one does (the action tracker).' })
  @IntColumn({ nullable: true })
  learningActionId: number | null;
}
