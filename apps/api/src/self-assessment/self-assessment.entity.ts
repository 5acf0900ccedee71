import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, DateColumn, IntColumn, TextColumn } from '../db/columns';
import { LocalDateScalar } from '../graphql/local-date.scalar';

export enum SelfAssessmentStatus {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
}
registerEnumType(SelfAssessmentStatus, { name: 'SelfAssessmentStatus', description: 'A draft may be edited; an approved version is fixed (make a new version to change it).' });

/** One version of the council's self-assessment against the Complaint Handling Code (§8.1, §8.3). */
@ObjectType({ description: "A version of the council's self-assessment against the Ombudsman's Complaint Handling Code." })
@Entity('self_assessment')
export class SelfAssessment {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => Int, { description: '1, 2, 3 … in the order made.' })
  @IntColumn({ unique: true })
  version: number;

  @Field(() => SelfAssessmentStatus)
  @CodeColumn(16)
  status: SelfAssessmentStatus;

  @Field(() => String, { description: "The financial year the pre-filled evidence measures, e.g. '2026/27'." })
  @CodeColumn(7)
  financialYear: string;

  @Field(() => String, { description: 'Why this version was made, e.g. the annual review or a restructure (§8.3).' })
  @TextColumn()
  reason: string;

  @Field(() => String, { nullable: true, description: 'The governing body that approved it, e.g. "Audit and Governance Committee".' })
  @CodeColumn(200, { nullable: true })
  approvedBy: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateColumn({ nullable: true })
  approvedOn: string | null;

  /** Who recorded the approval (not exposed: a user id). */
  @IntColumn({ nullable: true })
  approvalRecordedById: number | null;

  @IntColumn()
  createdById: number;

  @Field(() => Date)
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
