import { adjustmentReviewDue } from '@complaints/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { admitAggregate } from '../aggregates/aggregate-admission';
import { ACCESS } from '../auth/role';
import { caseScope } from '../contacts/contact-list';
import { Contact } from '../contacts/contact.entity';
import { Escalation } from '../contacts/escalation.entity';
import type { GraphQLContext } from '../graphql/context';
import { badUserInput, notFound } from '../graphql/errors';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { fixedCost } from '../graphql/query-limits';
import { todayIso } from '../periods/today';
import { Outcome } from '../reference/reference.enums';
import { ServiceArea } from '../reference/service-area.entity';
import { summariseComplaintCode } from './complaint-code-summary';
import { ComplaintCodeStage } from './complaint-code-stage.entity';
import { ComplaintRefusal } from './complaint-refusal.entity';
import { CodeStage, ComplaintRegime, ServiceRequestStatus, type CodeStageCode, type ComplaintRegimeCode, type ServiceRequestStatusCode } from './complaint-code.enums';
import {
  AddReasonableAdjustmentInput,
  AddRemedyInput,
  ConvertServiceRequestInput,
  ExtendCodeStageInput,
  RecordServiceRequestInput,
  RefuseComplaintInput,
  ResponsePointInput,
} from './complaint-code.inputs';
import { codeLoaders } from './complaint-code.loaders';
import { ComplaintCodeService } from './complaint-code.service';
import { ComplaintCodeSummary, ConvertedServiceRequest } from './complaint-code.types';
import { ReasonableAdjustment } from './reasonable-adjustment.entity';
import { Remedy } from './remedy.entity';
import { ResponsePoint } from './response-point.entity';
import { ServiceRequest } from './service-request.entity';

const service = (ctx: GraphQLContext) => new ComplaintCodeService(ctx.dataSource);
const LIST_LIMIT = 500;

/** The Code's case records on a contact: the contact query has already checked the reader's scope. */
@Resolver(() => Contact)
export class ContactComplaintCodeFieldsResolver {
  @Authorized(ACCESS.COMPLAINT_CODE_READ)
  @FieldResolver(() => [ComplaintCodeStage], { description: "The complaint's stages under the Complaint Handling Code (handler, clock, extension)." })
  codeStages(@Root() contact: Contact, @Ctx() ctx: GraphQLContext) {
    return codeLoaders.stages(ctx).load(contact.id);
  }

  @Authorized(ACCESS.COMPLAINT_CODE_READ)
  @FieldResolver(() => [ComplaintRefusal])
  refusals(@Root() contact: Contact, @Ctx() ctx: GraphQLContext) {
    return codeLoaders.refusals(ctx).load(contact.id);
  }

  @Authorized(ACCESS.COMPLAINT_CODE_READ)
  @FieldResolver(() => [ReasonableAdjustment])
  reasonableAdjustments(@Root() contact: Contact, @Ctx() ctx: GraphQLContext) {
    return codeLoaders.adjustments(ctx).load(contact.id);
  }

  @Authorized(ACCESS.COMPLAINT_CODE_READ)
  @FieldResolver(() => [Remedy])
  remedies(@Root() contact: Contact, @Ctx() ctx: GraphQLContext) {
    return codeLoaders.remedies(ctx).load(contact.id);
  }

  @Authorized(ACCESS.COMPLAINT_CODE_READ)
  @FieldResolver(() => [ResponsePoint], { description: 'The points raised and whether the response addressed each (the Code §6.7).' })
  responsePoints(@Root() contact: Contact, @Ctx() ctx: GraphQLContext) {
    return codeLoaders.points(ctx).load(contact.id);
  }

  @Authorized(ACCESS.COMPLAINT_CODE_READ)
  @FieldResolver(() => ServiceRequest, { nullable: true, description: 'The service request this complaint came from, with its history.' })
  async fromServiceRequest(@Root() contact: Contact, @Ctx() ctx: GraphQLContext) {
    return (await codeLoaders.serviceRequests(ctx).load(contact.id))[0] ?? null;
  }
}

@Resolver(() => ComplaintCodeStage)
export class ComplaintCodeStageResolver {
  @FieldResolver(() => String, { nullable: true, description: "The handler's name." })
  handlerName(@Root() stage: ComplaintCodeStage, @Ctx() ctx: GraphQLContext) {
    if (!stage.handlerUserId) return null;
    return codeLoaders.handlerName(ctx).load(stage.handlerUserId);
  }

