import { Field, ID, ObjectType } from 'type-graphql';
import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Contact } from '../contacts/contact.entity';
import { DateColumn, IntColumn, TextColumn } from '../db/columns';
import { LocalDateScalar } from '../graphql/local-date.scalar';

/** An adjustment agreed for the complainant, kept under review (the Code §5.6). */
@ObjectType({ description: 'A reasonable adjustment agreed for a complainant (the Code §5.6), with its review date.' })
@Entity('reasonable_adjustment')
// The officer's queue: reviews whose date has come.
@Index(['endedDate', 'reviewDate'])
export class ReasonableAdjustment {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @IntColumn()
  contactId: number;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contactId' })
  contact?: Contact;

  @Field(() => String, { description: 'What was agreed. Personal data (may reveal a disability).' })
  @TextColumn()
  adjustment: string;

  @Field(() => LocalDateScalar)
  @DateColumn()
  agreedDate: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When it is next to be reviewed; the reminder shows from this date.' })
  @DateColumn({ nullable: true })
  reviewDate: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateColumn({ nullable: true })
  lastReviewedDate: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When it stopped applying; null while it applies.' })
  @DateColumn({ nullable: true })
  endedDate: string | null;

  @Field()
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
