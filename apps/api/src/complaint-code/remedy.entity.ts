import { Field, ID, ObjectType } from 'type-graphql';
import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Contact } from '../contacts/contact.entity';
import { CodeColumn, DateColumn, IntColumn, TextColumn } from '../db/columns';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { CodeStage, RemedyType, type CodeStageCode, type RemedyTypeCode } from './complaint-code.enums';

/**
 * One way of putting things right (the Code §7.1), with who owns it, when it
 * is due and the evidence it was done (§7.3). Tracked after the response
 * (§6.6): the response need not wait for it.
 */
@ObjectType({ description: 'A remedy (the Code §7.1–7.4): what will happen, who owns it, by when, and the evidence it was done.' })
@Entity('remedy')
@Index(['completedDate', 'dueDate'])
export class Remedy {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @IntColumn()
  contactId: number;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contactId' })
  contact?: Contact;

  @Field(() => CodeStage, { description: 'The stage whose response offered it.' })
  @CodeColumn(16)
  stage: CodeStageCode;

  @Field(() => RemedyType)
  @Index()
  @CodeColumn(32)
  type: RemedyTypeCode;

  @Field(() => String, { description: 'What will happen. May hold personal data.' })
  @TextColumn()
  description: string;

  @Field(() => String, { description: 'Who is responsible (a person or team).' })
  @TextColumn()
  owner: string;

  @Field(() => LocalDateScalar)
  @DateColumn()
  dueDate: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateColumn({ nullable: true })
  completedDate: string | null;

  @Field(() => String, { nullable: true, description: 'The evidence it was done (§7.3), or why it could not be and what was offered instead (§7.4).' })
  @TextColumn({ nullable: true })
  completionEvidence: string | null;

  @Field(() => LocalDateScalar)
  @DateColumn()
  offeredDate: string;

  @Field({ description: "Financial year it was offered, e.g. '2026/27'." })
  @CodeColumn(7)
  offeredFinancialYear: string;

  @Field()
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
