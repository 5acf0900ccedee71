import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ACCESS } from '../auth/role';
import type { GraphQLContext } from '../graphql/context';
import { unpagedListCost } from '../graphql/query-limits';
import { todayIso } from '../periods/today';
import { IssueCategory } from '../reference/issue-category.entity';
import { Issue } from '../reference/issue.entity';
import { ServiceArea } from '../reference/service-area.entity';
import { LearningActionChange } from './learning-action-change.entity';
import { LearningAction } from './learning-action.entity';
import { CreateLearningActionInput, LearningActionFilter, UpdateLearningActionInput } from './learning-action.inputs';
import { LearningActionService, type Changed } from './learning-action.service';
import { actionPermissions } from './learning-action-permissions';
import { LearningActionChangeResult, LearningActionPermissions } from './learning-action-result.types';
import { isOverdue } from './learning-action-values';

/** One history loader per request (keyed by its context), so a list costs one audit query. */
const historyLoaders = new WeakMap<GraphQLContext, DataLoader<number, LearningActionChange[]>>();

function historyLoader(context: GraphQLContext): DataLoader<number, LearningActionChange[]> {
  let loader = historyLoaders.get(context);
  if (!loader) {
    const service = LearningActionService.forRequest(context);
    loader = new DataLoader((ids) => service.historyOf(ids));
    historyLoaders.set(context, loader);
  }
  return loader;
}

const VERSION_ARG = { description: 'The version the client loaded; if the stored version differs, nothing is saved and the answer is a VersionConflict.' };

@Resolver(() => LearningAction)
export class LearningActionResolver {
  @Authorized(ACCESS.ACTIONS_READ)
  @Query(() => [LearningAction], {
    description: 'Learning-from-complaints actions: overdue first, then open ones by due date, then completed.',
    complexity: unpagedListCost,
  })
  async learningActions(
    @Ctx() context: GraphQLContext,
    @Arg('filter', () => LearningActionFilter, { nullable: true }) filter?: LearningActionFilter,
  ): Promise<LearningAction[]> {
    return LearningActionService.forRequest(context).list(filter ?? {});
  }

  @Authorized(ACCESS.ACTIONS_READ)
  @Query(() => LearningAction, { nullable: true, description: 'A learning action by id; null when there is none.' })
  async learningAction(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext): Promise<LearningAction | null> {
    return LearningActionService.forRequest(context).find(id);
  }

  @Authorized(ACCESS.ACTIONS_WRITE)
  @Mutation(() => LearningAction, { description: 'Record a learning action (service managers: for one of their service areas).' })
  async createLearningAction(
    @Arg('input', () => CreateLearningActionInput) input: CreateLearningActionInput,
    @Ctx() context: GraphQLContext,
  ): Promise<LearningAction> {
    return LearningActionService.forRequest(context).create(input, context.user!);
  }

  @Authorized(ACCESS.ACTIONS_WRITE)
  @Mutation(() => LearningActionChangeResult, { description: 'Change some fields of a learning action, if it is still at expectedVersion.' })
  async updateLearningAction(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, VERSION_ARG) expectedVersion: number,
    @Arg('input', () => UpdateLearningActionInput) input: UpdateLearningActionInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Changed> {
    return LearningActionService.forRequest(context).update(id, expectedVersion, input, context.user!);
  }

  @Authorized(ACCESS.ACTIONS_WRITE)
  @Mutation(() => LearningActionChangeResult, {
    description: 'Mark a learning action COMPLETED, with its closing note, if it is still at expectedVersion. The note goes into its progress log.',
  })
  async closeLearningAction(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, VERSION_ARG) expectedVersion: number,
    // Nullable in the schema so that a missing note is refused like a blank one: BAD_USER_INPUT naming closingNote.
    @Arg('closingNote', () => String, {
      nullable: true,
      description: 'Required: what was done and how you know it worked (up to 2,000 characters). Missing or blank: BAD_USER_INPUT naming closingNote.',
    })
    closingNote: string | null | undefined,
    @Ctx() context: GraphQLContext,
  ): Promise<Changed> {
    return LearningActionService.forRequest(context).close(id, expectedVersion, closingNote, context.user!);
  }

  @Authorized(ACCESS.ACTIONS_WRITE)
  @Mutation(() => LearningActionChangeResult, {
    description: 'Put a COMPLETED learning action back to ONGOING, if it is still at expectedVersion. Its progress log (closing note included) is kept.',
  })
  async reopenLearningAction(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, VERSION_ARG) expectedVersion: number,
    @Arg('note', () => String, { nullable: true, description: 'Why it is reopened (up to 2,000 characters), added to its progress log.' })
    note: string | null | undefined,
    @Ctx() context: GraphQLContext,
  ): Promise<Changed> {
    return LearningActionService.forRequest(context).reopen(id, expectedVersion, note, context.user!);
  }

  @FieldResolver(() => IssueCategory, { nullable: true })
  async issueCategory(@Root() action: LearningAction, @Ctx() { loaders }: GraphQLContext): Promise<IssueCategory | null> {
    return action.issueCategoryId === null ? null : ((await loaders.catalog()).issueCategories.byId.get(action.issueCategoryId) ?? null);
  }

  @FieldResolver(() => [Issue], { description: "The issues the action answers: Appendix 1 counts the year's complaints naming them." })
  async issues(@Root() action: LearningAction, @Ctx() { loaders }: GraphQLContext): Promise<Issue[]> {
    const [ids, catalog] = await Promise.all([loaders.issueIdsByLearningAction.load(action.id), loaders.catalog()]);
    return ids.flatMap((id) => catalog.issues.byId.get(id) ?? []);
  }

  @FieldResolver(() => ServiceArea, { nullable: true })
  async serviceArea(@Root() action: LearningAction, @Ctx() { loaders }: GraphQLContext): Promise<ServiceArea | null> {
    return action.serviceAreaId === null ? null : ((await loaders.catalog()).serviceAreas.byId.get(action.serviceAreaId) ?? null);
  }

  @FieldResolver(() => LearningActionPermissions, { description: 'What the signed-in person may do to this action (the rule the mutations enforce).' })
  viewerCan(@Root() action: LearningAction, @Ctx() { user }: GraphQLContext): LearningActionPermissions {
    return actionPermissions(user, action);
  }

  @FieldResolver(() => Boolean, { description: 'Due before today and not completed.' })
  overdue(@Root() action: LearningAction): boolean {
    return isOverdue(action, todayIso());
  }

  @FieldResolver(() => [LearningActionChange], { description: 'Every change, oldest first; the first entry of an action made here is "created".' })
  async history(@Root() action: LearningAction, @Ctx() context: GraphQLContext): Promise<LearningActionChange[]> {
    return historyLoader(context).load(action.id);
  }
}
