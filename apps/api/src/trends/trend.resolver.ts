import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { ACCESS } from '../auth/role';
import { todayIso } from '../periods/today';
import type { GraphQLContext } from '../graphql/context';
import { TrendInput } from './trend.inputs';
import { runTrend } from './trend.service';
import { TrendResult } from './trend.types';

@Resolver()
export class TrendResolver {
  @Authorized(ACCESS.AGGREGATES)
  @Query(() => TrendResult, { description: 'Ad-hoc trend analysis of contacts: any measure, by period, split by up to two dimensions.' })
  async trend(@Arg('input', () => TrendInput) input: TrendInput, @Ctx() { dataSource, loaders }: GraphQLContext): Promise<TrendResult> {
    return runTrend(dataSource, await loaders.catalog(), input, todayIso());
  }
}
