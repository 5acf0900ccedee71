import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { admitAggregate } from '../aggregates/aggregate-admission';
import { ACCESS } from '../auth/role';
import { todayIso } from '../periods/today';
import type { GraphQLContext } from '../graphql/context';
import { FIELD_COSTS, fixedCost } from '../graphql/query-limits';
import { TrendInput } from './trend.inputs';
import { runTrend } from './trend.service';
import { TrendResult } from './trend.types';

@Resolver()
export class TrendResolver {
  @Authorized(ACCESS.AGGREGATES)
  @Query(() => TrendResult, {
    description: 'Ad-hoc trend analysis of contacts: any measure, by period, split by up to two dimensions.',
    // One grouped scan of the period's contacts: see QUERY_LIMITS for how often one query may ask.
    complexity: fixedCost(FIELD_COSTS.trend),
  })
  async trend(@Arg('input', () => TrendInput) input: TrendInput, @Ctx() { dataSource, loaders, user }: GraphQLContext): Promise<TrendResult> {
    return admitAggregate(dataSource, user, async (run) => runTrend(run, await loaders.catalog(), input, todayIso()));
  }
}
