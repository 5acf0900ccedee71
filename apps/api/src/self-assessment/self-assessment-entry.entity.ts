import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, IntColumn, TextColumn } from '../db/columns';

/** A self-assessment's answer for one provision: comply yes/no, evidence and commentary (the Housing Ombudsman form's row). */
@ObjectType({ description: 'One provision of a self-assessment: comply yes/no, evidence and commentary.' })
@Entity('self_assessment_entry')
@Index(['selfAssessmentId', 'provisionCode'], { unique: true })
export class SelfAssessmentEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => Int)
  @IntColumn()
  selfAssessmentId: number;

  @Field(() => String)
  @CodeColumn(16)
  provisionCode: string;

  @Field(() => Boolean, { nullable: true, description: 'Comply: yes (true), no (false), or not yet decided (null).' })
  @Column({ type: 'boolean', nullable: true })
  complies: boolean | null;

  @Field(() => String, { nullable: true })
  @TextColumn({ nullable: true })
  evidence: string | null;

  @Field(() => String, { nullable: true, description: 'Commentary or explanation.' })
  @TextColumn({ nullable: true })
  commentary: string | null;
}
