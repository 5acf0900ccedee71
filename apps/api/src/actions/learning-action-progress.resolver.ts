import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { ACCESS } from '../auth/role';
import type { GraphQLContext } from '../graphql/context';
import { LearningActionProgress } from './learning-action-progress.entity';
import { LearningAction } from './learning-action.entity';
import { LearningActionService } from './learning-action.service';

/** One progress loader per request (keyed by its context), so a list costs one query for every action's log. */
const progressLoaders = new WeakMap<GraphQLContext, DataLoader<number, LearningActionProgress[]>>();

function progressLoader(context: GraphQLContext): DataLoader<number, LearningActionProgress[]> {
  let loader = progressLoaders.get(context);
  if (!loader) {
    const service = LearningActionService.forRequest(context);
    loader = new DataLoader((ids) => service.progressOf(ids));
    progressLoaders.set(context, loader);
  }
  return loader;
}

/** The tracker's progress log and closing notes. */
@Resolver(() => LearningAction)
export class LearningActionProgressResolver {
  @Authorized(ACCESS.ACTIONS_WRITE)
  @Mutation(() => LearningAction, {
    description:
      'Record progress on a learning action (up to 2,000 characters), dated and signed with your name. Not on a COMPLETED action; no version is needed, as entries are only added.',
  })
  async addLearningActionProgress(
    @Arg('id', () => ID) id: string,
    @Arg('text', () => String) text: string,
    @Ctx() context: GraphQLContext,
  ): Promise<LearningAction> {
    return LearningActionService.forRequest(context).addProgress(id, text, context.user!);
  }

  @FieldResolver(() => [LearningActionProgress], {
    description: 'The progress log, newest first: progress recorded, and each closing (with its note) and reopening.',
  })
  async progress(@Root() action: LearningAction, @Ctx() context: GraphQLContext): Promise<LearningActionProgress[]> {
    return progressLoader(context).load(action.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'A COMPLETED action’s closing note (from its latest closing); null while it is open, or when it was closed before closing notes were asked for.',
  })
  async closingNote(@Root() action: LearningAction, @Ctx() context: GraphQLContext): Promise<string | null> {
    if (action.status !== 'COMPLETED') return null;
    const log = await progressLoader(context).load(action.id);
    return log.find((entry) => entry.kind === 'CLOSED')?.text ?? null;
  }
}
