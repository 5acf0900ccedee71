import { Field, ID, ObjectType } from 'type-graphql';
import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Contact } from '../contacts/contact.entity';
import { CodeColumn, DateColumn, IntColumn, TextColumn } from '../db/columns';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { RefusalReason, RefusalSubject, type RefusalReasonCode, type RefusalSubjectCode } from './complaint-code.enums';

/**
 * A decision not to accept a complaint (the Code §2.1) or its escalation to
 * Stage 2 (§5.7), with the reason code, the evidence kept, and when the person
 * was told they may go to the Ombudsman (§2.4).
 */
@ObjectType({ description: 'A refusal to accept a complaint or an escalation (the Code §2, §5.7).' })
@Entity('complaint_refusal')
@Index(['refusedFinancialYear', 'reason'])
export class ComplaintRefusal {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @IntColumn()
  contactId: number;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contactId' })
  contact?: Contact;

  @Field(() => RefusalSubject)
  @CodeColumn(16)
  subject: RefusalSubjectCode;

  @Field(() => RefusalReason)
  @CodeColumn(32)
  reason: RefusalReasonCode;

  @Field(() => String, { description: 'The evidence for the reason (§2.1). May hold personal data.' })
  @TextColumn()
  evidence: string;

  @Field(() => LocalDateScalar)
  @DateColumn()
  refusedDate: string;

  @Field({ description: "Financial year of the refusal, e.g. '2026/27'." })
  @CodeColumn(7)
  refusedFinancialYear: string;

  @Field(() => LocalDateScalar, { description: 'When the person was told they may take the decision to the Ombudsman (§2.4).' })
  @DateColumn()
  ombudsmanSignpostedDate: string;

  @IntColumn({ nullable: true })
  recordedByUserId: number | null;

  @Field()
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
