import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { Contact } from '../contacts/contact.entity';
import { CodeColumn, DateColumn, FlagColumn, IntColumn, TextColumn } from '../db/columns';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { Outcome } from '../reference/reference.enums';
import { CodeStage, type CodeStageCode } from './complaint-code.enums';

/**
 * One stage of a complaint under the Code: who handles it, its clock and its
 * extension. Stage 1's dates mirror the contact's (kept in step whenever a
 * step is recorded); Stage 2 lives only here. `respondedInTime` is stored when
 * the response is recorded so timeliness is a GROUP BY, not a date calculation.
 */
@ObjectType({ description: "A stage of a complaint under the Ombudsman's Complaint Handling Code: handler, clock, extension." })
@Entity('complaint_code_stage')
@Index(['contactId', 'stage'], { unique: true })
@Index(['startFinancialYear', 'stage', 'respondedInTime'])
export class ComplaintCodeStage {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @IntColumn()
  contactId: number;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contactId' })
  contact?: Contact;

  @Field(() => CodeStage)
  @CodeColumn(16)
  stage: CodeStageCode;

  @Index()
  @IntColumn({ nullable: true })
  handlerUserId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'handlerUserId' })
  handler?: User;

  @Field(() => LocalDateScalar, { description: 'Stage 1: the date received; Stage 2: the date escalation was asked for.' })
  @DateColumn()
  startDate: string;

  @Field()
  @CodeColumn(7)
  startFinancialYear: string;

  @Field(() => LocalDateScalar)
  @DateColumn()
  acknowledgementDueDate: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateColumn({ nullable: true })
  acknowledgementSentDate: string | null;

  @Field(() => LocalDateScalar, { description: 'The due date before any extension.' })
  @DateColumn()
  originalResponseDueDate: string;

  @Field(() => LocalDateScalar, { description: 'The due date now (after any extension).' })
  @DateColumn()
  responseDueDate: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateColumn({ nullable: true })
  responseSentDate: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Responded by the due date (extension included); null until responded.' })
  @FlagColumn({ nullable: true, default: null })
  respondedInTime: boolean | null;

  @Field(() => Outcome, { nullable: true })
  @CodeColumn(24, { nullable: true })
  outcome: Outcome | null;

  @Field(() => Int, { nullable: true, description: 'Working days added (at most 10, §6.4).' })
  @IntColumn({ nullable: true })
  extensionWorkingDays: number | null;

  @Field(() => String, { nullable: true })
  @TextColumn({ nullable: true })
  extensionReason: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the complainant was told of the extension and why (§5.5, §6.5).' })
  @DateColumn({ nullable: true })
  extensionToldDate: string | null;

  @Field()
  @CodeColumn(64)
  deadlineRuleId: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
