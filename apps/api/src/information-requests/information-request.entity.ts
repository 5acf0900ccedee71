import { Field, ID, ObjectType } from 'type-graphql';
import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CodeColumn, DateColumn, FlagColumn, IntColumn, TextColumn } from '../db/columns';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { InformationRequestKind, RequesterType } from '../reference/reference.enums';
import { ServiceArea } from '../reference/service-area.entity';
import { ClockPauseReason } from './information-request.enums';

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

  /**
   * The reference as web addresses write it, each `/` as `-` (referenceKey):
   * unique too, so `FOI/2009/1` and `FOI-2009-1` can never both exist.
   */
  @Index({ unique: true })
  @CodeColumn(40)
  referenceKey: string;

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

  @Field(() => String, { nullable: true, description: 'Who made the request. Personal data: officers and the service manager of its area only.' })
  @CodeColumn(200, { nullable: true })
  requesterName: string | null;

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

  @Field(() => LocalDateScalar, { description: 'While the clock is paused, the due date before the pause: it moves when the clock resumes.' })
  @Index()
  @DateColumn()
  dueDate: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When receipt was acknowledged.' })
  @DateColumn({ nullable: true })
  acknowledgedDate: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the response was sent.' })
  @DateColumn({ nullable: true })
  completedDate: string | null;

  @Field()
  @FlagColumn()
  extended: boolean;

  @Field(() => String, { nullable: true, description: 'Why the deadline was extended (e.g. the public interest test).' })
  @TextColumn({ nullable: true })
  extensionReason: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the clock was paused, while it is; null when it is running.' })
  @DateColumn({ nullable: true })
  clockPausedOn: string | null;

  @Field(() => ClockPauseReason, { nullable: true, description: 'Why the clock is paused, while it is.' })
  @CodeColumn(32, { nullable: true })
  clockPauseReason: ClockPauseReason | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the requester withdrew the request (or it lapsed).' })
  @DateColumn({ nullable: true })
  withdrawnDate: string | null;

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
