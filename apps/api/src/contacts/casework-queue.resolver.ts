import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { ACCESS } from '../auth/role';
import type { GraphQLContext } from '../graphql/context';
import { FIELD_COSTS, fixedCost } from '../graphql/query-limits';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { todayIso } from '../periods/today';
import { readCaseworkQueue } from './casework-queue.service';
import { CaseworkQueue } from './casework-queue.types';
import { caseScope } from './contact-list';

@Resolver(() => CaseworkQueue)
export class CaseworkQueueResolver {
  @Authorized(ACCESS.CASES_READ)
  @Query(() => CaseworkQueue, {
    description:
      'Acknowledgements, responses, Stage 2/3 responses and Stage 3 panels not yet done that are overdue or due within 5 working days, most overdue first. Service managers see their areas only.',
    // Reads every open case.
    complexity: fixedCost(FIELD_COSTS.caseworkQueue),
  })
  caseworkQueue(
    @Ctx() { dataSource, user }: GraphQLContext,
    @Arg('asOf', () => LocalDateScalar, { nullable: true, description: 'Defaults to today.' }) asOf?: string | null,
  ): Promise<CaseworkQueue> {
    return readCaseworkQueue(dataSource, asOf ?? todayIso(), caseScope(user!));
  }
}
