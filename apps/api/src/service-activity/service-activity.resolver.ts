import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ACCESS } from '../auth/role';
import { badUserInput } from '../graphql/errors';
import type { GraphQLContext } from '../graphql/context';
import { SaveServiceActivityInput } from './service-activity.inputs';
import { ServiceActivity } from './service-activity.entity';
import { listServiceActivity, saveServiceActivity } from './service-activity.service';
import { checkServiceActivity } from './service-activity-validation';

/** Social care activity figures (table 6): entered per financial year by officers, read by anyone signed in. */
@Resolver(() => ServiceActivity)
export class ServiceActivityResolver {
  @Authorized(ACCESS.SIGNED_IN)
  @Query(() => [ServiceActivity], { description: 'Social care activity figures (table 6), newest year first; one year when financialYear is given.' })
  serviceActivity(
    @Ctx() { dataSource }: GraphQLContext,
    @Arg('financialYear', () => String, { nullable: true, description: "e.g. '2009/10'" }) financialYear?: string | null,
  ): Promise<ServiceActivity[]> {
    return listServiceActivity(dataSource, financialYear);
  }

  @Authorized(ACCESS.SERVICE_ACTIVITY_WRITE)
  @Mutation(() => ServiceActivity, { description: "Enter or replace a financial year's social care activity figures (table 6)." })
  async saveServiceActivity(
    @Arg('input', () => SaveServiceActivityInput) input: SaveServiceActivityInput,
    @Ctx() { dataSource }: GraphQLContext,
  ): Promise<ServiceActivity> {
    const checked = checkServiceActivity(input);
    if (!checked.ok) throw badUserInput('service activity', checked.problems);
    const [saved] = await saveServiceActivity(dataSource, [checked.value]);
    return saved;
  }
}
