import { Field, InputType } from 'type-graphql';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { ContactCodeFilter } from '../contacts/contact-code-filter.inputs';
import { ComplainantType, RecordTypeGroup } from '../reference/reference.enums';
import { Taxonomy } from '../reference/taxonomy/taxonomy.enums';
import { Dimension, Granularity, TrendComparison, TrendMeasure } from './trend.enums';

@InputType({ description: 'Restricts a trend to contacts matching every list given (each list is "any of").' })
export class TrendFilter extends ContactCodeFilter {
  @Field(() => [RecordTypeGroup], { nullable: true, description: 'Record-type groups, e.g. FORMAL_COMPLAINT (statutory + corporate + school + LGO).' })
  recordTypeGroups?: RecordTypeGroup[] | null;

  @Field(() => [String], { nullable: true, description: 'Contacts naming any of these service areas (primary or not).' })
  anyServiceAreas?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Primary issue codes.' })
  issues?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Contacts raising any of these issues (primary or not).' })
  anyIssues?: string[] | null;

  @Field(() => [ComplainantType], { nullable: true })
  complainantTypes?: ComplainantType[] | null;
}

@InputType({ description: 'An ad-hoc trend question. Give either from/to or financialYear.' })
export class TrendInput {
  @Field(() => LocalDateScalar, { nullable: true, description: 'First day received (inclusive).' })
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day received (inclusive).' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: "A financial year such as '2009/10' (1 April to 31 March), instead of from/to." })
  financialYear?: string | null;

  @Field(() => Granularity, { nullable: true, defaultValue: Granularity.MONTH })
  granularity?: Granularity | null;

  @Field(() => Dimension, { nullable: true, description: 'Split into one series per value; leave out for a single series of all contacts.' })
  groupBy?: Dimension | null;

  @Field(() => Dimension, { nullable: true, description: 'A second dimension for a cross-tab: one series per (groupBy, crossBy) pair.' })
  crossBy?: Dimension | null;

  @Field(() => TrendMeasure, { nullable: true, defaultValue: TrendMeasure.CONTACTS })
  measure?: TrendMeasure | null;

  @Field(() => TrendComparison, {
    nullable: true,
    description: 'Adds each point and total of the same periods a year earlier, with the change; the trend then costs twice as much.',
  })
  compareWith?: TrendComparison | null;

  @Field(() => Taxonomy, {
    nullable: true,
    defaultValue: Taxonomy.AS_RECORDED,
    description:
      'AS_RECORDED: each contact under the division, service area and issue it was recorded with. CURRENT: each mapped to the taxonomy in force on the last day of the range (a split goes to its designated successor); filters by a current code take in the old codes mapped onto it.',
  })
  taxonomy?: Taxonomy | null;

  @Field(() => TrendFilter, { nullable: true })
  filter?: TrendFilter | null;
}
