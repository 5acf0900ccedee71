import { Field, ID, ObjectType } from 'type-graphql';
import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Contact } from '../contacts/contact.entity';
import { CodeColumn, DateColumn, IntColumn, TextColumn } from '../db/columns';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { ServiceArea } from '../reference/service-area.entity';
import { ServiceRequestStatus, type ServiceRequestStatusCode } from './complaint-code.enums';

/**
 * A request for a service, a fix or a reconsidered decision: not a complaint
 * (the Code §1.2). Recorded and reviewed apart from complaints (§1.8); when one
 * becomes a Stage 1 complaint, it stays here, linked to the contact, so its history is kept.
 */
@ObjectType({ description: 'A service request (the Code §1.2): recorded and reviewed apart from complaints; may become a Stage 1 complaint.' })
@Entity('service_request')
@Index(['receivedFinancialYear', 'status'])
export class ServiceRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => LocalDateScalar)
  @Index()
  @DateColumn()
  receivedDate: string;

  @Field({ description: "Financial year received, e.g. '2026/27'." })
  @CodeColumn(7)
  receivedFinancialYear: string;

  @Index()
  @IntColumn()
  serviceAreaId: number;

  @ManyToOne(() => ServiceArea, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'serviceAreaId' })
  serviceAreaRelation?: ServiceArea;

  @Field(() => String, { description: 'What was asked for. Personal data.' })
  @TextColumn()
  summary: string;

  @Field(() => ServiceRequestStatus)
  @CodeColumn(16)
  status: ServiceRequestStatusCode;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When it was last reviewed (§1.8).' })
  @DateColumn({ nullable: true })
  reviewedDate: string | null;

  @Field(() => String, { nullable: true, description: 'What the last review found. Personal data.' })
  @TextColumn({ nullable: true })
  reviewNote: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateColumn({ nullable: true })
  resolvedDate: string | null;

  /** The Stage 1 complaint it became; null while it is a service request. */
  @Index()
  @IntColumn({ nullable: true })
  convertedContactId: number | null;

  @ManyToOne(() => Contact, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'convertedContactId' })
  convertedContact?: Contact;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateColumn({ nullable: true })
  convertedDate: string | null;

  @IntColumn({ nullable: true })
  recordedByUserId: number | null;

  @Field()
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
