import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Dimension, Granularity, TrendMeasure } from './trend.enums';

@ObjectType()
export class TrendPoint {
  @Field(() => String, { description: "Period key, e.g. '2009-04', '2009/10 Q1' or '2009/10'." })
  period: string;

  @Field(() => Float, { nullable: true, description: 'The measure; null where a percentage or median has nothing to count.' })
  value: number | null;

  @Field(() => Int, { description: 'What the value is counted over: contacts, or for percentages and medians the contacts in the denominator.' })
  count: number;
}

@ObjectType()
export class TrendSeries {
  @Field(() => String, { description: 'Code of the groupBy value (ALL when there is no groupBy; NONE for contacts without a stage).' })
  key: string;

  @Field(() => String)
  label: string;

  @Field(() => String, { nullable: true, description: 'Code of the crossBy value, in a cross-tab.' })
  crossKey: string | null;

  @Field(() => String, { nullable: true })
  crossLabel: string | null;

  @Field(() => [TrendPoint], { description: 'One point per period, in order, zero-filled.' })
  points: TrendPoint[];

  @Field(() => Float, { nullable: true, description: 'The measure over the whole range for this series.' })
  total: number | null;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType()
export class TrendResult {
  @Field(() => TrendMeasure)
  measure: TrendMeasure;

  @Field(() => Granularity)
  granularity: Granularity;

  @Field(() => Dimension, { nullable: true })
  groupBy: Dimension | null;

  @Field(() => Dimension, { nullable: true })
  crossBy: Dimension | null;

  @Field(() => String, { description: 'First day of the range.' })
  from: string;

  @Field(() => String, { description: 'Last day of the range.' })
  to: string;

  @Field(() => [String], { description: 'Every period in the range, in order.' })
  periods: string[];

  @Field(() => [TrendSeries])
  series: TrendSeries[];

  @Field(() => Float, { nullable: true, description: 'The measure over all matching contacts, each counted once.' })
  total: number | null;

  @Field(() => Int, { description: 'Matching contacts (for percentages and medians: those in the denominator), each counted once.' })
  totalCount: number;

  @Field(() => Boolean, {
    description: 'True when a dimension counts every service area or issue a contact names: series may then sum to more than the total.',
  })
  countsContactsOncePerValue: boolean;

  @Field(() => String, { description: 'How the measure is computed, in words.' })
  definition: string;
}
