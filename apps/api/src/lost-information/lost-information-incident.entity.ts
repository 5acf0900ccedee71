import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CodeColumn, DateColumn, IntColumn, TextColumn } from '../db/columns';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { ServiceArea } from '../reference/service-area.entity';
import {
  EncryptionStateEnum,
  IcoDecisionEnum,
  IncidentFormatEnum,
  SubjectsDecisionEnum,
  type EncryptionState,
  type IcoDecision,
  type IncidentFormat,
  type SubjectsDecision,
} from './lost-information.enums';

/**
 * A loss of personal information outside the office (report 12.2): paper, a
 * CD, a USB stick, a laptop, an e-mail or letter to the wrong person.
 * Date-times are instants stored in UTC (MySQL's connection runs at 'Z';
 * TypeORM writes SQLite datetimes in UTC) and shown in London time; the ICO's
 * 72 hours are elapsed hours from discoveredAt (@complaints/domain ico-clock).
 */
@ObjectType('LostInformationIncident', { description: 'A loss of personal information outside the office, and how it was handled (the lost-information register).' })
@Entity('lost_information_incident')
export class LostInformationIncident {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'e.g. LI/2026/0001: the year the financial year of discovery starts.' })
  @CodeColumn(40, { unique: true })
  reference: string;

  /** The reference as web addresses write it ('/' as '-'); unique too. */
  @Index({ unique: true })
  @CodeColumn(40)
  referenceKey: string;

  @Field(() => Date, { nullable: true, description: 'When the loss happened, if known.' })
  @Column({ type: 'datetime', nullable: true })
  occurredAt: Date | null;

  @Field(() => Date, { description: 'When the council became aware of the loss: the ICO clock starts here.' })
  @Index()
  @Column({ type: 'datetime' })
  discoveredAt: Date;

  /** Financial year of discovery in London's calendar, e.g. '2009/10': the report counts by it without date SQL. */
  @Field({ description: "Financial year the loss was discovered in, e.g. '2009/10'." })
  @Index()
  @CodeColumn(7)
  discoveredFinancialYear: string;

  /** discoveredAt + 72 hours, stored so the queue and the counts compare columns on both dialects. */
  @Field(() => Date, { description: 'When the ICO decision (and, if notifying, the notification) is due: 72 hours after discovery, weekends and bank holidays included.' })
  @Index()
  @Column({ type: 'datetime' })
  icoDueAt: Date;

  @Field(() => IncidentFormatEnum)
  @Index()
  @CodeColumn(32)
  format: IncidentFormat;

  @Field({ description: 'What information was lost (kinds of data, not the data itself).' })
  @TextColumn()
  dataDescription: string;

  @Field(() => Int, { description: 'About how many people the information is about.' })
  @IntColumn()
  peopleAffected: number;

  @Field(() => EncryptionStateEnum)
  @CodeColumn(16)
  encrypted: EncryptionState;

  @Field({ description: 'Who reported the loss.' })
  @CodeColumn(200)
  reportedBy: string;

  /** The service area the loss happened in: service managers see only their areas' incidents. */
  @Index()
  @IntColumn()
  serviceAreaId: number;

  @ManyToOne(() => ServiceArea, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'serviceAreaId' })
  serviceAreaRelation?: ServiceArea;

  @Field(() => Int, { nullable: true, description: 'Likelihood of harm, 1 (remote) to 5 (almost certain); null until assessed.' })
  @IntColumn({ nullable: true })
  likelihood: number | null;

  @Field(() => Int, { nullable: true, description: 'Severity of harm, 1 (minimal) to 5 (severe); null until assessed.' })
  @IntColumn({ nullable: true })
  severity: number | null;

  @Field(() => IcoDecisionEnum, { nullable: true, description: 'Article 33 decision; null while undecided.' })
  @Index()
  @CodeColumn(16, { nullable: true })
  icoDecision: IcoDecision | null;

  @Field(() => String, { nullable: true, description: 'Why (required when not notifying).' })
  @TextColumn({ nullable: true })
  icoDecisionReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  icoDecidedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the ICO was notified (only when the decision is to notify).' })
  @Column({ type: 'datetime', nullable: true })
  icoNotifiedAt: Date | null;

  @Field(() => SubjectsDecisionEnum, { nullable: true, description: 'Article 34 decision; null while undecided.' })
  @CodeColumn(16, { nullable: true })
  subjectsDecision: SubjectsDecision | null;

  @Field(() => String, { nullable: true })
  @TextColumn({ nullable: true })
  subjectsDecisionReason: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the people affected were told.' })
  @DateColumn({ nullable: true })
  subjectsToldOn: string | null;

  @Field(() => String, { nullable: true, description: 'What was learned; actions taken forward are linked as learning actions.' })
  @TextColumn({ nullable: true })
  lessonsLearned: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the incident was closed; null while open.' })
  @DateColumn({ nullable: true })
  closedOn: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
