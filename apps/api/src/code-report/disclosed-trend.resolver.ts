/**
 * The trend with the disclosure rules applied: what the Member Responsible for
 * Complaints (and anyone reading aggregates) sees of trends. Every figure goes
 * through discloseTrend under the configured DISCLOSURE_RULE, so a small count
 * shows as '<5' (or the rule's symbol) and cannot be worked back from the totals;
 * only publishable grains (month, quarter, year) are answered.
 */
import { isPublishableGrain } from '@complaints/domain';
import { Arg, Authorized, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { admitAggregate } from '../aggregates/aggregate-admission';
import { ACCESS } from '../auth/role';
import { embedSettings } from '../embeds/embed-settings';
import type { GraphQLContext } from '../graphql/context';
import { badUserInput } from '../graphql/errors';
import { trendCost } from '../graphql/query-limits';
import { todayIso } from '../periods/today';
import { discloseTrend } from '../trends/trend-disclosure';
import { TrendInput } from '../trends/trend.inputs';
import { runTrend } from '../trends/trend.service';

@ObjectType({ description: 'One series of a disclosed trend: what each period shows.' })
export class DisclosedTrendSeries {
  @Field(() => String)
  label: string;

  @Field(() => [String], { description: "One display per period: '12', '62.8%', '<5', 'c' …" })
  cells: string[];

  @Field(() => String)
  total: string;
}

@ObjectType({ description: 'A trend with every figure under the disclosure rule (small numbers suppressed).' })
export class DisclosedTrend {
  @Field(() => String)
  rule: string;

  @Field(() => String, { description: 'Names the rule and says what was suppressed.' })
  note: string;

  @Field(() => String)
  definition: string;

  @Field(() => [String])
  periods: string[];

  @Field(() => [DisclosedTrendSeries])
  series: DisclosedTrendSeries[];

  @Field(() => [String], { description: 'The "All contacts" row.' })
  periodTotals: string[];

  @Field(() => String)
  total: string;
}

@Resolver()
export class DisclosedTrendResolver {
  @Authorized(ACCESS.DISCLOSED_AGGREGATES)
  @Query(() => DisclosedTrend, { description: 'A trend with the disclosure rules applied: the only trend the Member Responsible for Complaints sees.', complexity: trendCost })
  disclosedTrend(@Arg('input', () => TrendInput) input: TrendInput, @Ctx() { dataSource, loaders, user }: GraphQLContext): Promise<DisclosedTrend> {
    const grain = input.granularity ?? 'MONTH';
    if (!isPublishableGrain(grain)) throw badUserInput('disclosedTrend', [{ field: 'granularity', message: 'only MONTH, QUARTER, FINANCIAL_YEAR or YEAR may be published' }]);
    if (input.compareWith) throw badUserInput('disclosedTrend', [{ field: 'compareWith', message: 'is not available for a disclosed trend' }]);
    const rule = embedSettings(dataSource).disclosureRule;
    return admitAggregate(dataSource, user, async (run) => {
      const result = await runTrend(run, await loaders.catalog(), input, todayIso());
      const disclosed = discloseTrend(result, rule);
      return {
        rule,
        note: disclosed.note,
        definition: result.definition,
        periods: result.periods,
        series: result.series.map((s, i) => ({ label: s.crossLabel ? `${s.label} – ${s.crossLabel}` : s.label, cells: disclosed.displays[i], total: disclosed.totalDisplays[i] })),
        periodTotals: disclosed.periodTotals.map((p) => p.value.display),
        total: disclosed.grandDisplay,
      };
    });
  }
}
