import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { ACCESS } from '../auth/role';
import type { GraphQLContext } from '../graphql/context';
import { FIELD_COSTS, fixedCost } from '../graphql/query-limits';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { todayIso } from '../periods/today';
import { readCaseworkQueue } from './casework-queue.service';
import { CaseworkQueue, CaseworkQueueFilter } from './casework-queue.types';
import { CaseworkSort, type CaseworkSortCode } from './contact.enums';

@Resolver(() => CaseworkQueue)
export class CaseworkQueueResolver {
  @Authorized(ACCESS.CASES_READ)
  @Query(() => CaseworkQueue, {
    description:
      "Acknowledgements, responses, Stage 2/3 responses, Stage 3 panels and the Complaint Handling Code's Stage 2 acknowledgements and responses not yet done that are overdue or due within 5 working days, most overdue first (or in the order asked for), each with its stage's officer; filter by 'mine', officer, record type, service area, step or status. Service managers see their areas only.",
    // Reads every open case.
    complexity: fixedCost(FIELD_COSTS.caseworkQueue),
  })
  caseworkQueue(
    @Ctx() { dataSource, user }: GraphQLContext,
    @Arg('asOf', () => LocalDateScalar, { nullable: true, description: 'Defaults to today.' }) asOf?: string | null,
    @Arg('filter', () => CaseworkQueueFilter, { nullable: true }) filter?: CaseworkQueueFilter | null,
    @Arg('sort', () => CaseworkSort, { nullable: true, defaultValue: 'DUE_DATE' }) sort?: CaseworkSortCode | null,
  ): Promise<CaseworkQueue> {
    return readCaseworkQueue(dataSource, user!, { asOf: asOf ?? todayIso(), filter: filter ?? {}, sort: sort ?? 'DUE_DATE' });
  }
}
