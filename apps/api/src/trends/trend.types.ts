import { Taxonomy } from '../reference/taxonomy/taxonomy.enums';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Dimension, Granularity, TrendComparison, TrendMeasure } from './trend.enums';

// simpleResolvers: these types are plain data with no field resolvers, middlewares or per-field roles, so their
// fields need no type-graphql wrapper (graphql's default resolver reads the property): a trend answers thousands.

@ObjectType({ description: 'What a point or total is compared with (TrendInput.compareWith), and the change.', simpleResolvers: true })
export class TrendPrevious {
  @Field(() => String, { nullable: true, description: "The earlier period's key ('2008-04' beside '2009-04'); null beside a total." })
  period: string | null;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => Int)
  count: number;

  @Field(() => Float, { nullable: true, description: 'value minus the earlier value: contacts, percentage points or days; null when either is null.' })
  change: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'For counts only, the change as a percentage of the earlier count; null when that was 0, and for percentages and medians.',
  })
  percentChange: number | null;
}

@ObjectType({ simpleResolvers: true })
export class TrendPoint {
  @Field(() => String, { description: "Period key, e.g. '2009-04', '2009/10 Q1' or '2009/10'." })
  period: string;

  @Field(() => Float, { nullable: true, description: 'The measure; null where a percentage or median has nothing to count.' })
  value: number | null;

  @Field(() => Int, { description: 'What the value is counted over: contacts, or for percentages and medians the contacts in the denominator.' })
  count: number;

  @Field(() => TrendPrevious, { nullable: true, description: 'The same period a year earlier, when compareWith is given.' })
  previous?: TrendPrevious | null;
}

@ObjectType({ simpleResolvers: true })
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

  @Field(() => TrendPrevious, { nullable: true, description: "The series' total over the compared range, when compareWith is given." })
  previousTotal?: TrendPrevious | null;
}

@ObjectType({ description: 'The range a trend is compared with.', simpleResolvers: true })
export class TrendComparisonRange {
  @Field(() => TrendComparison)
  compareWith: TrendComparison;

  @Field(() => String, { description: 'First day of the compared range.' })
  from: string;

  @Field(() => String, { description: 'Last day of the compared range.' })
  to: string;
}

@ObjectType({ description: 'A split applied when counting in the CURRENT taxonomy: the old code’s records all count under one successor.', simpleResolvers: true })
export class TrendTaxonomySplit {
  @Field(() => Dimension)
  dimension: Dimension;

  @Field(() => String)
  fromCode: string;

  @Field(() => String)
  fromLabel: string;

  @Field(() => String, { description: 'The successor its records count under.' })
  toCode: string;

  @Field(() => String)
  toLabel: string;

  @Field(() => [String], { description: 'Every successor of the split, the designated one first.' })
  successors: string[];

  @Field(() => String, { description: 'The rule used, in words.' })
  rule: string;

  @Field(() => String, { description: 'The split in a sentence.' })
  description: string;
}

@ObjectType({ simpleResolvers: true })
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

  @Field(() => [TrendPoint], { description: 'The measure over all matching contacts in each period, each counted once (the "All contacts" row).' })
  periodTotals: TrendPoint[];

  @Field(() => TrendPrevious, { nullable: true, description: 'The grand total over the compared range, when compareWith is given.' })
  previousTotal?: TrendPrevious | null;

  @Field(() => TrendComparisonRange, { nullable: true, description: 'The range compared with, when compareWith is given.' })
  comparison?: TrendComparisonRange | null;

  @Field(() => Boolean, {
    description: 'True when a dimension counts every service area or issue a contact names: series may then sum to more than the total.',
  })
  countsContactsOncePerValue: boolean;

  @Field(() => String, { description: 'How the measure is computed, in words.' })
  definition: string;

  @Field(() => Taxonomy, { description: 'The taxonomy the contacts are counted in.' })
  taxonomy: Taxonomy;

  @Field(() => String, { nullable: true, description: 'CURRENT: the day whose taxonomy every contact is mapped to (the last day of the range).' })
  taxonomyDate?: string | null;

  @Field(() => [TrendTaxonomySplit], { description: 'CURRENT: each split the answer applied, with its rule (empty otherwise).' })
  taxonomySplits: TrendTaxonomySplit[];
}
