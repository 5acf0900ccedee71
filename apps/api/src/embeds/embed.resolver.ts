import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { unpagedListCost } from '../graphql/query-limits';
import { CHART_ACCESS, mayManageEmbed } from '../saved-charts/saved-chart-permissions';
import { UserSummary } from '../saved-charts/user-summary.type';
import { embedState } from './embed-state';
import { Embed } from './embed.entity';
import { EmbedState } from './embed.enums';
import { EmbedService, type Created } from './embed.service';
import { CreateEmbedInput, CreatedEmbed, EmbeddedChart, EmbedPermissions } from './embed.types';

@Resolver(() => Embed)
export class EmbedResolver {
  @Authorized(CHART_ACCESS.PUBLISH)
  @Mutation(() => CreatedEmbed, { description: 'Publish a saved chart for intranet pages: answers its URL, snippet and token (shown once).' })
  createEmbed(
    @Arg('chartId', () => ID) chartId: string,
    @Arg('input', () => CreateEmbedInput, { nullable: true }) input: CreateEmbedInput | null,
    @Ctx() { dataSource, user }: GraphQLContext,
  ): Promise<Created> {
    return new EmbedService(dataSource).create(chartId, input ?? {}, user!);
  }

  @Authorized(CHART_ACCESS.EMBEDS)
  @Query(() => [Embed], {
    description: 'The embed register, newest first: administrators see every embed; others those they published or of charts they own. No figures.',
    complexity: unpagedListCost,
  })
  embeds(@Ctx() { dataSource, user }: GraphQLContext): Promise<Embed[]> {
    return new EmbedService(dataSource).register(user!);
  }

  @Authorized(CHART_ACCESS.EMBEDS)
  @Mutation(() => Embed, { description: 'Stop an embed for good: every request with its token then gets "no longer available" (HTTP 410).' })
  revokeEmbed(@Arg('id', () => ID) id: string, @Ctx() { dataSource, user }: GraphQLContext): Promise<Embed> {
    return new EmbedService(dataSource).revoke(id, user!);
  }

  @Authorized(CHART_ACCESS.EMBEDS)
  @Mutation(() => Embed, { description: 'Stop an embed until it is resumed.' })
  pauseEmbed(@Arg('id', () => ID) id: string, @Ctx() { dataSource, user }: GraphQLContext): Promise<Embed> {
    return new EmbedService(dataSource).pause(id, user!);
  }

  @Authorized(CHART_ACCESS.EMBEDS)
  @Mutation(() => Embed, { description: 'Show a paused embed again (an expired or revoked one stays unavailable).' })
  resumeEmbed(@Arg('id', () => ID) id: string, @Ctx() { dataSource, user }: GraphQLContext): Promise<Embed> {
    return new EmbedService(dataSource).resume(id, user!);
  }

  @FieldResolver(() => EmbedState, { description: 'Whether it shows its chart now (expiry included).' })
  state(@Root() embed: Embed): EmbedState {
    return embedState(embed, new Date());
  }

  // The service loads chart and people with every embed it answers (one query for the register).
  @FieldResolver(() => EmbeddedChart)
  chart(@Root() embed: Embed): EmbeddedChart {
    return { id: embed.chart!.id, name: embed.chart!.name };
  }

  @FieldResolver(() => UserSummary, { description: 'Who published it.' })
  createdBy(@Root() embed: Embed): UserSummary {
    return { id: embed.createdBy!.id, name: embed.createdBy!.name };
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  revokedBy(@Root() embed: Embed): UserSummary | null {
    return embed.revokedBy ? { id: embed.revokedBy.id, name: embed.revokedBy.name } : null;
  }

  @FieldResolver(() => EmbedPermissions, { description: 'What the signed-in person may do to this embed (the rule the mutations enforce).' })
  viewerCan(@Root() embed: Embed, @Ctx() { user }: GraphQLContext): EmbedPermissions {
    const manage = mayManageEmbed(user, embed, embed.chart!);
    return { revoke: manage && embed.status !== 'REVOKED', pause: manage && embed.status === 'ACTIVE', resume: manage && embed.status === 'PAUSED' };
  }
}
