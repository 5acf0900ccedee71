import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { CreateUserInput, CurrentUser, LoginResult } from './auth.types';
import { ACCESS } from './role';
import { endSession, type AuthUser } from './session.service';
import { createUser, setUserActive } from './user.service';
import { User } from './user.entity';

async function toCurrentUser(user: AuthUser, ctx: GraphQLContext): Promise<CurrentUser> {
  const catalog = await ctx.loaders.catalog();
  return { ...user, serviceAreas: user.serviceAreaIds.map((id) => catalog.serviceAreas.byId.get(id)!.code) };
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, { description: 'Sign in. Sets the session cookie and returns the token for scripts.' })
  async login(@Arg('email', () => String) email: string, @Arg('password', () => String) password: string, @Ctx() ctx: GraphQLContext): Promise<LoginResult> {
    const session = await ctx.auth.login(email, password, ctx.address);
    ctx.sessionCookie.set(session.token, session.expiresAt);
    return { token: session.token, expiresAt: session.expiresAt, user: await toCurrentUser(session.user, ctx) };
  }

  @Mutation(() => Boolean, { description: 'Sign out: ends this session and clears the cookie.' })
  async logout(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    if (ctx.token) await endSession(ctx.dataSource, ctx.token);
    ctx.sessionCookie.clear();
    return true;
  }

  @Query(() => CurrentUser, { nullable: true, description: 'Who is signed in (null when nobody).' })
  async me(@Ctx() ctx: GraphQLContext): Promise<CurrentUser | null> {
    return ctx.user ? toCurrentUser(ctx.user, ctx) : null;
  }

  @Authorized(ACCESS.ADMINISTRATION)
  @Query(() => [User])
  async users(@Ctx() { dataSource }: GraphQLContext): Promise<User[]> {
    return dataSource.getRepository(User).find({ order: { email: 'ASC' } });
  }

  @Authorized(ACCESS.ADMINISTRATION)
  @Mutation(() => User)
  async createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() { dataSource }: GraphQLContext): Promise<User> {
    return createUser(dataSource, input);
  }

  @Authorized(ACCESS.ADMINISTRATION)
  @Mutation(() => User, { description: 'Deactivate or reactivate an account; either change ends all its sessions at once.' })
  async setUserActive(
    @Arg('id', () => ID) id: string,
    @Arg('active', () => Boolean) active: boolean,
    @Ctx() { dataSource }: GraphQLContext,
  ): Promise<User> {
    return setUserActive(dataSource, id, active);
  }

  @Authorized(ACCESS.ADMINISTRATION)
  @Mutation(() => Boolean, {
    description: "Lets an account sign in again after too many failed attempts: clears its counts from every address (any spelling of the email). An address's own limit is not cleared.",
  })
  async clearSignInLimits(@Arg('email', () => String) email: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    await ctx.auth.clearSignInLimits(email, ctx.user!.id);
    return true;
  }
}
