import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CodeColumn, DateColumn, FlagColumn, IntColumn, TextColumn } from '../db/columns';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { Channel } from '../reference/channel.entity';
import { Division } from '../reference/division.entity';
import { IssueCategory } from '../reference/issue-category.entity';
import { Issue } from '../reference/issue.entity';
import { RecordType } from '../reference/record-type.entity';
import { ComplainantType, Outcome, Stage } from '../reference/reference.enums';
import { ServiceArea } from '../reference/service-area.entity';
import { ContactStatus, type ContactStatusCode } from './contact.enums';
import { ComplaintRegime, type ComplaintRegimeCode } from '../complaint-code/complaint-code.enums';

/** Columns of the covering indexes trend queries use (see the @Index list below). */
const PERIODS = ['receivedFinancialYear', 'receivedQuarter', 'receivedMonth'];
const TREND_DIMENSIONS = ['recordTypeId', 'channelId', 'primaryIssueCategoryId', 'primaryIssueId', 'divisionId', 'primaryServiceAreaId', 'outcome'];
const TREND_MEASURES = ['workingDaysToResponse', 'responseDueDate', 'responseSentDate', 'acknowledgementDueDate', 'acknowledgementSentDate'];
/** The dimensions and measures after an organisational unit and the periods. */
const WITHIN = (unit: string) => ['recordTypeId', ...TREND_DIMENSIONS.filter((c) => c !== unit && c !== 'recordTypeId'), ...TREND_MEASURES];

/**
 * One contact received by the customer care and complaints team. Built for
 * analytics: the columns trend queries group on (month, quarter, financial
 * year, record type, channel, division, primary service area and issue) are
 * plain indexed columns, filled in when the contact is saved.
 */
