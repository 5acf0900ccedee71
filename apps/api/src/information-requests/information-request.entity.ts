import { Field, ID, ObjectType } from 'type-graphql';
import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CodeColumn, DateColumn, FlagColumn, IntColumn, TextColumn } from '../db/columns';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { InformationRequestKind, RequesterType } from '../reference/reference.enums';
import { ServiceArea } from '../reference/service-area.entity';

/** An access-to-records or Freedom of Information request (sections 10 and 11). */
@ObjectType({ description: 'An access-to-records or Freedom of Information request.' })
@Entity('information_request')
@Index(['receivedFinancialYear', 'kind'])
export class InformationRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @CodeColumn(40, { unique: true })
  reference: string;

  @Field(() => InformationRequestKind)
  @Index()
  @CodeColumn(32)
  kind: InformationRequestKind;

  /**
   * The service area the request concerns: service managers see only their
   * areas' requests. Null only on requests recorded before areas were required.
   */
  @Index()
  @IntColumn({ nullable: true })
  serviceAreaId: number | null;

  @ManyToOne(() => ServiceArea, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'serviceAreaId' })
  serviceAreaRelation?: ServiceArea;

  @Field(() => RequesterType)
  @Index()
  @CodeColumn(32)
  requesterType: RequesterType;

  @Field(() => LocalDateScalar)
  @Index()
  @DateColumn()
  receivedDate: string;

  @Field()
  @Index()
  @CodeColumn(7)
  receivedMonth: string;

  @Field()
  @Index()
  @CodeColumn(10)
  receivedQuarter: string;

  @Field()
  @Index()
  @CodeColumn(7)
  receivedFinancialYear: string;

  @Field(() => LocalDateScalar)
  @DateColumn()
  dueDate: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateColumn({ nullable: true })
  completedDate: string | null;

  @Field()
  @FlagColumn()
  extended: boolean;

  @Field(() => String, { nullable: true, description: 'Another directorate answering jointly, e.g. Adult Services (11.4).' })
  @CodeColumn(200, { nullable: true })
  jointWithDirectorate: string | null;

  @Field()
  @CodeColumn(64)
  deadlineRuleId: string;

  @Field(() => String, { nullable: true, description: 'What was asked. May hold personal data.' })
  @TextColumn({ nullable: true })
  summary: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
