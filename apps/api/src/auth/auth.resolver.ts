import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { CurrentUser, LoginResult } from './auth.types';
import { ACCESS } from './role';
import { endSession, type AuthUser } from './session.service';

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

  @Authorized(ACCESS.SIGNED_IN)
  @Mutation(() => CurrentUser, {
    description:
      'Change your own password (the only thing a temporary password allows). The current one is checked like a sign-in; the new one must meet the password policy. Your other sessions end.',
  })
  async changeOwnPassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CurrentUser> {
    const user = ctx.user!;
    await ctx.auth.changeOwnPassword(user, ctx.token!, currentPassword, newPassword, ctx.address);
    return toCurrentUser({ ...user, mustChangePassword: false }, ctx);
  }

  @Authorized(ACCESS.ADMINISTRATION)
  @Mutation(() => Boolean, {
    description: "Lets an account sign in again after too many failed attempts: clears its counts from every address (any spelling of the email). An address's own limit is not cleared.",
  })
  async clearSignInLimits(@Arg('email', () => String) email: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    await ctx.auth.clearSignInLimits(email, ctx.user!);
    return true;
  }
}