  @FieldResolver(() => ID, { nullable: true, description: "The handler's user id." })
  handlerUserId(@Root() stage: ComplaintCodeStage) {
    return stage.handlerUserId;
  }
}

@Resolver(() => ServiceRequest)
export class ServiceRequestResolver {
  @FieldResolver(() => ServiceArea)
  serviceArea(@Root() request: ServiceRequest, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.catalog().then((c) => c.serviceAreas.byId.get(request.serviceAreaId));
  }

  @FieldResolver(() => String, { nullable: true, description: 'The reference of the Stage 1 complaint it became.' })
  async convertedContactReference(@Root() request: ServiceRequest, @Ctx() ctx: GraphQLContext) {
    if (!request.convertedContactId) return null;
    return (await ctx.dataSource.manager.findOne(Contact, { select: { id: true, reference: true }, where: { id: request.convertedContactId } }))?.reference ?? null;
  }

  @Authorized(ACCESS.COMPLAINT_CODE_READ)
  @Query(() => [ServiceRequest], { description: `Service requests, newest first (at most ${LIST_LIMIT}); service managers see their areas' only.` })
  async serviceRequests(
    @Ctx() { dataSource, user }: GraphQLContext,
    @Arg('status', () => ServiceRequestStatus, { nullable: true }) status?: ServiceRequestStatusCode | null,
    @Arg('financialYear', () => String, { nullable: true }) financialYear?: string | null,
  ): Promise<ServiceRequest[]> {
    const scope = caseScope(user!);
    if (scope !== null && !scope.length) return [];
    return dataSource.manager.find(ServiceRequest, {
      where: {
        ...(status ? { status } : {}),
        ...(financialYear ? { receivedFinancialYear: financialYear } : {}),
        ...(scope ? { serviceAreaId: In(scope) } : {}),
      },
      order: { receivedDate: 'DESC', id: 'DESC' },
      take: LIST_LIMIT,
    });
  }

  @Authorized(ACCESS.COMPLAINT_CODE_READ)
  @Query(() => ServiceRequest)
  async serviceRequest(@Arg('id', () => ID) id: string, @Ctx() { dataSource, user }: GraphQLContext): Promise<ServiceRequest> {
    const scope = caseScope(user!);
    const request = Number.isSafeInteger(Number(id)) ? await dataSource.manager.findOneBy(ServiceRequest, { id: Number(id) }) : null;
    if (!request || (scope !== null && !scope.includes(request.serviceAreaId))) throw notFound('service request', id);
    return request;
  }

  @Authorized(ACCESS.COMPLAINT_CODE_WRITE)
  @Mutation(() => ServiceRequest, { description: 'Record a service request (the Code §1.2): not a complaint.' })
  recordServiceRequest(@Arg('input', () => RecordServiceRequestInput) input: RecordServiceRequestInput, @Ctx() ctx: GraphQLContext) {
    return service(ctx).recordServiceRequest(input, ctx.user?.id ?? null);
  }

  @Authorized(ACCESS.COMPLAINT_CODE_WRITE)
  @Mutation(() => ServiceRequest, { description: 'Record a review of a service request (§1.8), resolving it if done.' })
  reviewServiceRequest(
    @Arg('id', () => ID) id: string,
    @Arg('reviewedDate', () => LocalDateScalar) reviewedDate: string,
    @Arg('note', () => String) note: string,
    @Arg('resolved', () => Boolean, { defaultValue: false }) resolved: boolean,
    @Ctx() ctx: GraphQLContext,
  ) {
    return service(ctx).reviewServiceRequest(id, reviewedDate, note, resolved);
  }

  @Authorized(ACCESS.COMPLAINT_CODE_WRITE)
  @Mutation(() => ConvertedServiceRequest, { description: 'Make a service request a Stage 1 complaint; the request and its history stay, linked to it.' })
  async convertServiceRequest(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ConvertServiceRequestInput) input: ConvertServiceRequestInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConvertedServiceRequest> {
    const { request, contact } = await service(ctx).convertServiceRequest(id, input);
    return { serviceRequest: request, contact };
  }
}

@Resolver()
export class ComplaintCodeResolver {
  @Authorized(ACCESS.COMPLAINT_CODE_WRITE)
  @Mutation(() => Contact, { description: 'Override the complaints procedure the rules chose for a contact, with the reason (kept beside the chosen one).' })
  overrideContactRegime(
    @Arg('contactId', () => ID) contactId: string,
    @Arg('regime', () => ComplaintRegime) regime: ComplaintRegimeCode,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return service(ctx).overrideRegime(contactId, regime, reason);
  }

