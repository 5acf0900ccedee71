import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { CodeColumn, DateColumn, FlagColumn, IntColumn, TextColumn } from '../db/columns';
import {
  HaveYourSayAgeGroup,
  HaveYourSayContactMethod,
  HaveYourSayStatus,
  type HaveYourSayAgeGroupCode,
  type HaveYourSayContactMethodCode,
  type HaveYourSayStatusCode,
} from './have-your-say.enums';

/**
 * One message from the public "Have your say" page, waiting for an officer to
 * record it as a contact or close it. It holds what the young person typed and
 * nothing more: no address, browser or device details (the rate limits keep
 * addresses in memory or Redis only, and they expire). Personal data: officers only.
 */
@ObjectType({ description: 'A message sent from the public "Have your say" page by a child or young person: personal data, for complaints officers only.' })
@Entity('have_your_say_item')
@Index(['status', 'receivedAt'])
export class HaveYourSayItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'What the young person was told, e.g. HYS-2026-0001.' })
  @Index({ unique: true })
  @CodeColumn(40)
  reference: string;

  @Field(() => String, { description: 'What happened, in their own words.' })
  @TextColumn()
  whatHappened: string;

  @Field(() => String, { nullable: true, description: 'Their name, if they gave it.' })
  @CodeColumn(100, { nullable: true })
  name: string | null;

  @Field(() => HaveYourSayContactMethod, { nullable: true, description: 'How they would like to be contacted; null: they did not ask to be.' })
  @CodeColumn(16, { nullable: true })
  contactMethod: HaveYourSayContactMethodCode | null;

  @Field(() => String, { nullable: true, description: 'The phone number or email address to contact them by.' })
  @CodeColumn(254, { nullable: true })
  contactDetails: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether they asked for an advocate; null: they did not say.' })
  @FlagColumn({ nullable: true, default: null })
  wantsAdvocate: boolean | null;

  @Field(() => HaveYourSayAgeGroup, { nullable: true })
  @CodeColumn(16, { nullable: true })
  ageGroup: HaveYourSayAgeGroupCode | null;

  @Field(() => Date, { description: 'When it was sent.' })
  @CreateDateColumn({ type: 'datetime' })
  receivedAt: Date;

  /** The council's calendar day it arrived (Europe/London): the contact's received date. */
  @Field(() => LocalDateScalar, { description: 'The day it was sent (Europe/London): the received date of the contact made from it.' })
  @DateColumn()
  receivedDate: string;

  @Field(() => HaveYourSayStatus)
  @CodeColumn(16, { default: 'NEW' })
  status: HaveYourSayStatusCode;

  @Field(() => String, { nullable: true, description: 'Why an officer closed it without recording a contact.' })
  @TextColumn({ nullable: true })
  closedReason: string | null;

  @Field(() => ID, { nullable: true, description: 'The contact recorded from it.' })
  @IntColumn({ nullable: true })
  convertedContactId: number | null;

  @Field(() => String, { nullable: true, description: "The reference of the contact recorded from it, e.g. CS/2026/0042." })
  @CodeColumn(40, { nullable: true })
  convertedReference: string | null;

  @Field(() => Date, { nullable: true, description: 'When an officer recorded or closed it.' })
  @Column({ type: 'datetime', nullable: true })
  handledAt: Date | null;

  /** Which officer did (user id), for accountability. */
  @IntColumn({ nullable: true })
  handledById: number | null;
}
