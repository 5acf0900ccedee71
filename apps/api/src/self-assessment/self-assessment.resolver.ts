import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ACCESS } from '../auth/role';
import { directReader } from '../code-report/code-sql';
import type { GraphQLContext } from '../graphql/context';
import { todayIso } from '../periods/today';
import { CodeProvision } from './code-provision.entity';
import { PROVISIONS_SOURCE } from './code-provisions';
import { SelfAssessmentAction } from './self-assessment-action.entity';
import { SelfAssessmentEntry } from './self-assessment-entry.entity';
import { selfAssessmentRows } from './self-assessment-rows';
import { SelfAssessment } from './self-assessment.entity';
import {
  addSelfAssessmentAction,
  approveSelfAssessment,
  completeSelfAssessmentAction,
  createSelfAssessment,
  updateSelfAssessmentEntry,
} from './self-assessment.service';
import {
  ApproveSelfAssessmentInput,
  CreateSelfAssessmentInput,
  SelfAssessmentActionInput,
  SelfAssessmentEntryInput,
  SelfAssessmentRow,
} from './self-assessment.types';

@Resolver(() => SelfAssessment)
export class SelfAssessmentResolver {
  @Authorized(ACCESS.DISCLOSED_AGGREGATES)
  @Query(() => [CodeProvision], { description: "The Complaint Handling Code's provisions, paraphrased (see codeProvisionsSource)." })
  codeProvisions(@Ctx() { dataSource }: GraphQLContext): Promise<CodeProvision[]> {
    return dataSource.getRepository(CodeProvision).find({ order: { sortOrder: 'ASC' } });
  }

  @Authorized(ACCESS.DISCLOSED_AGGREGATES)
  @Query(() => [SelfAssessment], { description: 'Every version of the self-assessment against the Code, newest first.' })
  selfAssessments(@Ctx() { dataSource }: GraphQLContext): Promise<SelfAssessment[]> {
    return dataSource.getRepository(SelfAssessment).find({ order: { version: 'DESC' } });
  }

  @FieldResolver(() => [SelfAssessmentRow], { description: 'One row per provision, in the Code’s order, with the evidence measured for the version’s year.' })
  rows(@Root() assessment: SelfAssessment, @Ctx() { dataSource }: GraphQLContext): Promise<SelfAssessmentRow[]> {
    return selfAssessmentRows(dataSource, directReader(dataSource), assessment, todayIso());
  }

  @FieldResolver(() => String, { description: 'Where the provisions’ text comes from: paraphrased, not the Code’s words.' })
  provisionsSource(): string {
    return PROVISIONS_SOURCE;
  }

  @Authorized(ACCESS.SELF_ASSESSMENT_WRITE)
  @Mutation(() => SelfAssessment, { description: 'A new version: copies the previous version’s answers and open actions (or one blank entry per provision).' })
  createSelfAssessment(@Arg('input', () => CreateSelfAssessmentInput) input: CreateSelfAssessmentInput, @Ctx() { dataSource, user }: GraphQLContext): Promise<SelfAssessment> {
    return createSelfAssessment(dataSource, input, user!.id);
  }

  @Authorized(ACCESS.SELF_ASSESSMENT_WRITE)
  @Mutation(() => SelfAssessmentEntry, { description: 'Comply yes/no, evidence and commentary for one provision of a draft.' })
  updateSelfAssessmentEntry(@Arg('input', () => SelfAssessmentEntryInput) input: SelfAssessmentEntryInput, @Ctx() { dataSource }: GraphQLContext): Promise<SelfAssessmentEntry> {
    return updateSelfAssessmentEntry(dataSource, { ...input, entryId: Number(input.entryId) });
  }

  @Authorized(ACCESS.SELF_ASSESSMENT_WRITE)
  @Mutation(() => SelfAssessmentAction, { description: 'An action, with owner and due date, for a provision of a draft.' })
  addSelfAssessmentAction(@Arg('input', () => SelfAssessmentActionInput) input: SelfAssessmentActionInput, @Ctx() { dataSource }: GraphQLContext): Promise<SelfAssessmentAction> {
    return addSelfAssessmentAction(dataSource, { ...input, entryId: Number(input.entryId) }, todayIso());
  }

  @Authorized(ACCESS.SELF_ASSESSMENT_WRITE)
  @Mutation(() => SelfAssessmentAction)
  completeSelfAssessmentAction(
    @Arg('actionId', () => ID) actionId: string,
    @Arg('completedOn', () => String) completedOn: string,
    @Ctx() { dataSource }: GraphQLContext,
  ): Promise<SelfAssessmentAction> {
    return completeSelfAssessmentAction(dataSource, { actionId: Number(actionId), completedOn }, todayIso());
  }

  @Authorized(ACCESS.SELF_ASSESSMENT_WRITE)
  @Mutation(() => SelfAssessment, { description: "Records the governing body's approval; the version can no longer change." })
  approveSelfAssessment(@Arg('input', () => ApproveSelfAssessmentInput) input: ApproveSelfAssessmentInput, @Ctx() { dataSource, user }: GraphQLContext): Promise<SelfAssessment> {
    return approveSelfAssessment(dataSource, { ...input, id: Number(input.id) }, user!.id, todayIso());
  }
}
