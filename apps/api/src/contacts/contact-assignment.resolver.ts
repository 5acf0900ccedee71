import { assignmentRole } from '@complaints/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ACCESS } from '../auth/role';
import type { GraphQLContext } from '../graphql/context';
import { unpagedListCost } from '../graphql/query-limits';
import { Stage } from '../reference/reference.enums';
import { assignableStages, currentStage, type AssignmentStageCode } from './assignment-rules';
import { assignContact, caseOfficers } from './contact-assignment.service';
import { CaseOfficer, StageAssignment } from './contact-assignment.types';
import { caseLoaders } from './contact-loaders';
import { Contact } from './contact.entity';

/** Who handles each contact at each stage: the Stage 1 handler, the Stage 2 investigator, and so on. */
@Resolver(() => Contact)
export class ContactAssignmentResolver {
  @Authorized(ACCESS.CASES_WRITE)
  @Mutation(() => Contact, {
    description:
      'Assign an officer to handle the contact at a stage it has reached (STAGE_1, or OMBUDSMAN for an Ombudsman complaint, then each stage it was escalated to), replacing any officer there; officerId null leaves the stage without one. The officer must be an active complaints officer, or a service manager of one of its areas. Each change is kept in its timeline.',
  })
  assignContact(
    @Arg('id', () => ID) id: string,
    @Arg('stage', () => Stage) stage: AssignmentStageCode,
    @Arg('officerId', () => ID, { nullable: true }) officerId: string | null | undefined,
    @Ctx() { dataSource, user }: GraphQLContext,
  ): Promise<Contact> {
    return assignContact(dataSource, user!, id, stage, officerId ?? null);
  }

  @Authorized(ACCESS.CASES_READ)
  @Query(() => [CaseOfficer], {
    description: "Active complaints officers and service managers, by name; with contactId, those who may handle that contact (managers of its areas).",
    complexity: unpagedListCost,
  })
  caseOfficers(@Arg('contactId', () => ID, { nullable: true }) contactId: string | null | undefined, @Ctx() { dataSource, user }: GraphQLContext): Promise<CaseOfficer[]> {
    return caseOfficers(dataSource, user!, contactId ?? null);
  }

  @FieldResolver(() => [StageAssignment], { description: 'The officer at each stage that has one, in the procedure’s order.' })
  async assignments(@Root() c: Contact, @Ctx() context: GraphQLContext): Promise<StageAssignment[]> {
    const loaders = caseLoaders(context);
    const [rows, escalations] = await Promise.all([loaders.assignmentsByContact.load(c.id), context.loaders.escalationsByContact.load(c.id)]);
    const order = assignableStages(c, escalations);
    const officers = await loaders.officer.loadMany(rows.map((r) => r.officerId));
    return rows
      .map((r, i) => ({ stage: r.stage, role: assignmentRole(r.stage, c.stage !== null), officer: officers[i] as CaseOfficer, assignedAt: r.assignedAt }))
      .sort((a, b) => order.indexOf(a.stage) - order.indexOf(b.stage));
  }

  @FieldResolver(() => CaseOfficer, { nullable: true, description: 'The officer handling the stage the contact is at now (its Stage 2 investigator once at Stage 2); null when no one is.' })
  async assignedOfficer(@Root() c: Contact, @Ctx() context: GraphQLContext): Promise<CaseOfficer | null> {
    const loaders = caseLoaders(context);
    const row = (await loaders.assignmentsByContact.load(c.id)).find((r) => r.stage === currentStage(c));
    return row ? loaders.officer.load(row.officerId) : null;
  }

  @FieldResolver(() => [Stage], { description: 'The stages an officer can be assigned to now (assignContact).' })
  async assignableStages(@Root() c: Contact, @Ctx() { loaders }: GraphQLContext): Promise<AssignmentStageCode[]> {
    return assignableStages(c, await loaders.escalationsByContact.load(c.id));
  }
}
