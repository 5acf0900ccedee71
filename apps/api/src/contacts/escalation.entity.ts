import { Field, ID, ObjectType } from 'type-graphql';
import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Contact } from './contact.entity';
import { CodeColumn, DateColumn, FlagColumn, IntColumn } from '../db/columns';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { Outcome, Stage } from '../reference/reference.enums';

/** A complaint's move to Stage 2 or Stage 3, each stage with its own deadlines (6.3). */
@ObjectType({ description: 'Escalation of a complaint to Stage 2 or Stage 3.' })
@Entity('escalation')
// The casework queue: escalations not yet answered whose due date has come.
@Index(['responseSentDate', 'responseDueDate'])
export class Escalation {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @IntColumn()
  contactId: number;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contactId' })
  contact?: Contact;

  @Field(() => Stage)
  @Index()
  @CodeColumn(16)
  stage: Stage;

  @Field(() => LocalDateScalar)
  @DateColumn()
  requestedDate: string;

  @Field(() => LocalDateScalar)
  @DateColumn()
  responseDueDate: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Children Act Stage 2: when the statement of complaint was agreed; the clock starts then when CHILDREN_ACT_STAGE2_CLOCK is AGREED_STATEMENT.',
  })
  @DateColumn({ nullable: true })
  agreedStatementDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Stage 3: the review panel must meet by this date.' })
  @DateColumn({ nullable: true })
  panelDueDate: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Stage 3: the panel's report is due by this date." })
  @DateColumn({ nullable: true })
  panelReportDueDate: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Stage 3: when the review panel met; null until it has.' })
  @DateColumn({ nullable: true })
  panelHeldDate: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateColumn({ nullable: true })
  responseSentDate: string | null;

  @Field()
  @FlagColumn()
  extended: boolean;

  @Field({ description: 'Stage 2 complaint taken further through a management review (6.3).' })
  @FlagColumn()
  managementReview: boolean;

  @Field(() => Outcome)
  @CodeColumn(24)
  outcome: Outcome;

  @Field()
  @CodeColumn(64)
  deadlineRuleId: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