@ObjectType({ description: 'A contact received by the team: complaint, enquiry, representation, comment, compliment or referral.' })
@Entity('contact')
// Trend queries (trends/trend-plan.ts) answered from an index alone: at a million
// contacts, visiting table rows is what makes a trend slow (bench/README.md).
// National: one per period column, seeking each (period, record type) pair.
@Index('IDX_contact_trend_month', ['receivedMonth', ...TREND_DIMENSIONS, ...TREND_MEASURES])
@Index('IDX_contact_trend_quarter', ['receivedQuarter', ...TREND_DIMENSIONS, ...TREND_MEASURES])
@Index('IDX_contact_trend_year', ['receivedFinancialYear', ...TREND_DIMENSIONS, ...TREND_MEASURES])
// One council's or division's view: its few contacts first, at any granularity.
@Index('IDX_contact_trend_division', ['divisionId', ...PERIODS, ...WITHIN('divisionId')])
@Index('IDX_contact_trend_service_area', ['primaryServiceAreaId', ...PERIODS, ...WITHIN('primaryServiceAreaId')])
// Rollup maintenance (rollups/rollup-sql.ts): one issue cell's contacts in a month, which the trend
// indexes reach only through every channel of the month's record type.
@Index('IDX_contact_rollup_issue', ['receivedMonth', 'primaryIssueId', 'recordTypeId', 'primaryIssueCategoryId'])
// Report 6.5 (report/tables/progression.ts): the year's premature Ombudsman referrals, counted in the index,
// where the trend indexes would read every contact row of the year.
@Index('IDX_contact_premature_year', ['receivedFinancialYear', 'prematureOmbudsmanReferral'])
// The casework queue: steps not yet done (sent date null) whose due date has come.
@Index(['acknowledgementSentDate', 'acknowledgementDueDate'])
@Index(['responseSentDate', 'responseDueDate'])
export class Contact {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: "The team's reference number." })
  @CodeColumn(40, { unique: true })
  reference: string;

  /**
   * The reference as web addresses write it (referenceKey in
   * @complaints/domain: upper case, each `/` as `-`). Unique, so two references
   * that differ only by letter case or by `/` versus `-` cannot both be saved
   * and `/cases/CS-2009-0123` leads to one contact; its index also serves the
   * list's reference search and reference order.
   */
  @Index({ unique: true })
  @CodeColumn(40)
  referenceKey: string;

  /** Stored, and recomputed at every step (case-state.ts), so the list filters and sorts on an index. */
  @Field(() => ContactStatus)
  @Index()
  @CodeColumn(16)
  status: ContactStatusCode;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The earliest due date of the steps waiting (acknowledgement, response, Stage 2 or 3 step); null when none is.',
  })
  @Index()
  @DateColumn({ nullable: true })
  nextDueDate: string | null;

  @Index()
  @IntColumn()
  recordTypeId: number;

  @ManyToOne(() => RecordType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recordTypeId' })
  recordTypeRelation?: RecordType;

  @Index()
  @IntColumn()
  channelId: number;

  @ManyToOne(() => Channel, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'channelId' })
  channelRelation?: Channel;

  @Field(() => LocalDateScalar)
  @Index()
  @DateColumn()
  receivedDate: string;

  @Field({ description: "Month received, e.g. '2009-10'." })
  @Index()
  @CodeColumn(7)
  receivedMonth: string;

  @Field({ description: "Financial quarter received, e.g. '2009/10 Q3'." })
  @Index()
  @CodeColumn(10)
  receivedQuarter: string;

  @Field({ description: "Financial year received (April to March), e.g. '2009/10'." })
  @Index()
  @CodeColumn(7)
  receivedFinancialYear: string;

  /** Always the division of the primary service area; stored so reports group on one indexed column. */
  @Index()
  @IntColumn()
  divisionId: number;

  @ManyToOne(() => Division, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'divisionId' })
  divisionRelation?: Division;

  @Index()
  @IntColumn()
  primaryServiceAreaId: number;

  @ManyToOne(() => ServiceArea, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'primaryServiceAreaId' })
  primaryServiceAreaRelation?: ServiceArea;

  @Index()
  @IntColumn()
  primaryIssueId: number;

  @ManyToOne(() => Issue, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'primaryIssueId' })
  primaryIssueRelation?: Issue;

  /** The primary issue's category, stored for the same reason as divisionId. */
  @Index()
  @IntColumn()
  primaryIssueCategoryId: number;

  @ManyToOne(() => IssueCategory, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'primaryIssueCategoryId' })
  primaryIssueCategoryRelation?: IssueCategory;

  @Field(() => ComplainantType)
  @Index()
  @CodeColumn(32)
  complainantType: ComplainantType;

  @Field(() => Stage, { nullable: true, description: 'Stage reached; null when the contact is not a complaint.' })
  @Index()
  @CodeColumn(16, { nullable: true })
  stage: Stage | null;

  @Field(() => Outcome)
  @Index()
  @CodeColumn(24)
  outcome: Outcome;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateColumn({ nullable: true })
  acknowledgementDueDate: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateColumn({ nullable: true })
  acknowledgementSentDate: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateColumn({ nullable: true })
  responseDueDate: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateColumn({ nullable: true })
  responseSentDate: string | null;

  /** Stored when the response is recorded, so the median is an indexed GROUP BY, not a date calculation. */
  @Field(() => Int, { nullable: true, description: 'Working days from receipt to the response being sent.' })
  @IntColumn({ nullable: true })
  workingDaysToResponse: number | null;

  @Field({ description: 'Whether the response timescale was extended (e.g. 20 working days at Stage 1).' })
  @FlagColumn()
  extended: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the response timescale was extended; null if it was not, or if that was not recorded.' })
  @DateColumn({ nullable: true })
  extendedDate: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the complainant withdrew the complaint; null if they have not.' })
  @DateColumn({ nullable: true })
  withdrawnDate: string | null;

  @Field({ description: 'Passed back by the Ombudsman because the council had not yet investigated it (6.5).' })
  @FlagColumn()
  prematureOmbudsmanReferral: boolean;

  @Field({ description: 'Which deadline rule set the due dates.' })
  @CodeColumn(64)
  deadlineRuleId: string;

  /** Which procedure applies (issue 13): chosen when recorded (complaint-code/regime.ts), or an officer's override. */
  @Field(() => ComplaintRegime, { description: 'The complaints procedure this contact follows (the override when an officer set one).' })
  @Index()
  @CodeColumn(32, { default: 'NONE' })
  regime: ComplaintRegimeCode;

  @Field(() => ComplaintRegime, { description: 'The procedure the product chose from the record type, service area and received date.' })
  @CodeColumn(32, { default: 'NONE' })
  regimeDecided: ComplaintRegimeCode;

  @Field(() => String, { description: 'Why the product chose regimeDecided.' })
  @CodeColumn(400, { default: '' })
  regimeReason: string;

  @Field(() => String, { nullable: true, description: "The officer's reason for overriding the chosen procedure; null when not overridden." })
  @TextColumn({ nullable: true })
  regimeOverrideReason: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text summary. Personal data.' })
  @TextColumn({ nullable: true })
  summary: string | null;

  @Field()
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
