import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Contact } from '../contacts/contact.entity';
import { DateColumn, IntColumn, TextColumn } from '../db/columns';
import { LocalDateScalar } from '../graphql/local-date.scalar';

/** A customer feedback form sent after a complaint's response, and what came back (section 9). */
@ObjectType({ description: 'A customer feedback form sent to a complainant (section 9).' })
@Entity('feedback_form')
export class FeedbackForm {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @IntColumn()
  contactId: number;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contactId' })
  contact?: Contact;

  @Field(() => LocalDateScalar)
  @DateColumn()
  sentDate: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateColumn({ nullable: true })
  returnedDate: string | null;

  @Field(() => String, { nullable: true, description: "The complainant's comments. Personal data." })
  @TextColumn({ nullable: true })
  comments: string | null;
}
