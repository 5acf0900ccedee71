import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { mayUse } from '@complaints/domain';
import { ACCESS } from '../auth/role';
import { caseScope } from '../contacts/contact-list';
import { CaseworkQueue } from '../contacts/casework-queue.types';
import type { GraphQLContext } from '../graphql/context';
import { incidentsAwaitingIco } from './lost-information-list';
import { LostInformationQueueItem } from './lost-information.types';

/**
 * Adds the lost-information incidents awaiting their ICO decision to the
 * casework queue (kept apart from its contact steps, whose dates are working
 * days; these are hours). The web queue shows them first, overdue first.
 */
@Resolver(() => CaseworkQueue)
export class LostInformationQueueResolver {
  @FieldResolver(() => [LostInformationQueueItem], {
    description:
      'Lost-information incidents whose ICO decision (or notification) is still to be made, overdue first then soonest due, by the 72-hour clock now. Service managers see their areas only.',
  })
  async lostInformation(@Root() _queue: CaseworkQueue, @Ctx() { dataSource, user }: GraphQLContext): Promise<LostInformationQueueItem[]> {
    // The queue itself is for CASES_READ; the register's own list decides who sees incidents.
    if (!user || !mayUse(user.role, ACCESS.LOST_INFORMATION_READ)) return [];
    return incidentsAwaitingIco(dataSource, caseScope(user), new Date());
  }
}
