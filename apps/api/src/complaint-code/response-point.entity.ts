import { Field, ID, ObjectType } from 'type-graphql';
import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Contact } from '../contacts/contact.entity';
import { CodeColumn, FlagColumn, IntColumn, TextColumn } from '../db/columns';
import { CodeStage, type CodeStageCode } from './complaint-code.enums';

/** One point the complainant raised, and whether the response addressed it (the Code §6.7). */
@ObjectType({ description: 'A point raised in a complaint and whether the response addressed it (the Code §6.7).' })
@Entity('response_point')
export class ResponsePoint {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @IntColumn()
  contactId: number;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contactId' })
  contact?: Contact;

  @Field(() => CodeStage)
  @CodeColumn(16)
  stage: CodeStageCode;

  @Field(() => String, { description: 'The point raised. Personal data.' })
  @TextColumn()
  point: string;

  @Field()
  @FlagColumn()
  addressed: boolean;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
