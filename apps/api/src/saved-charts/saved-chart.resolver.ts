import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { unpagedListCost } from '../graphql/query-limits';
import { CHART_ACCESS, chartPermissions } from './saved-chart-permissions';
import { SavedChart } from './saved-chart.entity';
import { SaveChartInput, UpdateSavedChartInput } from './saved-chart.inputs';
import { SavedChartService } from './saved-chart.service';
import { SavedChartPermissions } from './saved-chart.types';
import { UserSummary } from './user-summary.type';

@Resolver(() => SavedChart)
export class SavedChartResolver {
  @Authorized(CHART_ACCESS.USE)
  @Query(() => [SavedChart], { description: 'Your saved charts, most recently changed first.', complexity: unpagedListCost })
  savedCharts(@Ctx() { dataSource, user }: GraphQLContext): Promise<SavedChart[]> {
    return new SavedChartService(dataSource).list(user!);
  }

  @Authorized(CHART_ACCESS.USE)
  @Query(() => SavedChart, { nullable: true, description: "Any saved chart by id (staff share charts by link); null when there is none." })
  savedChart(@Arg('id', () => ID) id: string, @Ctx() { dataSource }: GraphQLContext): Promise<SavedChart | null> {
    return new SavedChartService(dataSource).find(id);
  }

  @Authorized(CHART_ACCESS.USE)
  @Mutation(() => SavedChart, { description: 'Save a trend question as a named chart, owned by you.' })
  saveChart(@Arg('input', () => SaveChartInput) input: SaveChartInput, @Ctx() { dataSource, user }: GraphQLContext): Promise<SavedChart> {
    return new SavedChartService(dataSource).save(input, user!);
  }

  @Authorized(CHART_ACCESS.USE)
  @Mutation(() => SavedChart, { description: 'Rename or change one of your saved charts (its embeds show the change).' })
  updateSavedChart(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateSavedChartInput) input: UpdateSavedChartInput,
    @Ctx() { dataSource, user }: GraphQLContext,
  ): Promise<SavedChart> {
    return new SavedChartService(dataSource).update(id, input, user!);
  }

  @Authorized([...CHART_ACCESS.USE, 'ADMIN'])
  @Mutation(() => ID, { description: 'Delete one of your saved charts (administrators: any), and its embeds with it. Answers its id.' })
  deleteSavedChart(@Arg('id', () => ID) id: string, @Ctx() { dataSource, user }: GraphQLContext): Promise<string> {
    return new SavedChartService(dataSource).delete(id, user!);
  }

  @FieldResolver(() => UserSummary)
  owner(@Root() chart: SavedChart): UserSummary {
    // Every query of SavedChartService loads the owner with the chart.
    return { id: chart.owner!.id, name: chart.owner!.name };
  }

  @FieldResolver(() => SavedChartPermissions, { description: 'What the signed-in person may do with this chart (the rule the mutations enforce).' })
  viewerCan(@Root() chart: SavedChart, @Ctx() { user }: GraphQLContext): SavedChartPermissions {
    return chartPermissions(user, chart);
  }
}