  @Authorized(ACCESS.COMPLAINT_CODE_WRITE)
  @Mutation(() => ComplaintRefusal, { description: 'Refuse to accept a complaint or its escalation (the Code §2, §5.7), with the reason code, evidence and Ombudsman signposting date.' })
  refuseComplaint(@Arg('input', () => RefuseComplaintInput) input: RefuseComplaintInput, @Ctx() ctx: GraphQLContext) {
    return service(ctx).refuse(input, ctx.user?.id ?? null);
  }

  @Authorized(ACCESS.COMPLAINT_CODE_WRITE)
  @Mutation(() => ComplaintCodeStage, { description: "Set who handles a Code stage; Stage 2's handler must not be Stage 1's." })
  setCodeStageHandler(
    @Arg('contactId', () => ID) contactId: string,
    @Arg('stage', () => CodeStage) stage: CodeStageCode,
    @Arg('handlerUserId', () => ID) handlerUserId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return service(ctx).setStageHandler(contactId, stage, handlerUserId);
  }

  @Authorized(ACCESS.COMPLAINT_CODE_WRITE)
  @Mutation(() => ComplaintCodeStage, { description: 'Extend a Code stage by at most 10 working days, with the reason and the date the complainant was told.' })
  extendCodeStage(@Arg('input', () => ExtendCodeStageInput) input: ExtendCodeStageInput, @Ctx() ctx: GraphQLContext) {
    return service(ctx).extend(input);
  }

  @Authorized(ACCESS.COMPLAINT_CODE_WRITE)
  @Mutation(() => ComplaintCodeStage, { description: 'Escalate a Code complaint to Stage 2, handled by someone other than the Stage 1 handler.' })
  escalateCodeComplaint(
    @Arg('contactId', () => ID) contactId: string,
    @Arg('requestedDate', () => LocalDateScalar) requestedDate: string,
    @Arg('handlerUserId', () => ID) handlerUserId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return service(ctx).escalate(contactId, requestedDate, handlerUserId);
  }

  @Authorized(ACCESS.COMPLAINT_CODE_WRITE)
  @Mutation(() => ComplaintCodeStage)
  acknowledgeCodeStage2(@Arg('contactId', () => ID) contactId: string, @Arg('sentDate', () => LocalDateScalar) sentDate: string, @Ctx() ctx: GraphQLContext) {
    return service(ctx).acknowledgeStage2(contactId, sentDate);
  }

  @Authorized(ACCESS.COMPLAINT_CODE_WRITE)
  @Mutation(() => ComplaintCodeStage)
  respondCodeStage2(
    @Arg('contactId', () => ID) contactId: string,
    @Arg('sentDate', () => LocalDateScalar) sentDate: string,
    @Arg('outcome', () => Outcome) outcome: Outcome,
    @Ctx() ctx: GraphQLContext,
  ) {
    return service(ctx).respondStage2(contactId, sentDate, outcome);
  }

  @Authorized(ACCESS.COMPLAINT_CODE_WRITE)
  @Mutation(() => [ResponsePoint], { description: "Record the points raised at a stage and whether the response addressed each (§6.7); replaces the stage's list." })
  setResponsePoints(
    @Arg('contactId', () => ID) contactId: string,
    @Arg('stage', () => CodeStage) stage: CodeStageCode,
    @Arg('points', () => [ResponsePointInput]) points: ResponsePointInput[],
    @Ctx() ctx: GraphQLContext,
  ) {
    return service(ctx).setResponsePoints(contactId, stage, points);
  }

  @Authorized(ACCESS.COMPLAINT_CODE_WRITE)
  @Mutation(() => Remedy, { description: 'Record a remedy offered (§7.1), with its owner and due date; tracked after the response.' })
  addRemedy(@Arg('input', () => AddRemedyInput) input: AddRemedyInput, @Ctx() ctx: GraphQLContext) {
    return service(ctx).addRemedy(input);
  }

  @Authorized(ACCESS.COMPLAINT_CODE_WRITE)
  @Mutation(() => Remedy, { description: 'Record that a remedy was done, with the evidence (§7.3), or why it could not be (§7.4).' })
  completeRemedy(
    @Arg('id', () => ID) id: string,
    @Arg('completedDate', () => LocalDateScalar) completedDate: string,
    @Arg('evidence', () => String) evidence: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return service(ctx).completeRemedy(id, completedDate, evidence);
  }

