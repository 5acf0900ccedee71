import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { admitAggregate } from '../aggregates/aggregate-admission';
import { ACCESS } from '../auth/role';
import { todayIso } from '../periods/today';
import type { GraphQLContext } from '../graphql/context';
import { trendCost } from '../graphql/query-limits';
import { trendQuestion } from '../result-cache/trend-question';
import { TrendInput } from './trend.inputs';
import { runTrend } from './trend.service';
import { TrendResult } from './trend.types';

@Resolver()
export class TrendResolver {
  @Authorized(ACCESS.AGGREGATES)
  @Query(() => TrendResult, {
    description: 'Ad-hoc trend analysis of contacts: any measure, by period, split by up to two dimensions.',
    // One grouped scan of the period's contacts (two with compareWith): see QUERY_LIMITS for how often one query may ask.
    complexity: trendCost,
  })
  async trend(@Arg('input', () => TrendInput) input: TrendInput, @Ctx() { dataSource, loaders, user, resultCache, dataVersions }: GraphQLContext): Promise<TrendResult> {
    const today = todayIso();
    return resultCache.answer(
      dataSource,
      trendQuestion(input, today),
      () => admitAggregate(dataSource, user, async (run) => runTrend(run, await loaders.catalog(), input, today)),
      { versions: dataVersions },
    );
  }
}
