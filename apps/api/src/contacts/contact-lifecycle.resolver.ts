import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root, registerEnumType } from 'type-graphql';
import { ACCESS } from '../auth/role';
import type { GraphQLContext } from '../graphql/context';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { todayIso } from '../periods/today';
import type { RecordTypeCode } from '../reference/reference-data';
import { Outcome } from '../reference/reference.enums';
import { contactPermissions } from './contact-permissions';
import { ContactPermissions } from './contact-permissions.types';
import { ContactLifecycleService } from './contact-lifecycle.service';
import { caseLoaders } from './contact-loaders';
import { buildTimeline, TimelineEvent } from './contact-timeline';
import { Contact } from './contact.entity';
import type { EscalationStage as EscalationStageCode } from './escalation-lifecycle';

export const EscalationStage: { [K in EscalationStageCode]: K } = { STAGE_2: 'STAGE_2', STAGE_3: 'STAGE_3' };
registerEnumType(EscalationStage, { name: 'EscalationStage', description: 'The Children Act stages a statutory complaint can be escalated to.' });

/**
 * The contacts register: each step of a contact's life, recorded by complaints
 * officers. Every mutation returns the contact as it now stands (its
 * escalations and timeline included); a refused one changes nothing.
 */
@Resolver(() => Contact)
export class ContactLifecycleResolver {
  @Authorized(ACCESS.CASES_WRITE)
  @Mutation(() => Contact, { description: 'Record that the contact was acknowledged.' })
  acknowledgeContact(
    @Arg('id', () => ID) id: string,
    @Arg('sentDate', () => LocalDateScalar) sentDate: string,
    @Ctx() { dataSource }: GraphQLContext,
  ): Promise<Contact> {
    return new ContactLifecycleService(dataSource).acknowledge(id, sentDate);
  }

  @Authorized(ACCESS.CASES_WRITE)
  @Mutation(() => Contact, {
    description: "Record the first (Stage 1) response. Complaints need the outcome (UPHELD, PARTIALLY_UPHELD or NOT_UPHELD); other contacts have none.",
  })
  recordResponse(
    @Arg('id', () => ID) id: string,
    @Arg('sentDate', () => LocalDateScalar) sentDate: string,
    @Arg('outcome', () => Outcome, { nullable: true }) outcome: Outcome | null | undefined,
    @Ctx() { dataSource }: GraphQLContext,
  ): Promise<Contact> {
    return new ContactLifecycleService(dataSource).recordResponse(id, sentDate, outcome ?? null);
  }

  @Authorized(ACCESS.CASES_WRITE)
  @Mutation(() => Contact, {
    description: 'Extend the response timescale (e.g. 20 working days at Stage 1) where the rule allows it; only before the response is due.',
  })
  extendContact(@Arg('id', () => ID) id: string, @Ctx() { dataSource }: GraphQLContext): Promise<Contact> {
    return new ContactLifecycleService(dataSource).extend(id);
  }

  @Authorized(ACCESS.CASES_WRITE)
  @Mutation(() => Contact, {
    description: 'Escalate a statutory complaint: Stage 2 after the Stage 1 response, Stage 3 after the Stage 2 response. Deadlines come from the rule in force on the requested date.',
  })
  escalateContact(
    @Arg('id', () => ID) id: string,
    @Arg('stage', () => EscalationStage) stage: EscalationStageCode,
    @Arg('requestedDate', () => LocalDateScalar) requestedDate: string,
    @Arg('extended', () => Boolean, { nullable: true, defaultValue: false, description: 'Stage 2 only: 65 working days instead of 25.' })
    extended: boolean | null,
    @Ctx() { dataSource }: GraphQLContext,
  ): Promise<Contact> {
    return new ContactLifecycleService(dataSource).escalate(id, stage, requestedDate, extended ?? false);
  }

  @Authorized(ACCESS.CASES_WRITE)
  @Mutation(() => Contact, { description: 'Record that the Stage 3 review panel met.' })
  recordPanelHeld(
    @Arg('escalationId', () => ID) escalationId: string,
    @Arg('date', () => LocalDateScalar) date: string,
    @Ctx() { dataSource }: GraphQLContext,
  ): Promise<Contact> {
    return new ContactLifecycleService(dataSource).recordPanelHeld(escalationId, date);
  }

  @Authorized(ACCESS.CASES_WRITE)
  @Mutation(() => Contact, { description: "Record a Stage 2 or Stage 3 response (Stage 3: after the panel). Returns the escalation's contact." })
  recordEscalationResponse(
    @Arg('escalationId', () => ID) escalationId: string,
    @Arg('sentDate', () => LocalDateScalar) sentDate: string,
    @Arg('outcome', () => Outcome) outcome: Outcome,
    @Ctx() { dataSource }: GraphQLContext,
  ): Promise<Contact> {
    return new ContactLifecycleService(dataSource).recordEscalationResponse(escalationId, sentDate, outcome);
  }

  @Authorized(ACCESS.CASES_WRITE)
  @Mutation(() => Contact, {
    description: "The complainant withdrew the complaint. Before the Stage 1 response its outcome becomes WITHDRAWN; during Stage 2 or 3 the open escalation's does.",
  })
  withdrawContact(
    @Arg('id', () => ID) id: string,
    @Arg('date', () => LocalDateScalar) date: string,
    @Ctx() { dataSource }: GraphQLContext,
  ): Promise<Contact> {
    return new ContactLifecycleService(dataSource).withdraw(id, date);
  }

  @FieldResolver(() => ContactPermissions, { description: 'Which steps the signed-in person may record on this contact now.' })
  async viewerCan(@Root() c: Contact, @Ctx() { loaders, user }: GraphQLContext): Promise<ContactPermissions> {
    const [catalog, escalations] = await Promise.all([loaders.catalog(), loaders.escalationsByContact.load(c.id)]);
    const recordType = catalog.recordTypes.byId.get(c.recordTypeId)!;
    const state = { contact: c, escalations, recordType: { code: recordType.code as RecordTypeCode, name: recordType.name, group: recordType.group } };
    return contactPermissions(user?.role ?? null, state, todayIso());
  }

  @FieldResolver(() => [TimelineEvent], { description: 'What happened to the contact, oldest first, with each assignment of an officer.' })
  async timeline(@Root() c: Contact, @Ctx() context: GraphQLContext): Promise<TimelineEvent[]> {
    const cases = caseLoaders(context);
    const [escalations, events] = await Promise.all([context.loaders.escalationsByContact.load(c.id), cases.assignmentEventsByContact.load(c.id)]);
    const name = async (id: number | null) => (id === null ? null : ((await cases.officer.load(id))?.name ?? 'a former user'));
    const assignments = await Promise.all(
      events.map(async (e) => ({
        stage: e.stage,
        date: todayIso(e.assignedAt),
        officer: await name(e.officerId),
        previousOfficer: await name(e.previousOfficerId),
        by: (await name(e.assignedById))!,
      })),
    );
    return buildTimeline(c, escalations, assignments);
  }
}
