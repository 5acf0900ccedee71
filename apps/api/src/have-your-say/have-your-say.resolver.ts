import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ACCESS } from '../auth/role';
import type { GraphQLContext } from '../graphql/context';
import { unpagedListCost } from '../graphql/query-limits';
import { HaveYourSayItem } from './have-your-say.entity';
import { ConvertHaveYourSayInput, HaveYourSayInput } from './have-your-say.inputs';
import { closeHaveYourSay, convertHaveYourSay, haveYourSayTriage, submitHaveYourSay } from './have-your-say.service';
import { HaveYourSayReceipt } from './have-your-say.types';

@Resolver()
export class HaveYourSayResolver {
  // No @Authorized: like `login`, anyone may send one (the public page); limited per address (have-your-say-limits.ts).
  @Mutation(() => HaveYourSayReceipt, {
    description:
      'A child or young person tells the service what happened (no sign-in). Returns their reference and what happens next. Limited per address (TOO_MANY_REQUESTS with retryAfterSeconds); BAD_USER_INPUT names the field.',
  })
  submitHaveYourSay(@Arg('input', () => HaveYourSayInput) input: HaveYourSayInput, @Ctx() ctx: GraphQLContext): Promise<HaveYourSayReceipt> {
    // Counted per address for visitors; a signed-in caller (staff trying the page) per account, so an office's shared address is not spent.
    const sender = ctx.user ? `account:${ctx.user.id}` : `address:${ctx.address}`;
    return submitHaveYourSay(ctx.dataSource, ctx.haveYourSayLimits, sender, input);
  }

  @Authorized(ACCESS.HAVE_YOUR_SAY_TRIAGE)
  @Query(() => [HaveYourSayItem], {
    description: '"Have your say" messages: the new ones, longest waiting first; with includeHandled, then the 50 most recently recorded or closed.',
    complexity: unpagedListCost,
  })
  haveYourSayTriage(
    @Ctx() { dataSource }: GraphQLContext,
    @Arg('includeHandled', () => Boolean, { defaultValue: false }) includeHandled: boolean,
  ): Promise<HaveYourSayItem[]> {
    return haveYourSayTriage(dataSource, includeHandled);
  }

  @Authorized(ACCESS.HAVE_YOUR_SAY_TRIAGE)
  @Mutation(() => HaveYourSayItem, {
    description:
      'Records a new "Have your say" message as a contact (channel WEB_APPLICATION, complainant type CHILD_OR_YOUNG_PERSON, received the day it was sent, summary in their words) and marks it recorded. CONFLICT if it is no longer new.',
  })
  convertHaveYourSay(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ConvertHaveYourSayInput) input: ConvertHaveYourSayInput,
    @Ctx() { dataSource, user }: GraphQLContext,
  ): Promise<HaveYourSayItem> {
    return convertHaveYourSay(dataSource, id, input, user!);
  }

  @Authorized(ACCESS.HAVE_YOUR_SAY_TRIAGE)
  @Mutation(() => HaveYourSayItem, { description: 'Closes a new "Have your say" message without recording a contact, with the reason. CONFLICT if it is no longer new.' })
  closeHaveYourSay(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() { dataSource, user }: GraphQLContext): Promise<HaveYourSayItem> {
    return closeHaveYourSay(dataSource, id, reason, user!);
  }
}
