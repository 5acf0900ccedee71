/** Administrators' user management: thin over user-admin.service.ts. */
import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { notFound } from '../graphql/errors';
import { unpagedListCost } from '../graphql/query-limits';
import { ServiceArea } from '../reference/service-area.entity';
import { ACCESS } from './role';
import type { AuthUser } from './session.service';
import { createUserByAdmin, resetUserPassword, serviceAreaIdsByUser, setUserActive, updateUser } from './user-admin.service';
import { CreateUserInput, UpdateUserInput, UserWithTemporaryPassword } from './user-admin.types';
import { User } from './user.entity';

/** One batched read of users' service areas per request (a list of users costs one query, not one each). */
const areaLoaders = new WeakMap<object, DataLoader<number, number[]>>();

function areaLoader(ctx: GraphQLContext): DataLoader<number, number[]> {
  let loader = areaLoaders.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader((ids) => serviceAreaIdsByUser(ctx.dataSource, ids));
    areaLoaders.set(ctx.loaders, loader);
  }
  return loader;
}

const actor = (user: AuthUser | null) => ({ id: user!.id, email: user!.email });

@Resolver(() => User)
export class UserAdminResolver {
  @Authorized(ACCESS.ADMINISTRATION)
  @Query(() => [User], { description: 'Every account, active or not, by email.', complexity: unpagedListCost })
  async users(@Ctx() { dataSource }: GraphQLContext): Promise<User[]> {
    return dataSource.getRepository(User).find({ order: { email: 'ASC' } });
  }

  @Authorized(ACCESS.ADMINISTRATION)
  @Query(() => User, { description: 'One account.' })
  async user(@Arg('id', () => ID) id: string, @Ctx() { dataSource }: GraphQLContext): Promise<User> {
    const user = Number.isSafeInteger(Number(id)) ? await dataSource.getRepository(User).findOneBy({ id: Number(id) }) : null;
    if (!user) throw notFound('user', id);
    return user;
  }

  @Authorized(ACCESS.ADMINISTRATION)
  @Mutation(() => UserWithTemporaryPassword, { description: 'Create an account with a temporary password, which its holder must change at first sign-in.' })
  async createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: GraphQLContext): Promise<UserWithTemporaryPassword> {
    return createUserByAdmin(ctx.dataSource, input, actor(ctx.user));
  }

  @Authorized(ACCESS.ADMINISTRATION)
  @Mutation(() => User, { description: "Change an account's name, role or service areas. The last active administrator keeps the role." })
  async updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<User> {
    return updateUser(ctx.dataSource, id, input, actor(ctx.user));
  }

  @Authorized(ACCESS.ADMINISTRATION)
  @Mutation(() => User, { description: 'Deactivate or reactivate an account; either change ends all its sessions at once. The last active administrator cannot be deactivated.' })
  async setUserActive(@Arg('id', () => ID) id: string, @Arg('active', () => Boolean) active: boolean, @Ctx() ctx: GraphQLContext): Promise<User> {
    return setUserActive(ctx.dataSource, id, active, actor(ctx.user));
  }

  @Authorized(ACCESS.ADMINISTRATION)
  @Mutation(() => UserWithTemporaryPassword, { description: "Give an account a new temporary password: its sessions end and its holder must change it at the next sign-in." })
  async resetUserPassword(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<UserWithTemporaryPassword> {
    return resetUserPassword(ctx.dataSource, id, actor(ctx.user));
  }

  @FieldResolver(() => [ServiceArea], { description: "A service manager's service areas (empty for other roles)." })
  async serviceAreas(@Root() user: User, @Ctx() ctx: GraphQLContext): Promise<ServiceArea[]> {
    const [ids, catalog] = await Promise.all([areaLoader(ctx).load(user.id), ctx.loaders.catalog()]);
    return ids.map((id) => catalog.serviceAreas.byId.get(id)!).sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  }
}