  @Authorized(ACCESS.COMPLAINT_CODE_WRITE)
  @Mutation(() => ReasonableAdjustment, { description: 'Record a reasonable adjustment agreed (§5.6), with its review date.' })
  addReasonableAdjustment(@Arg('input', () => AddReasonableAdjustmentInput) input: AddReasonableAdjustmentInput, @Ctx() ctx: GraphQLContext) {
    return service(ctx).addAdjustment(input);
  }

  @Authorized(ACCESS.COMPLAINT_CODE_WRITE)
  @Mutation(() => ReasonableAdjustment, { description: 'Record a review of an adjustment: the next review date, or that it has ended.' })
  reviewReasonableAdjustment(
    @Arg('id', () => ID) id: string,
    @Arg('reviewedDate', () => LocalDateScalar) reviewedDate: string,
    @Arg('nextReviewDate', () => LocalDateScalar, { nullable: true }) nextReviewDate: string | null,
    @Arg('ended', () => Boolean, { defaultValue: false }) ended: boolean,
    @Ctx() ctx: GraphQLContext,
  ) {
    return service(ctx).reviewAdjustment(id, reviewedDate, nextReviewDate ?? null, ended);
  }

  @Authorized(ACCESS.COMPLAINT_CODE_WRITE)
  @Mutation(() => Escalation, { description: 'Children Act Stage 2: when the statement of complaint was agreed (the clock starts then when the council counts from it).' })
  recordAgreedStatement(
    @Arg('escalationId', () => ID) escalationId: string,
    @Arg('agreedDate', () => LocalDateScalar) agreedDate: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return service(ctx).recordAgreedStatement(escalationId, agreedDate);
  }

  @Authorized(ACCESS.COMPLAINT_CODE_READ)
  @Query(() => [ReasonableAdjustment], { description: "Reasonable adjustments whose review is due (the officer's reminders); service managers see their areas' only." })
  async adjustmentReviewsDue(@Ctx() { dataSource, user }: GraphQLContext): Promise<ReasonableAdjustment[]> {
    const today = todayIso();
    const scope = caseScope(user!);
    if (scope !== null && !scope.length) return [];
    const qb = dataSource.getRepository(ReasonableAdjustment).createQueryBuilder('a')
      .where('a.endedDate IS NULL').andWhere('a.reviewDate <= :today', { today })
      .orderBy('a.reviewDate', 'ASC').addOrderBy('a.id', 'ASC').take(LIST_LIMIT);
    if (scope) qb.andWhere('EXISTS (SELECT 1 FROM contact_service_area s WHERE s.contactId = a.contactId AND s.serviceAreaId IN (:...scope))', { scope });
    return (await qb.getMany()).filter((a) => adjustmentReviewDue(a.reviewDate, today));
  }

  @Authorized(ACCESS.COMPLAINT_CODE_COUNTS)
  @Query(() => ComplaintCodeSummary, { complexity: fixedCost(20), description: "Counts of both regimes and the Code's process in a financial year: no case details." })
  complaintCodeSummary(
    @Arg('financialYear', () => String) financialYear: string,
    @Ctx() { dataSource, user }: GraphQLContext,
  ): Promise<ComplaintCodeSummary> {
    if (!/^\d{4}\/\d{2}$/.test(financialYear)) throw badUserInput('financial year', [{ field: 'financialYear', message: "must look like '2026/27'" }]);
    return admitAggregate(dataSource, user, (run) => summariseComplaintCode(run, financialYear, todayIso()));
  }
}

@Resolver(() => ReasonableAdjustment)
export class ReasonableAdjustmentResolver {
  @FieldResolver(() => String, { description: 'The reference of the contact it belongs to.' })
  async contactReference(@Root() adjustment: ReasonableAdjustment, @Ctx() ctx: GraphQLContext) {
    return (await ctx.dataSource.manager.findOne(Contact, { select: { id: true, reference: true }, where: { id: adjustment.contactId } }))?.reference ?? '';
  }

  @FieldResolver(() => Boolean, { description: 'Its review date has come (a reminder shows in the queue).' })
  reviewDue(@Root() adjustment: ReasonableAdjustment) {
    return adjustmentReviewDue(adjustment.endedDate ? null : adjustment.reviewDate, todayIso());
  }
}

export const COMPLAINT_CODE_RESOLVERS = [
  ContactComplaintCodeFieldsResolver,
  ComplaintCodeStageResolver,
  ServiceRequestResolver,
  ComplaintCodeResolver,
  ReasonableAdjustmentResolver,
] as const;
