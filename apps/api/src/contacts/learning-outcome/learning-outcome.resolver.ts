import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { learningOutcomeApplies } from '@complaints/domain';
import { LearningAction } from '../../actions/learning-action.entity';
import { ACCESS } from '../../auth/role';
import type { GraphQLContext } from '../../graphql/context';
import { Contact } from '../contact.entity';
import { ContactLearningOutcome } from './contact-learning-outcome.entity';
import { LearningOutcomeInput } from './learning-outcome.inputs';
import { LearningOutcomeService } from './learning-outcome.service';

interface OutcomeLoaders {
  byContact: DataLoader<number, ContactLearningOutcome | null>;
  action: DataLoader<number, LearningAction | null>;
  linkedComplaints: DataLoader<number, number>;
}

/** One set per request (keyed by its context), so a page of contacts or actions costs one query per field. */
const loaders = new WeakMap<GraphQLContext, OutcomeLoaders>();

function outcomeLoaders(context: GraphQLContext): OutcomeLoaders {
  let set = loaders.get(context);
  if (!set) {
    const service = new LearningOutcomeService(context.dataSource);
    const actions = context.dataSource.getRepository(LearningAction);
    set = {
      byContact: new DataLoader((ids) => service.outcomesOf(ids)),
      action: new DataLoader(async (ids) => {
        const rows = new Map((await actions.findBy({ id: In([...ids]) })).map((a) => [a.id, a]));
        return ids.map((id) => rows.get(id) ?? null);
      }),
      linkedComplaints: new DataLoader((ids) => service.linkedComplaintCounts(ids)),
    };
    loaders.set(context, set);
  }
  return set;
}

/**
 * Learning at closure on a contact: whether it is asked what was learned, the
 * answer, and the officers' mutation to record it. Contacts reach only those who
 * may read case records, so these fields need no check of their own.
 */
@Resolver(() => Contact)
export class LearningOutcomeResolver {
  @Authorized(ACCESS.CASES_WRITE)
  @Mutation(() => Contact, {
    description:
      'Record what was learned from a complaint whose response is recorded: nothing, an existing learning action, or a new one (recorded with it). Answering again replaces the answer.',
  })
  async recordLearningOutcome(
    @Arg('contactId', () => ID) contactId: string,
    @Arg('input', () => LearningOutcomeInput) input: LearningOutcomeInput,
    @Ctx() { dataSource, user, dataVersions }: GraphQLContext,
  ): Promise<Contact> {
    return new LearningOutcomeService(dataSource, undefined, dataVersions).record(contactId, input, user!);
  }

  @FieldResolver(() => Boolean, {
    description: 'Asked what was learned: a formal complaint whose response is recorded. Outstanding while learningOutcome is null.',
  })
  async learningOutcomeAsked(@Root() contact: Contact, @Ctx() { loaders: shared }: GraphQLContext): Promise<boolean> {
    const recordType = (await shared.catalog()).recordTypes.byId.get(contact.recordTypeId);
    return learningOutcomeApplies({ recordTypeGroup: recordType?.group ?? '', responseSentDate: contact.responseSentDate });
  }

  @FieldResolver(() => ContactLearningOutcome, { nullable: true, description: 'What was learned, once recorded.' })
  learningOutcome(@Root() contact: Contact, @Ctx() context: GraphQLContext): Promise<ContactLearningOutcome | null> {
    return outcomeLoaders(context).byContact.load(contact.id);
  }
}

@Resolver(() => ContactLearningOutcome)
export class LearningOutcomeFieldsResolver {
  @FieldResolver(() => LearningAction, { nullable: true, description: 'The learning action named (EXISTING_ACTION, NEW_ACTION); null for NONE.' })
  async learningAction(@Root() outcome: ContactLearningOutcome, @Ctx() context: GraphQLContext): Promise<LearningAction | null> {
    return outcome.learningActionId === null ? null : outcomeLoaders(context).action.load(outcome.learningActionId);
  }
}

@Resolver(() => LearningAction)
export class LearningActionLinksResolver {
  @FieldResolver(() => Int, { description: "How many complaints' answers to \"what was learned?\" named this action (a count: no case details)." })
  linkedComplaints(@Root() action: LearningAction, @Ctx() context: GraphQLContext): Promise<number> {
    return outcomeLoaders(context).linkedComplaints.load(action.id);
  }
}
